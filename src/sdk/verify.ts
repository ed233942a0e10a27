// Client-side verification of Licentric offline license files and signed API answers (DOMAIN.md §6).
/**
 * Self-contained: it imports nothing but `node:crypto`, so this file can be copied into a vendor's app as is.
 * Nothing here throws on bad input; every problem comes back as `{ ok: false, reason, message }`.
 *
 * Public keys are the items of `GET /api/v1/signing-keys` (extra fields are ignored); ship them with the app
 * so verification needs no network. Keep rotated-out keys in the list for as long as their files live.
 *
 * @example
 * ```ts
 * import { verifyLicenseFile, verifyResponse } from './sdk/index.ts';
 *
 * const keys = [{ kid: 'key_7f3k…', publicKey: 'q0Jc…=' }];
 *
 * // Offline: a license file from POST /licenses/{id}/checkout, stored on disk.
 * const file = verifyLicenseFile(fs.readFileSync('license.lic', 'utf8'), keys, {
 *   fingerprint: machineFingerprint,
 *   lastSeen: lastSuccessfulCheck, // persisted by the app; catches a clock turned back
 * });
 * if (!file.ok) throw new Error(`License rejected (${file.reason}): ${file.message}`);
 * console.log(file.payload.entitlements);
 *
 * // Online: a signed answer of POST /licenses/validate-key, with a fresh nonce against replays.
 * const nonce = crypto.randomInt(2 ** 31);
 * const res = await fetch(`${server}/api/v1/licenses/validate-key`, {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ key, fingerprint: machineFingerprint, nonce }),
 * });
 * const answer = verifyResponse(await res.text(), res.headers.get('licentric-signature'), keys, { nonce });
 * if (!answer.ok) throw new Error(`Untrusted answer (${answer.reason}): ${answer.message}`);
 * ```
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** One Ed25519 public key: an item of `GET /api/v1/signing-keys` (other fields are accepted and ignored). */
export type PublicKeyInput = { kid: string; publicKey: string };

/** The JSON inside an offline license file (dates are ISO 8601 strings). */
export type LicenseFilePayload = {
  licenseId: string;
  productId: string;
  policyId: string;
  environment: string;
  status: string;
  entitlements: string[];
  /** The machine the file is bound to, or null when it is valid on any machine. */
  fingerprint: string | null;
  issuedAt: string;
  /** When the file stops verifying. */
  expiresAt: string;
  /** The license's own expiry, for information: what it means depends on the policy's expiration strategy. */
  licenseExpiresAt: string | null;
  maxMachines: number | null;
  metadata: Record<string, unknown>;
};

export type VerifyFailure =
  | 'MALFORMED'
  | 'UNSUPPORTED_ALGORITHM'
  | 'UNKNOWN_KID'
  | 'BAD_SIGNATURE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'FINGERPRINT_MISMATCH'
  | 'NONCE_MISMATCH'
  | 'STALE'
  | 'TIMESTAMP_MISMATCH';

export type VerifyResult<T> =
  { ok: true; payload: T; kid: string } | { ok: false; reason: VerifyFailure; message: string };

export type VerifyLicenseFileOptions = {
  /** This machine's fingerprint; a file bound to another machine fails with FINGERPRINT_MISMATCH. */
  fingerprint?: string;
  /** The current time (default: the system clock). */
  now?: Date;
  /** The latest time the app saw (persisted); `now` earlier than this means the clock was turned back. */
  lastSeen?: Date;
  /** Tolerance for clock differences on `issuedAt` and `lastSeen` (default 300). Expiry gets none. */
  maxSkewSeconds?: number;
};

export type VerifyResponseOptions = {
  /** The nonce sent with the request; the answer must echo it as `data.nonce`. */
  nonce?: number;
  /**
   * How far the signature's timestamp, and the answer's own `data.ts` when it has one (validate-key), may be
   * from `now` (default 300).
   */
  maxSkewSeconds?: number;
  now?: Date;
};

export const SIGNATURE_HEADER = 'Licentric-Signature';
export const LICENSE_SIGNING_PREFIX = 'licentric-license/v1.';
const ALGORITHM = 'ed25519';
const BEGIN = '-----BEGIN LICENTRIC LICENSE-----';
const END = '-----END LICENTRIC LICENSE-----';
const DEFAULT_MAX_SKEW_SECONDS = 300;
/** How far apart the answer's `data.ts` and the signature's `ts` may be: the time the server took to answer. */
export const MAX_TIMESTAMP_GAP_SECONDS = 30;
const MAX_INPUT_LENGTH = 1024 * 1024;
const ED25519_SIGNATURE_LENGTH = 64;
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

