// License keys (DOMAIN.md §3): PREFIX-XXXX-XXXX-XXXX-XXXX from a CSPRNG, normalisation and lookup hash.
import { randomString, sha256Hex } from './crypto.ts';

/** No look-alikes: I, O, 0 and 1 are left out. 32 symbols, so 80 bits of entropy in 16 characters. */
export const LICENSE_KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateLicenseKey(prefix: string): string {
  const body = randomString(16, LICENSE_KEY_ALPHABET);
  return [prefix, body.slice(0, 4), body.slice(4, 8), body.slice(8, 12), body.slice(12, 16)].join('-');
}

/** Lookups ignore case and surrounding whitespace. */
export function normalizeLicenseKey(key: string): string {
  return key.trim().toUpperCase();
}

export function hashLicenseKey(key: string): string {
  return sha256Hex(normalizeLicenseKey(key));
}
