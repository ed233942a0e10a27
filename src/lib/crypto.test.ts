import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BASE62, decrypt, encrypt, randomString, randomToken, safeEqual, sha256Hex } from './crypto.ts';

const key = randomBytes(32);

describe('AES-256-GCM envelopes', () => {
  it('round-trip text and bytes', () => {
    const envelope = encrypt('signing key material', key, 'signing-key:1');
    expect(envelope).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decrypt(envelope, key, 'signing-key:1').toString()).toBe('signing key material');
    const bytes = randomBytes(64);
    expect(decrypt(encrypt(bytes, key), key).equals(bytes)).toBe(true);
  });

  it('use a fresh IV each time', () => {
    expect(encrypt('same', key)).not.toBe(encrypt('same', key));
  });

  it('reject a tampered ciphertext or tag', () => {
    const [version, iv, tag, body] = encrypt('secret', key).split('.') as [string, string, string, string];
    const flip = (s: string) => {
      const b = Buffer.from(s, 'base64url');
      b[0]! ^= 1;
      return b.toString('base64url');
    };
    expect(() => decrypt([version, iv, tag, flip(body)].join('.'), key)).toThrow();
    expect(() => decrypt([version, iv, flip(tag), body].join('.'), key)).toThrow();
    expect(() => decrypt('v1.garbage', key)).toThrow('Malformed');
  });

  it('reject the wrong associated data or key', () => {
    const envelope = encrypt('secret', key, 'license:a');
    expect(() => decrypt(envelope, key, 'license:b')).toThrow();
    expect(() => decrypt(envelope, randomBytes(32), 'license:a')).toThrow();
  });
});

describe('random values', () => {
  it('randomString has the requested length and only alphabet characters', () => {
    for (const length of [1, 16, 100]) {
      const value = randomString(length, 'abc');
      expect(value).toHaveLength(length);
      expect(value).toMatch(/^[abc]+$/);
    }
    const long = randomString(5_000, BASE62);
    expect(long).toMatch(/^[0-9A-Za-z]+$/);
    expect(new Set(long).size).toBe(62);
  });

  it('randomToken is base64url of the requested byte count', () => {
    expect(randomToken()).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(randomToken(16), 'base64url')).toHaveLength(16);
  });
});

describe('hashing and comparison', () => {
  it('sha256Hex matches a known vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('safeEqual compares content, including different lengths', () => {
    expect(safeEqual('token', 'token')).toBe(true);
    expect(safeEqual('token', 'tokem')).toBe(false);
    expect(safeEqual('token', 'token2')).toBe(false);
  });
});
