import { describe, expect, it } from 'vitest';
import {
  LICENSE_KEY_ALPHABET,
  generateLicenseKey,
  hashLicenseKey,
  normalizeLicenseKey,
} from './license-key.ts';

describe('license keys', () => {
  it('have the form PREFIX-XXXX-XXXX-XXXX-XXXX over the look-alike-free alphabet', () => {
    const key = generateLicenseKey('ACME');
    expect(key).toMatch(/^ACME-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('never use I, O, 0 or 1', () => {
    expect(LICENSE_KEY_ALPHABET).toHaveLength(32);
    expect(LICENSE_KEY_ALPHABET).not.toMatch(/[IO01]/);
    const bodies = Array.from({ length: 500 }, () => generateLicenseKey('K').slice(2)).join('');
    expect(bodies).not.toMatch(/[IO01]/);
  });

  it('are unique across 10,000 keys', () => {
    const keys = new Set(Array.from({ length: 10_000 }, () => generateLicenseKey('TEST')));
    expect(keys.size).toBe(10_000);
  });

  it('normalise to upper case without surrounding whitespace', () => {
    expect(normalizeLicenseKey('  acme-abcd-efgh-jkmn-pqrs\n')).toBe('ACME-ABCD-EFGH-JKMN-PQRS');
  });

  it('hash the same whatever the case and surrounding whitespace', () => {
    const key = generateLicenseKey('ACME');
    const hash = hashLicenseKey(key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLicenseKey(` ${key.toLowerCase()}\t`)).toBe(hash);
    expect(hashLicenseKey(generateLicenseKey('ACME'))).not.toBe(hash);
  });
});
