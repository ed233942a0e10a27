// Round trips and every failure reason of the SDK verifiers, against the issuer in src/lib/signing.ts.
import { createPrivateKey } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import {
  generateSigningKeyPair,
  signLicenseFile,
  signResponse,
  type LicenseFilePayload as IssuedPayload,
} from '../lib/signing.ts';
import {
  verifyLicenseFile,
  verifyResponse,
  type LicenseFilePayload,
  type PublicKeyInput,
  type VerifyResult,
} from './index.ts';

// The SDK mirrors the issuer's payload type without importing it; both directions must stay assignable.
const issuedToSdk = (p: IssuedPayload): LicenseFilePayload => p;
const sdkToIssued = (p: LicenseFilePayload): IssuedPayload => p;
void issuedToSdk;
void sdkToIssued;

const current = generateSigningKeyPair();
const other = generateSigningKeyPair();
const keys: PublicKeyInput[] = [current, other].map(({ kid, publicKey }) => ({ kid, publicKey }));

const NOW = new Date('2026-03-01T12:00:00.000Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);
const HOUR = 3600 * 1000;

function payload(overrides: Partial<IssuedPayload> = {}): IssuedPayload {
  return {
    licenseId: '4b1f7c0e-9a53-4d0e-8f2a-0c7d3e1b2a90',
    productId: '0b6a9a3c-5f0d-4a8e-9e61-2f5c8d7b1e44',
    policyId: '7d2e4f18-3c6b-4b9a-a1d0-5e8f9c2b3a71',
    environment: 'live',
    status: 'active',
    entitlements: ['export', 'sso'],
    fingerprint: 'machine-aaaa-1111',
    issuedAt: new Date(NOW.getTime() - HOUR).toISOString(),
    expiresAt: new Date(NOW.getTime() + 14 * 24 * HOUR).toISOString(),
    licenseExpiresAt: '2027-01-01T00:00:00.000Z',
    maxMachines: 3,
    metadata: { seats: 5, customer: 'Ünïcode GmbH ✓' },
    ...overrides,
  };
}

type Envelope = { payload: string; sig: string; alg: string; kid: string };

function openFile(file: string): Envelope {
  const body = file.split('\n').slice(1, -2).join('');
  return JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as Envelope;
}

function armor(envelope: unknown): string {
  const body = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64');
  return `-----BEGIN LICENTRIC LICENSE-----\n${body.match(/.{1,64}/g)?.join('\n')}\n-----END LICENTRIC LICENSE-----\n`;
}

function flipByte(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

function expectFailure<T>(result: VerifyResult<T>, reason: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.reason).toBe(reason);
    expect(result.message.length).toBeGreaterThan(0);
  }
}

describe('generateSigningKeyPair', () => {
  it('returns a kid, a raw 32-byte public key in base64 and a PKCS#8 Ed25519 private key', () => {
    const pair = generateSigningKeyPair();
    expect(pair.kid).toMatch(/^key_[a-z2-7]{16}$/);
    expect(Buffer.from(pair.publicKey, 'base64')).toHaveLength(32);
    const key = createPrivateKey({ key: pair.privateKeyPkcs8, format: 'der', type: 'pkcs8' });
    expect(key.asymmetricKeyType).toBe('ed25519');
    expect(generateSigningKeyPair().kid).not.toBe(pair.kid);
  });
});