type Failure = { ok: false; reason: VerifyFailure; message: string };
const fail = (reason: VerifyFailure, message: string): Failure => ({ ok: false, reason, message });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strict base64url (no padding): rejects stray characters and non-canonical trailing bits. */
function decodeBase64Url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/** Strict padded base64. */
function decodeBase64(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

const keyCache = new Map<string, KeyObject>();
const MAX_CACHED_KEYS = 64;

function importPublicKey(base64: string): KeyObject | null {
  const cached = keyCache.get(base64);
  if (cached) return cached;
  const raw = decodeBase64(base64);
  if (!raw || raw.length !== 32) return null;
  try {
    const key = createPublicKey({
      key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
      format: 'der',
      type: 'spki',
    });
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    keyCache.set(base64, key);
    return key;
  } catch {
    return null;
  }
}

/** Finds the key for `kid` in the list; a failure when the list is unusable or has no such kid. */
function findKey(publicKeys: unknown, kid: string): { key: KeyObject } | Failure {
  if (!Array.isArray(publicKeys))
    return fail('MALFORMED', 'publicKeys must be an array of { kid, publicKey }.');
  const entry: unknown = publicKeys.find((item: unknown) => isRecord(item) && item.kid === kid);
  if (!isRecord(entry)) return fail('UNKNOWN_KID', `No public key with kid "${kid}" is known.`);
  const key = typeof entry.publicKey === 'string' ? importPublicKey(entry.publicKey) : null;
  if (!key) {
    return fail(
      'MALFORMED',
      `The public key for kid "${kid}" is not the base64 of a raw 32-byte Ed25519 key.`,
    );
  }
  return { key };
}

function verifySignature(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  if (signature.length !== ED25519_SIGNATURE_LENGTH) return false;
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

function resolveNow(now: unknown): number | Failure {
  if (now === undefined) return Date.now();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    return fail('MALFORMED', 'options.now is not a valid Date.');
  return now.getTime();
}

function resolveSkew(value: unknown): number | Failure {
  if (value === undefined) return DEFAULT_MAX_SKEW_SECONDS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return fail('MALFORMED', 'options.maxSkewSeconds must be a non-negative number.');
  }
  return value;
}

const isFailure = (value: unknown): value is Failure => isRecord(value) && value.ok === false;

function parseTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function isLicenseFilePayload(value: unknown): value is LicenseFilePayload {
  if (!isRecord(value)) return false;
  const { licenseId, productId, policyId, environment, status, entitlements, fingerprint } = value;
  const { issuedAt, expiresAt, licenseExpiresAt, maxMachines, metadata } = value;
  return (
    [licenseId, productId, policyId, environment, status].every((field) => typeof field === 'string') &&
    Array.isArray(entitlements) &&
    entitlements.every((code) => typeof code === 'string') &&
    (fingerprint === null || typeof fingerprint === 'string') &&
    parseTime(issuedAt) !== null &&
    parseTime(expiresAt) !== null &&
    (licenseExpiresAt === null || parseTime(licenseExpiresAt) !== null) &&
    (maxMachines === null || (typeof maxMachines === 'number' && Number.isFinite(maxMachines))) &&
    isRecord(metadata)
  );
}

/** Removes the armour and returns the decoded envelope JSON text, or null when the file is not one. */
function unarmor(file: string): string | null {
  const lines = file
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 3 || lines[0] !== BEGIN || lines[lines.length - 1] !== END) return null;
  const bytes = decodeBase64(lines.slice(1, -1).join(''));
  return bytes ? bytes.toString('utf8') : null;
}

/**
 * Verifies an offline license file: armour, Ed25519 signature (over the payload exactly as it appears in the
 * file), then issue time, rollback (`lastSeen`), expiry and machine binding.
 */
export function verifyLicenseFile(
  file: string,
  publicKeys: PublicKeyInput[],
  options: VerifyLicenseFileOptions = {},
): VerifyResult<LicenseFilePayload> {
  try {
    return checkLicenseFile(file, publicKeys, isRecord(options) ? options : {});
  } catch (error) {
    return fail('MALFORMED', `Could not verify the license file: ${String(error)}`);
  }
}

