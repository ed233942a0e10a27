// Public entry of the Licentric verification SDK: re-exports the dependency-free verifiers of src/sdk/verify.ts.
export {
  verifyLicenseFile,
  verifyResponse,
  SIGNATURE_HEADER,
  LICENSE_SIGNING_PREFIX,
  MAX_TIMESTAMP_GAP_SECONDS,
  type LicenseFilePayload,
  type PublicKeyInput,
  type VerifyFailure,
  type VerifyResult,
  type VerifyLicenseFileOptions,
  type VerifyResponseOptions,
} from './verify.ts';
