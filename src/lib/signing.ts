// Issuer-side Ed25519 signing (DOMAIN.md §6): key pairs, offline license files and Licentric-Signature headers.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { LicenseFilePayload } from '@/sdk/verify.ts';
import { randomString } from './crypto.ts';

/**
 * The JSON inside an offline license file is the SDK's own type (`src/sdk/verify.ts`): what the server signs and
 * what the SDK verifies cannot drift apart.
 */
export type { LicenseFilePayload };

export type SigningKey = { kid: string; privateKeyPkcs8: Buffer };

type GeneratedSigningKeyPair = {
  kid: string;
  /** Base64 of the raw 32-byte Ed25519 public key, as listed by `GET /api/v1/signing-keys`. */
  publicKey: string;
  /** PKCS#8 DER; store it encrypted. */
  privateKeyPkcs8: Buffer;
};

export const SIGNATURE_HEADER = 'Licentric-Signature';
export const SIGNATURE_ALGORITHM = 'ed25519';
const LICENSE_SIGNING_PREFIX = 'licentric-license/v1.';
const LICENSE_FILE_BEGIN = '-----BEGIN LICENTRIC LICENSE-----';
const LICENSE_FILE_END = '-----END LICENTRIC LICENSE-----';

const KID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ARMOR_LINE_WIDTH = 64;

/** A fresh Ed25519 key pair with a random `kid` (`key_` + 16 base32 characters, 80 bits). */
export function generateSigningKeyPair(): GeneratedSigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  const prefix = publicKey.subarray(0, ED25519_SPKI_PREFIX.length);
  if (publicKey.length !== ED25519_SPKI_PREFIX.length + 32 || !prefix.equals(ED25519_SPKI_PREFIX)) {
    throw new Error('Unexpected Ed25519 public key encoding');
  }
  return {
    kid: `key_${randomString(16, KID_ALPHABET)}`,
    publicKey: publicKey.subarray(ED25519_SPKI_PREFIX.length).toString('base64'),
    privateKeyPkcs8: privateKey,
  };
}

// Parsed private keys by kid, so hot paths (every signed answer) skip the DER parse. The DER is kept next to
// the KeyObject and compared on each hit, so a different key presented under a known kid is never confused.
const MAX_CACHED_KEYS = 256;
const keyCache = new Map<string, { der: Buffer; key: KeyObject }>();

function privateKeyFor({ kid, privateKeyPkcs8 }: SigningKey): KeyObject {
  const cached = keyCache.get(kid);
  if (cached && cached.der.equals(privateKeyPkcs8)) return cached.key;
  const key = createPrivateKey({ key: privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Signing key ${kid} is not an Ed25519 key`);
  keyCache.delete(kid);
  if (keyCache.size >= MAX_CACHED_KEYS) {
    const oldest = keyCache.keys().next();
    if (!oldest.done) keyCache.delete(oldest.value);
  }
  keyCache.set(kid, { der: Buffer.from(privateKeyPkcs8), key });
  return key;
}

function assertKid(kid: string): void {
  // The kid travels inside a quoted header parameter: keep it to a safe character set.
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(kid)) throw new Error(`Invalid signing key id: ${JSON.stringify(kid)}`);
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join('\n');
}

/** The offline license file of DOMAIN.md §6, armoured, base64 wrapped at 64 characters, ending in a newline. */
export function signLicenseFile(payload: LicenseFilePayload, key: SigningKey): string {
  assertKid(key.kid);
  const encodedPayload = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  const signature = sign(
    null,
    Buffer.from(LICENSE_SIGNING_PREFIX + encodedPayload, 'utf8'),
    privateKeyFor(key),
  );
  const envelope = JSON.stringify({
    payload: encodedPayload,
    sig: signature.toString('base64url'),
    alg: SIGNATURE_ALGORITHM,
    kid: key.kid,
  });
  const body = wrap(Buffer.from(envelope, 'utf8').toString('base64'), ARMOR_LINE_WIDTH);
  return `${LICENSE_FILE_BEGIN}\n${body}\n${LICENSE_FILE_END}\n`;
}

/**
 * The `Licentric-Signature` header value for a response body: Ed25519 over `<ts>.` followed by the exact body
 * bytes. Sign the very string or bytes that are sent, after serialisation.
 */
export function signResponse(
  rawBody: string | Uint8Array,
  key: SigningKey,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): string {
  assertKid(key.kid);
  if (!Number.isSafeInteger(nowSeconds) || nowSeconds < 0) {
    throw new Error(`Invalid signature timestamp: ${nowSeconds}`);
  }
  const ts = String(nowSeconds);
  const bodyBytes = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  const signature = sign(null, Buffer.concat([Buffer.from(`${ts}.`, 'utf8'), bodyBytes]), privateKeyFor(key));
  return `kid="${key.kid}", alg="${SIGNATURE_ALGORITHM}", ts="${ts}", sig="${signature.toString('base64')}"`;
}