function checkLicenseFile(
  file: unknown,
  publicKeys: unknown,
  options: VerifyLicenseFileOptions,
): VerifyResult<LicenseFilePayload> {
  if (typeof file !== 'string') return fail('MALFORMED', 'The license file must be a string.');
  if (file.length > MAX_INPUT_LENGTH) return fail('MALFORMED', 'The license file is too large.');
  const envelopeText = unarmor(file);
  if (envelopeText === null) {
    return fail('MALFORMED', `Not a license file: expected base64 between "${BEGIN}" and "${END}" lines.`);
  }
  const envelope = parseJson(envelopeText)?.value;
  if (
    !isRecord(envelope) ||
    typeof envelope.payload !== 'string' ||
    typeof envelope.sig !== 'string' ||
    typeof envelope.alg !== 'string' ||
    typeof envelope.kid !== 'string'
  ) {
    return fail('MALFORMED', 'The license file does not hold a { payload, sig, alg, kid } object.');
  }
  const { payload: encodedPayload, sig, alg, kid } = envelope;
  if (alg !== ALGORITHM) return fail('UNSUPPORTED_ALGORITHM', `Unsupported signature algorithm "${alg}".`);
  const found = findKey(publicKeys, kid);
  if (isFailure(found)) return found;
  const signature = decodeBase64Url(sig);
  if (!signature) return fail('MALFORMED', 'The license file signature is not base64url.');
  const signed = Buffer.from(LICENSE_SIGNING_PREFIX + encodedPayload, 'utf8');
  if (!verifySignature(found.key, signed, signature)) {
    return fail('BAD_SIGNATURE', `The license file signature does not match key "${kid}".`);
  }

  const payloadBytes = decodeBase64Url(encodedPayload);
  const payload = payloadBytes ? parseJson(payloadBytes.toString('utf8'))?.value : undefined;
  if (!isLicenseFilePayload(payload))
    return fail('MALFORMED', 'The signed license payload has an unknown shape.');

  const now = resolveNow(options.now);
  if (isFailure(now)) return now;
  const skew = resolveSkew(options.maxSkewSeconds);
  if (isFailure(skew)) return skew;
  const skewMs = skew * 1000;
  if (options.lastSeen !== undefined) {
    const lastSeen = resolveNow(options.lastSeen);
    if (isFailure(lastSeen)) return fail('MALFORMED', 'options.lastSeen is not a valid Date.');
    if (now < lastSeen - skewMs) {
      return fail(
        'NOT_YET_VALID',
        'The system clock is earlier than the last time seen: it was turned back.',
      );
    }
  }
  const issuedAt = Date.parse(payload.issuedAt);
  if (issuedAt > now + skewMs) {
    return fail('NOT_YET_VALID', `The license file is issued in the future (${payload.issuedAt}).`);
  }
  if (now >= Date.parse(payload.expiresAt)) {
    return fail('EXPIRED', `The license file expired at ${payload.expiresAt}.`);
  }
  if (
    options.fingerprint !== undefined &&
    payload.fingerprint !== null &&
    payload.fingerprint !== options.fingerprint
  ) {
    return fail('FINGERPRINT_MISMATCH', 'The license file is bound to another machine.');
  }
  return { ok: true, payload, kid };
}

/**
 * The body's own timestamp (`data.ts`, ISO 8601), when it has one: current, and close to the signature's. A
 * server signs every answer when it makes it, so an old answer under a fresh signature is caught here too.
 */
function checkAnswerTime(data: unknown, signedAtSeconds: number, now: number, skew: number): null | Failure {
  if (!isRecord(data) || !('ts' in data)) return null;
  const answeredAt = parseTime(data.ts);
  if (answeredAt === null) return fail('MALFORMED', "The answer's data.ts is not an ISO 8601 timestamp.");
  const age = Math.abs(now - answeredAt) / 1000;
  if (age > skew) {
    return fail('STALE', `The answer was made ${Math.round(age)} s away from now (allowed: ${skew} s).`);
  }
  const gap = Math.abs(answeredAt / 1000 - signedAtSeconds);
  if (gap > MAX_TIMESTAMP_GAP_SECONDS) {
    return fail(
      'TIMESTAMP_MISMATCH',
      `The answer's data.ts and its signature's ts are ${Math.round(gap)} s apart (allowed: ${MAX_TIMESTAMP_GAP_SECONDS} s).`,
    );
  }
  return null;
}