describe('verifyLicenseFile', () => {
  it('round-trips a signed file', () => {
    const issued = payload();
    const result = verifyLicenseFile(signLicenseFile(issued, current), keys, { now: NOW });
    expect(result).toEqual({ ok: true, payload: issued, kid: current.kid });
  });

  it('produces the armoured format of DOMAIN.md §6', () => {
    const file = signLicenseFile(payload(), current);
    const lines = file.split('\n');
    expect(lines[0]).toBe('-----BEGIN LICENTRIC LICENSE-----');
    expect(lines.at(-2)).toBe('-----END LICENTRIC LICENSE-----');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(1, -2)) expect(line.length).toBeLessThanOrEqual(64);
    expect(lines.slice(1, -3).every((line) => line.length === 64)).toBe(true);
    const envelope = openFile(file);
    expect(Object.keys(envelope)).toEqual(['payload', 'sig', 'alg', 'kid']);
    expect(envelope).toMatchObject({ alg: 'ed25519', kid: current.kid });
    expect(envelope.payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(envelope.sig, 'base64url')).toHaveLength(64);
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64url').toString('utf8'))).toEqual(payload());
  });

  it('accepts the items of GET /signing-keys as they come, extra fields included', () => {
    const listed = [
      {
        kid: other.kid,
        algorithm: 'ed25519',
        publicKey: other.publicKey,
        createdAt: '2026-01-01',
        active: true,
      },
      {
        kid: current.kid,
        algorithm: 'ed25519',
        publicKey: current.publicKey,
        createdAt: '2025-01-01',
        active: false,
      },
    ];
    expect(verifyLicenseFile(signLicenseFile(payload(), current), listed, { now: NOW }).ok).toBe(true);
  });

  it('tolerates CRLF line endings and surrounding whitespace', () => {
    const file = `\n  ${signLicenseFile(payload(), current).replace(/\n/g, '\r\n')}  \n`;
    expect(verifyLicenseFile(file, keys, { now: NOW }).ok).toBe(true);
  });

  it('fails with BAD_SIGNATURE when one byte of the payload changes', () => {
    const envelope = openFile(signLicenseFile(payload(), current));
    const bytes = Buffer.from(envelope.payload, 'base64url');
    const index = bytes.indexOf('sso');
    const tampered = { ...envelope, payload: flipByte(bytes, index).toString('base64url') };
    expect(Buffer.from(tampered.payload, 'base64url').toString()).toContain('"rso"');
    expectFailure(verifyLicenseFile(armor(tampered), keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with BAD_SIGNATURE when one byte of the signature changes', () => {
    const envelope = openFile(signLicenseFile(payload(), current));
    for (const index of [0, 31, 63]) {
      const sig = flipByte(Buffer.from(envelope.sig, 'base64url'), index).toString('base64url');
      expectFailure(verifyLicenseFile(armor({ ...envelope, sig }), keys, { now: NOW }), 'BAD_SIGNATURE');
    }
  });

  it('fails with BAD_SIGNATURE when the kid names another known key', () => {
    const envelope = openFile(signLicenseFile(payload(), current));
    expectFailure(
      verifyLicenseFile(armor({ ...envelope, kid: other.kid }), keys, { now: NOW }),
      'BAD_SIGNATURE',
    );
  });

  it('fails with BAD_SIGNATURE when the signature has the wrong length', () => {
    const envelope = openFile(signLicenseFile(payload(), current));
    const sig = Buffer.from(envelope.sig, 'base64url').subarray(0, 63).toString('base64url');
    expectFailure(verifyLicenseFile(armor({ ...envelope, sig }), keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with UNKNOWN_KID when no listed key has the kid', () => {
    const stranger = generateSigningKeyPair();
    expectFailure(verifyLicenseFile(signLicenseFile(payload(), stranger), keys, { now: NOW }), 'UNKNOWN_KID');
    expectFailure(verifyLicenseFile(signLicenseFile(payload(), current), [], { now: NOW }), 'UNKNOWN_KID');
  });

  it('fails with EXPIRED from the file expiry on', () => {
    const issued = payload();
    const file = signLicenseFile(issued, current);
    const expiry = new Date(issued.expiresAt);
    expect(verifyLicenseFile(file, keys, { now: new Date(expiry.getTime() - 1) }).ok).toBe(true);
    expectFailure(verifyLicenseFile(file, keys, { now: expiry }), 'EXPIRED');
    expectFailure(verifyLicenseFile(file, keys, { now: new Date(expiry.getTime() + HOUR) }), 'EXPIRED');
  });

  it('uses the system clock when no time is given', () => {
    const past = payload({
      issuedAt: '2020-01-01T00:00:00.000Z',
      expiresAt: '2020-01-15T00:00:00.000Z',
    });
    expectFailure(verifyLicenseFile(signLicenseFile(past, current), keys), 'EXPIRED');
  });

  it('ignores the license expiry, which the policy strategy interprets', () => {
    const file = signLicenseFile(payload({ licenseExpiresAt: '2026-01-01T00:00:00.000Z' }), current);
    expect(verifyLicenseFile(file, keys, { now: NOW }).ok).toBe(true);
  });

  it('fails with NOT_YET_VALID when issued in the future beyond the allowed skew', () => {
    const inOneHour = signLicenseFile(
      payload({ issuedAt: new Date(NOW.getTime() + HOUR).toISOString() }),
      current,
    );
    expectFailure(verifyLicenseFile(inOneHour, keys, { now: NOW }), 'NOT_YET_VALID');
    const inOneMinute = signLicenseFile(
      payload({ issuedAt: new Date(NOW.getTime() + 60_000).toISOString() }),
      current,
    );
    expect(verifyLicenseFile(inOneMinute, keys, { now: NOW }).ok).toBe(true);
    expectFailure(verifyLicenseFile(inOneMinute, keys, { now: NOW, maxSkewSeconds: 30 }), 'NOT_YET_VALID');
  });

  it('fails with NOT_YET_VALID when the clock was rolled back behind lastSeen', () => {
    const file = signLicenseFile(payload(), current);
    const lastSeen = new Date(NOW.getTime() + 2 * 24 * HOUR);
    expectFailure(verifyLicenseFile(file, keys, { now: NOW, lastSeen }), 'NOT_YET_VALID');
    expect(verifyLicenseFile(file, keys, { now: NOW, lastSeen: new Date(NOW.getTime() - HOUR) }).ok).toBe(
      true,
    );
  });

  it('catches a rollback that would otherwise revive an expired file', () => {
    const issued = payload();
    const file = signLicenseFile(issued, current);
    const afterExpiry = new Date(new Date(issued.expiresAt).getTime() + HOUR);
    expectFailure(verifyLicenseFile(file, keys, { now: NOW, lastSeen: afterExpiry }), 'NOT_YET_VALID');
  });

  it('checks the machine binding', () => {
    const file = signLicenseFile(payload(), current);
    expect(verifyLicenseFile(file, keys, { now: NOW, fingerprint: 'machine-aaaa-1111' }).ok).toBe(true);
    expectFailure(
      verifyLicenseFile(file, keys, { now: NOW, fingerprint: 'machine-bbbb-2222' }),
      'FINGERPRINT_MISMATCH',
    );
    const unbound = signLicenseFile(payload({ fingerprint: null }), current);
    expect(verifyLicenseFile(unbound, keys, { now: NOW, fingerprint: 'machine-bbbb-2222' }).ok).toBe(true);
  });

  it('fails with UNSUPPORTED_ALGORITHM for any alg but ed25519', () => {
    const envelope = openFile(signLicenseFile(payload(), current));
    for (const alg of ['rs256', 'ED25519', 'none', '']) {
      expectFailure(
        verifyLicenseFile(armor({ ...envelope, alg }), keys, { now: NOW }),
        'UNSUPPORTED_ALGORITHM',
      );
    }
  });

  it('fails with MALFORMED on garbage and broken armour, never throwing', () => {
    const file = signLicenseFile(payload(), current);
    const lines = file.split('\n');
    const cases: unknown[] = [
      '',
      'not a license',
      '\u0000\uffff garbage',
      lines.slice(0, -2).join('\n'), // END line missing
      lines.slice(1).join('\n'), // BEGIN line missing
      [lines[0], lines[1], lines.at(-2)].join('\n'), // body cut short
      file.replace('BEGIN LICENTRIC LICENSE', 'BEGIN PGP MESSAGE'),
      file.replace(/^(.{70})./s, '$1*'),
      armor('just a string'),
      armor([1, 2, 3]),
      `-----BEGIN LICENTRIC LICENSE-----\n${Buffer.from('{not json').toString('base64')}\n-----END LICENTRIC LICENSE-----`,
      armor({ ...openFile(file), sig: undefined }),
      armor({ ...openFile(file), payload: 42 }),
      armor({ ...openFile(file), sig: 'not base64url!' }),
      'x'.repeat(2 * 1024 * 1024),
      undefined,
      null,
      42,
      { file },
    ];
    for (const input of cases) {
      expectFailure(verifyLicenseFile(input as string, keys, { now: NOW }), 'MALFORMED');
    }
  });

  it('fails with MALFORMED when a validly signed payload has the wrong shape', () => {
    const broken = { ...payload(), entitlements: 'export' } as unknown as IssuedPayload;
    expectFailure(verifyLicenseFile(signLicenseFile(broken, current), keys, { now: NOW }), 'MALFORMED');
    const noExpiry = { ...payload(), expiresAt: 'soon' };
    expectFailure(verifyLicenseFile(signLicenseFile(noExpiry, current), keys, { now: NOW }), 'MALFORMED');
  });

  it('fails with MALFORMED on unusable keys or options, never throwing', () => {
    const file = signLicenseFile(payload(), current);
    const short = [{ kid: current.kid, publicKey: Buffer.alloc(16).toString('base64') }];
    expectFailure(verifyLicenseFile(file, short, { now: NOW }), 'MALFORMED');
    expectFailure(verifyLicenseFile(file, 'keys' as unknown as PublicKeyInput[], { now: NOW }), 'MALFORMED');
    expectFailure(verifyLicenseFile(file, keys, { now: new Date('nope') }), 'MALFORMED');
    expectFailure(verifyLicenseFile(file, keys, { now: NOW, maxSkewSeconds: -1 }), 'MALFORMED');
    // Entries that are not objects are skipped rather than fatal.
    const messy = [
      null,
      'x',
      { kid: current.kid, publicKey: current.publicKey },
    ] as unknown as PublicKeyInput[];
    expect(verifyLicenseFile(file, messy, { now: NOW }).ok).toBe(true);
  });

  describe('key rotation', () => {
    const oldKey = generateSigningKeyPair();
    const newKey = generateSigningKeyPair();
    const file = signLicenseFile(payload(), oldKey);

    it('verifies a file signed with the old key while the old key is still listed', () => {
      const listed = [newKey, oldKey].map(({ kid, publicKey }) => ({ kid, publicKey }));
      const result = verifyLicenseFile(file, listed, { now: NOW });
      expect(result.ok && result.kid).toBe(oldKey.kid);
      expect(verifyLicenseFile(signLicenseFile(payload(), newKey), listed, { now: NOW }).ok).toBe(true);
    });

    it('fails with UNKNOWN_KID once the old key is gone', () => {
      const listed = [{ kid: newKey.kid, publicKey: newKey.publicKey }];
      expectFailure(verifyLicenseFile(file, listed, { now: NOW }), 'UNKNOWN_KID');
    });
  });
});

describe('verifyResponse', () => {
  const body = JSON.stringify({
    data: { valid: true, code: 'VALID', detail: 'Ünïcode ✓', nonce: 42, ts: NOW.toISOString() },
  });
  const header = signResponse(body, current, NOW_S);

  it('round-trips a signed answer and returns the parsed body', () => {
    expect(header).toMatch(/^kid="key_[a-z2-7]{16}", alg="ed25519", ts="\d+", sig="[A-Za-z0-9+/]+={0,2}"$/);
    expect(header).toContain(`ts="${NOW_S}"`);
    const result = verifyResponse(body, header, keys, { now: NOW, nonce: 42 });
    expect(result).toEqual({ ok: true, payload: JSON.parse(body) as unknown, kid: current.kid });
  });

  it('signs and verifies raw bytes the same as the string', () => {
    const bytes = new TextEncoder().encode(body);
    expect(signResponse(bytes, current, NOW_S)).toBe(header);
    expect(verifyResponse(bytes, header, keys, { now: NOW }).ok).toBe(true);
  });

  it('keeps signing correctly when a kid is reused with new key material', () => {
    const replacement = { ...generateSigningKeyPair(), kid: current.kid };
    const signed = signResponse(body, replacement, NOW_S);
    const listed = [{ kid: current.kid, publicKey: replacement.publicKey }];
    expect(verifyResponse(body, signed, listed, { now: NOW }).ok).toBe(true);
    expect(verifyResponse(body, signResponse(body, current, NOW_S), keys, { now: NOW }).ok).toBe(true);
  });

  it('accepts parameters in any order, with loose spacing and unknown extras', () => {
    const params = new Map([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const [sig, ts, kid] = ['sig', 'ts', 'kid'].map((name) => params.get(name) ?? '');
    const reordered = `sig="${sig}",ts="${ts}" ,  alg="ed25519",kid="${kid}", v="2"`;
    expect(verifyResponse(body, reordered, keys, { now: NOW }).ok).toBe(true);
  });

  it('fails with BAD_SIGNATURE when one byte of the body changes', () => {
    const tampered = flipByte(Buffer.from(body, 'utf8'), body.indexOf('true')).toString('utf8');
    expect(tampered).toContain('"valid":urue');
    expectFailure(verifyResponse(tampered, header, keys, { now: NOW }), 'BAD_SIGNATURE');
    const forged = body.replace('"valid":true', '"valid":false');
    expectFailure(verifyResponse(forged, header, keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('verifies the exact bytes: re-serialised JSON with the same meaning fails', () => {
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    expectFailure(verifyResponse(pretty, header, keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with BAD_SIGNATURE when one byte of the header signature changes', () => {
    const sig = /sig="([^"]+)"/.exec(header)?.[1] ?? '';
    const flipped = flipByte(Buffer.from(sig, 'base64'), 10).toString('base64');
    expectFailure(verifyResponse(body, header.replace(sig, flipped), keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with BAD_SIGNATURE when the timestamp is changed (it is signed)', () => {
    const moved = header.replace(`ts="${NOW_S}"`, `ts="${NOW_S + 1}"`);
    expectFailure(verifyResponse(body, moved, keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with BAD_SIGNATURE when the kid names another known key', () => {
    const swapped = header.replace(current.kid, other.kid);
    expectFailure(verifyResponse(body, swapped, keys, { now: NOW }), 'BAD_SIGNATURE');
  });

  it('fails with UNKNOWN_KID for a key that is not listed', () => {
    const stranger = generateSigningKeyPair();
    expectFailure(
      verifyResponse(body, signResponse(body, stranger, NOW_S), keys, { now: NOW }),
      'UNKNOWN_KID',
    );
  });

  it('fails with STALE when the signature timestamp is outside the allowed skew', () => {
    // an answer without data.ts (activation, heartbeat): the signature's timestamp alone decides
    const untimed = JSON.stringify({ data: { id: 'machine', nonce: 42 } });
    const old = signResponse(untimed, current, NOW_S - 301);
    expectFailure(verifyResponse(untimed, old, keys, { now: NOW }), 'STALE');
    const future = signResponse(untimed, current, NOW_S + 301);
    expectFailure(verifyResponse(untimed, future, keys, { now: NOW }), 'STALE');
    const recent = signResponse(untimed, current, NOW_S - 299);
    expect(verifyResponse(untimed, recent, keys, { now: NOW }).ok).toBe(true);
    expectFailure(verifyResponse(untimed, recent, keys, { now: NOW, maxSkewSeconds: 60 }), 'STALE');
    expect(verifyResponse(untimed, old, keys, { now: NOW, maxSkewSeconds: 600 }).ok).toBe(true);
    expectFailure(
      verifyResponse(body, signResponse(body, current, NOW_S - 301), keys, { now: NOW }),
      'STALE',
    );
  });

  it('uses the system clock when no time is given', () => {
    const fresh = JSON.stringify({ data: { valid: true, ts: new Date().toISOString() } });
    expect(verifyResponse(fresh, signResponse(fresh, current), keys).ok).toBe(true);
    expectFailure(verifyResponse(body, header, keys), 'STALE');
  });

  describe("the answer's own timestamp (data.ts)", () => {
    const answer = (ts: unknown) => JSON.stringify({ data: { valid: true, code: 'VALID', nonce: 42, ts } });
    const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();

    it('passes when it is current and close to the signature timestamp', () => {
      for (const offset of [0, -29_000, 999, -5_500]) {
        const text = answer(at(offset));
        expect(
          verifyResponse(text, signResponse(text, current, NOW_S), keys, { now: NOW }).ok,
          String(offset),
        ).toBe(true);
      }
    });

    it('fails with STALE when an old answer travels under a fresh signature', () => {
      // e.g. a stored answer re-signed at replay time: the signature is current, the verdict is not
      const text = answer(at(-2 * HOUR));
      expectFailure(verifyResponse(text, signResponse(text, current, NOW_S), keys, { now: NOW }), 'STALE');
      const ahead = answer(at(301_000));
      expectFailure(
        verifyResponse(ahead, signResponse(ahead, current, NOW_S + 301), keys, { now: NOW }),
        'STALE',
      );
      // the tolerance applies to both timestamps
      const later = answer(at(-200_000));
      const signed = signResponse(later, current, NOW_S - 200);
      expect(verifyResponse(later, signed, keys, { now: NOW }).ok).toBe(true);
      expectFailure(verifyResponse(later, signed, keys, { now: NOW, maxSkewSeconds: 100 }), 'STALE');
    });

    it('fails with TIMESTAMP_MISMATCH when both are current but far apart', () => {
      const text = answer(at(-31_000));
      expectFailure(
        verifyResponse(text, signResponse(text, current, NOW_S), keys, { now: NOW }),
        'TIMESTAMP_MISMATCH',
      );
      const signedEarlier = answer(at(0));
      expectFailure(
        verifyResponse(signedEarlier, signResponse(signedEarlier, current, NOW_S - 40), keys, { now: NOW }),
        'TIMESTAMP_MISMATCH',
      );
    });

    it('fails with MALFORMED when it is not a timestamp; answers without one are checked on the header alone', () => {
      for (const ts of ['yesterday', 42, null, '']) {
        const text = answer(ts);
        expectFailure(
          verifyResponse(text, signResponse(text, current, NOW_S), keys, { now: NOW }),
          'MALFORMED',
        );
      }
      const machine = JSON.stringify({ data: { id: 'm-1', heartbeatStatus: 'ALIVE' } });
      expect(verifyResponse(machine, signResponse(machine, current, NOW_S), keys, { now: NOW }).ok).toBe(
        true,
      );
    });
  });

  it('fails with NONCE_MISMATCH for a replayed answer to another request', () => {
    expectFailure(verifyResponse(body, header, keys, { now: NOW, nonce: 43 }), 'NONCE_MISMATCH');
    const asString = JSON.stringify({ data: { valid: true, nonce: '42' } });
    const signed = signResponse(asString, current, NOW_S);
    expectFailure(verifyResponse(asString, signed, keys, { now: NOW, nonce: 42 }), 'NONCE_MISMATCH');
  });

  it('fails with NONCE_MISMATCH when a nonce was expected but not echoed', () => {
    for (const text of [
      '{"data":{"valid":true}}',
      '{"error":"Not found","code":"NOT_FOUND"}',
      '[1,2]',
      'null',
    ]) {
      const signed = signResponse(text, current, NOW_S);
      expectFailure(verifyResponse(text, signed, keys, { now: NOW, nonce: 7 }), 'NONCE_MISMATCH');
      expect(verifyResponse(text, signed, keys, { now: NOW }).ok).toBe(true);
    }
  });

  it('fails with UNSUPPORTED_ALGORITHM for any alg but ed25519', () => {
    const hmac = header.replace('alg="ed25519"', 'alg="hmac-sha256"');
    expectFailure(verifyResponse(body, hmac, keys, { now: NOW }), 'UNSUPPORTED_ALGORITHM');
  });

  it('fails with MALFORMED on a missing or garbled header, never throwing', () => {
    const headers: unknown[] = [
      null,
      undefined,
      '',
      '   ',
      'garbage',
      'kid=key_x, alg=ed25519',
      header.replace(/, sig="[^"]*"/, ''),
      header.replace(/ts="\d+"/, 'ts="yesterday"'),
      header.replace(/ts="\d+"/, 'ts="-5"'),
      `${header}, kid="${other.kid}"`,
      header.replace(/sig="([^"]*)"/, 'sig="$1!"'),
      header.replace(/sig="([^"]*)"/, 'sig="$1\\""'),
      42,
    ];
    for (const value of headers) {
      expectFailure(verifyResponse(body, value as string, keys, { now: NOW }), 'MALFORMED');
    }
  });

  it('fails with MALFORMED on bodies that are not JSON or not text', () => {
    const text = 'OK, not JSON';
    expectFailure(verifyResponse(text, signResponse(text, current, NOW_S), keys, { now: NOW }), 'MALFORMED');
    expectFailure(verifyResponse({ body } as unknown as string, header, keys, { now: NOW }), 'MALFORMED');
    expectFailure(verifyResponse(body, header, keys, { now: NOW, maxSkewSeconds: Number.NaN }), 'MALFORMED');
  });
});

describe('signResponse', () => {
  it('rejects a kid that cannot travel in the header and a bad timestamp', () => {
    expect(() => signResponse('{}', { ...current, kid: 'key"x' }, NOW_S)).toThrow();
    expect(() => signResponse('{}', current, -1)).toThrow();
    expect(() => signResponse('{}', current, 1.5)).toThrow();
  });
});
