// Public entry of @licentric/sdk: the runtime client for shipped apps, the management client for vendor
// backends, machine fingerprints, and the dependency-free verifiers of license files and signed answers.
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
export { fingerprint, machineId, type FingerprintOptions, type MachineIdSource } from './fingerprint.ts';
export { LicentricError } from './http.ts';
export type { OfflineFailure } from './grace-cache.ts';
export {
  LicentricClient,
  type ActivateOptions,
  type CheckoutResult,
  type HeartbeatOptions,
  type Heartbeats,
  type LicentricClientOptions,
  type RuntimeLicense,
  type RuntimeMachine,
  type Validation,
  type ValidateOptions,
  type ValidationCode,
} from './runtime.ts';
export {
  Licentric,
  type Analytics,
  type CallOptions,
  type Entitlement,
  type License,
  type LicentricOptions,
  type ListItem,
  type Machine,
  type Page,
  type Policy,
  type Product,
  type QueryParams,
  type RequestBody,
  type ResponseData,
  type SigningKey,
  type ValidationResult,
  type WebhookDelivery,
  type WebhookEndpoint,
} from './management.ts';
export type { components, operations, paths } from './openapi-types.ts';