/** Parses `kid="…", alg="…", ts="…", sig="…"`; unknown parameters are ignored, duplicates are rejected. */
function parseSignatureHeader(header: string): Map<string, string> | null {
  const params = new Map<string, string>();
  const pattern = /\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*"([^"\\]*)"\s*(?:,|$)/y;
  let index = 0;
  while (index < header.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(header);
    if (!match || match[0] === '') return null;
    const [, name, value] = match;
    if (name === undefined || value === undefined) return null;
    const key = name.toLowerCase();
    if (params.has(key)) return null;
    params.set(key, value);
    index = pattern.lastIndex;
  }
  return params;
}

/**
 * Verifies a signed answer (`Licentric-Signature` header) over the exact body: pass `await res.text()`, or the
 * raw bytes, untouched. Then checks that the answer is current — the signature's `ts` and, when the body has one
 * (validate-key answers), its `data.ts`: both within `maxSkewSeconds` of now and within
 * MAX_TIMESTAMP_GAP_SECONDS of each other — and, when a nonce was sent, that it is echoed.
 * On success `payload` is the parsed JSON body.
 */
export function verifyResponse(
  body: string | Uint8Array,
  header: string | null,
  publicKeys: PublicKeyInput[],
  options: VerifyResponseOptions = {},
): VerifyResult<unknown> {
  try {
    return checkResponse(body, header, publicKeys, isRecord(options) ? options : {});
  } catch (error) {
    return fail('MALFORMED', `Could not verify the response: ${String(error)}`);
  }
}

function checkResponse(
  body: unknown,
  header: unknown,
  publicKeys: unknown,
  options: VerifyResponseOptions,
): VerifyResult<unknown> {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return fail('MALFORMED', 'The response body must be a string or bytes.');
  }
  if (body.length > MAX_INPUT_LENGTH) return fail('MALFORMED', 'The response body is too large.');
  if (typeof header !== 'string' || header.trim() === '') {
    return fail('MALFORMED', `The response has no ${SIGNATURE_HEADER} header.`);
  }
  const params = parseSignatureHeader(header);
  const kid = params?.get('kid');
  const alg = params?.get('alg');
  const ts = params?.get('ts');
  const sig = params?.get('sig');
  if (kid === undefined || alg === undefined || ts === undefined || sig === undefined) {
    return fail('MALFORMED', `The ${SIGNATURE_HEADER} header is not kid="…", alg="…", ts="…", sig="…".`);
  }
  if (alg !== ALGORITHM) return fail('UNSUPPORTED_ALGORITHM', `Unsupported signature algorithm "${alg}".`);
  if (!/^[0-9]{1,15}$/.test(ts)) return fail('MALFORMED', 'The signature timestamp is not Unix seconds.');
  const found = findKey(publicKeys, kid);
  if (isFailure(found)) return found;
  const signature = decodeBase64(sig);
  if (!signature) return fail('MALFORMED', 'The response signature is not base64.');
  const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const signed = Buffer.concat([Buffer.from(`${ts}.`, 'utf8'), bodyBytes]);
  if (!verifySignature(found.key, signed, signature)) {
    return fail('BAD_SIGNATURE', `The response signature does not match key "${kid}".`);
  }

  const now = resolveNow(options.now);
  if (isFailure(now)) return now;
  const skew = resolveSkew(options.maxSkewSeconds);
  if (isFailure(skew)) return skew;
  const age = Math.abs(now / 1000 - Number(ts));
  if (age > skew) {
    return fail('STALE', `The response was signed ${Math.round(age)} s away from now (allowed: ${skew} s).`);
  }

  const parsed = parseJson(bodyBytes.toString('utf8'));
  if (!parsed) return fail('MALFORMED', 'The signed response body is not JSON.');
  const data = isRecord(parsed.value) ? parsed.value.data : undefined;
  const untimely = checkAnswerTime(data, Number(ts), now, skew);
  if (untimely) return untimely;
  if (options.nonce !== undefined) {
    const echoed = isRecord(data) ? data.nonce : undefined;
    if (echoed === undefined) return fail('NONCE_MISMATCH', 'The response does not echo the request nonce.');
    if (echoed !== options.nonce)
      return fail('NONCE_MISMATCH', 'The response answers another request (nonce differs).');
  }
  return { ok: true, payload: parsed.value, kid };
}
