// Signing keys, offline checkout and response signatures through the real route handlers and src/sdk.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decrypt } from '@/lib/crypto.ts';
import { SIGNATURE_HEADER } from '@/lib/signing.ts';
import { verifyLicenseFile, verifyResponse, type PublicKeyInput } from '@/sdk/index.ts';
import { masterKey } from '@/server/secrets.ts';
import { listSigningKeysRoute, checkoutLicenseRoute } from '@/server/rest/endpoints/signing.ts';
import {
  activeSigningKey,
  clearSigningKeyCache,
  listSigningKeys,
  rotateSigningKey,
  signResponseBody,
} from './signing-keys.ts';
import { signBody } from './sign-body.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';
import { revokeLicenseRoute } from '@/server/rest/endpoints/licenses.ts';
import { activateMachineRoute, heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { testContext, testDb } from '../../../../tests/helpers.ts';
import { bearer, call, createTenant, type Tenant } from '../../../../tests/api.ts';
import { createOfflineLicense, type OfflineLicenseOptions } from '../../../../tests/offline-fixtures.ts';
import type { Db } from '@/server/db.ts';

let db: Db;
let tenant: Tenant;
const apiKey = () => ({ authorization: bearer(tenant.liveKey) });

// Everything the API and the event log hand out, and everything logged, for the private-key leak check.
const seen: string[] = [];
const logSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    seen.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
  }),
);

async function api(
  handler: (r: Request) => Promise<Response>,
  method: string,
  path: string,
  opts: Parameters<typeof call>[3] = {},
) {
  const res = await call(handler, method, path, opts);
  seen.push(JSON.stringify(res.body), JSON.stringify([...res.headers.entries()]));
  return res;
}

const checkout = (licenseId: string, body: unknown = {}, authorization = apiKey().authorization) =>
  api(checkoutLicenseRoute, 'POST', `/licenses/${licenseId}/checkout`, { authorization, body });

async function publicKeys(key = tenant.liveKey): Promise<PublicKeyInput[]> {
  const res = await api(listSigningKeysRoute, 'GET', '/signing-keys', { authorization: bearer(key) });
  expect(res.status).toBe(200);
  return res.body.data as PublicKeyInput[];
}

const license = (options: OfflineLicenseOptions = {}) =>
  createOfflineLicense(db, tenant.accountId, { fingerprints: ['fp-machine-one'], ...options });

/** Rewrites the envelope inside an armoured file. */
function editFile(file: string, edit: (envelope: Record<string, string>) => void): string {
  const lines = file.trim().split('\n');
  const envelope = JSON.parse(Buffer.from(lines.slice(1, -1).join(''), 'base64').toString('utf8')) as Record<
    string,
    string
  >;
  edit(envelope);
  return `${lines[0]}\n${Buffer.from(JSON.stringify(envelope)).toString('base64')}\n${lines[lines.length - 1]}\n`;
}

/** Flips one bit of the character at `index` within a base64/base64url string, keeping the alphabet. */
function flipChar(text: string, index: number): string {
  const c = text[index] ?? 'A';
  return text.slice(0, index) + (c === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

beforeAll(async () => {
  db = await testDb();
  tenant = await createTenant(db);
});

afterAll(() => {
  for (const spy of logSpies) spy.mockRestore();
});

describe('GET /signing-keys', () => {
  it('creates the first key on first use and lists it with the exact shape', async () => {
    const own = await createTenant(db, ['products:read']);
    expect(await db.signingKey.count({ where: { accountId: own.accountId } })).toBe(0);
    const res = await api(listSigningKeysRoute, 'GET', '/signing-keys', {
      authorization: bearer(own.liveKey),
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    const [key] = res.body.data;
    expect(Object.keys(key).sort()).toEqual(['active', 'algorithm', 'createdAt', 'kid', 'publicKey']);
    expect(key).toMatchObject({ algorithm: 'ed25519', active: true });
    expect(key.kid).toMatch(/^key_[a-z2-7]{16}$/);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    // Same key on the next call; the test environment has its own.
    const again = await api(listSigningKeysRoute, 'GET', '/signing-keys', {
      authorization: bearer(own.liveKey),
    });
    expect(again.body.data).toEqual(res.body.data);
    const test = await api(listSigningKeysRoute, 'GET', '/signing-keys', {
      authorization: bearer(own.testKey),
    });
    expect(test.body.data[0].kid).not.toBe(key.kid);
  });

  it('needs an API key (no License auth, no anonymous access)', async () => {
    const l = await license();
    expect((await api(listSigningKeysRoute, 'GET', '/signing-keys')).status).toBe(401);
    expect(
      (await api(listSigningKeysRoute, 'GET', '/signing-keys', { authorization: `License ${l.key}` })).status,
    ).toBe(401);
  });

  it('ends with exactly one active key when many first uses race', async () => {
    const own = await createTenant(db);
    clearSigningKeyCache();
    const s = { accountId: own.accountId, environment: 'live' as const };
    const ctx = testContext(db, { id: own.accountId }, { environment: 'live' });
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => activeSigningKey(s)),
      ...Array.from({ length: 4 }, () => listSigningKeys(ctx).then((keys) => ({ kid: keys[0]?.kid ?? '' }))),
    ]);
    expect(new Set(results.map((r) => r.kid)).size).toBe(1);
    expect(await db.signingKey.count({ where: { accountId: own.accountId } })).toBe(1);
  });

  it('stores the private key encrypted, bound to its kid', async () => {
    const keys = await publicKeys();
    const row = await db.signingKey.findUniqueOrThrow({ where: { kid: keys[0]?.kid } });
    const s = `licentric-signing-key:v1:${row.accountId}:${row.environment}`;
    const der = decrypt(row.privateKeyEncrypted, masterKey(), `${s}:${row.kid}`);
    expect(der.length).toBeGreaterThan(32);
    expect(row.privateKeyEncrypted).not.toContain(der.toString('base64'));
    expect(() => decrypt(row.privateKeyEncrypted, masterKey(), `${s}:key_other`)).toThrow();
  });
});

describe('POST /licenses/{id}/checkout', () => {
  it('issues a file that verifies offline with the listed keys, with the payload of DOMAIN.md §6', async () => {
    const l = await license({
      policyEntitlements: ['export', 'cloud-sync'],
      licenseEntitlements: ['beta'],
      license: { metadata: { seats: 'team' }, maxMachinesOverride: 5 },
    });
    const before = Date.now();
    const res = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 7200 });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['certificate', 'expiresAt', 'kid']);
    const { certificate, expiresAt, kid } = res.body.data;
    expect(certificate).toMatch(
      /^-----BEGIN LICENTRIC LICENSE-----\n[\s\S]+\n-----END LICENTRIC LICENSE-----\n$/,
    );
    const keys = await publicKeys();
    expect(keys.find((k) => k.kid === kid)).toMatchObject({ active: true });

    const result = verifyLicenseFile(certificate, keys, { fingerprint: 'fp-machine-one' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kid).toBe(kid);
    const p = result.payload;
    expect(Object.keys(p).sort()).toEqual(
      [
        'entitlements',
        'environment',
        'expiresAt',
        'fingerprint',
        'issuedAt',
        'licenseExpiresAt',
        'licenseId',
        'maxMachines',
        'metadata',
        'policyId',
        'productId',
        'status',
      ].sort(),
    );
    expect(p).toMatchObject({
      licenseId: l.licenseId,
      productId: l.productId,
      policyId: l.policyId,
      environment: 'live',
      status: 'active',
      entitlements: ['beta', 'cloud-sync', 'export'],
      fingerprint: 'fp-machine-one',
      licenseExpiresAt: null,
      maxMachines: 5,
      metadata: { seats: 'team' },
      expiresAt,
    });
    const issued = Date.parse(p.issuedAt);
    expect(issued).toBeGreaterThanOrEqual(before - 5);
    expect(Date.parse(p.expiresAt) - issued).toBe(7200 * 1000);
  });

  it('triggers each failure reason on a real file', async () => {
    const l = await license();
    const { certificate } = (await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 3600 })).body
      .data;
    const keys = await publicKeys();
    const opts = { fingerprint: 'fp-machine-one' };
    expect(verifyLicenseFile(certificate, keys, opts).ok).toBe(true);

    const reason = (
      file: string,
      k: PublicKeyInput[] = keys,
      o: Parameters<typeof verifyLicenseFile>[2] = opts,
    ) => {
      const r = verifyLicenseFile(file, k, o);
      return r.ok ? 'ok' : r.reason;
    };
    // One byte of the payload, of the signature.
    expect(reason(editFile(certificate, (e) => (e.payload = flipChar(e.payload ?? '', 10))))).toBe(
      'BAD_SIGNATURE',
    );
    expect(reason(editFile(certificate, (e) => (e.sig = flipChar(e.sig ?? '', 5))))).toBe('BAD_SIGNATURE');
    // A re-signed payload (e.g. a longer expiry) without the private key.
    expect(
      reason(
        editFile(certificate, (e) => {
          const payload = JSON.parse(Buffer.from(e.payload ?? '', 'base64url').toString('utf8')) as Record<
            string,
            unknown
          >;
          payload.expiresAt = '2999-01-01T00:00:00.000Z';
          e.payload = Buffer.from(JSON.stringify(payload)).toString('base64url');
        }),
      ),
    ).toBe('BAD_SIGNATURE');
    // Wrong kid: another account's keys; and the right kid paired with another key.
    const other = await createTenant(db);
    const otherKeys = await publicKeys(other.liveKey);
    expect(reason(certificate, otherKeys)).toBe('UNKNOWN_KID');
    expect(reason(certificate, [{ kid: keys[0]?.kid ?? '', publicKey: otherKeys[0]?.publicKey ?? '' }])).toBe(
      'BAD_SIGNATURE',
    );
    expect(
      reason(
        editFile(certificate, (e) => (e.kid = otherKeys[0]?.kid ?? '')),
        [...keys, ...otherKeys],
      ),
    ).toBe('BAD_SIGNATURE');
    // Expired (via now), issued in the future / clock turned back, another machine.
    expect(reason(certificate, keys, { ...opts, now: new Date(Date.now() + 3601 * 1000) })).toBe('EXPIRED');
    expect(reason(certificate, keys, { ...opts, now: new Date(Date.now() - 3600 * 1000) })).toBe(
      'NOT_YET_VALID',
    );
    expect(reason(certificate, keys, { ...opts, lastSeen: new Date(Date.now() + 86_400_000) })).toBe(
      'NOT_YET_VALID',
    );
    expect(reason(certificate, keys, { fingerprint: 'fp-other-machine' })).toBe('FINGERPRINT_MISMATCH');
  });

  it('keeps files of a rotated key verifying, and signs new files with the new kid', async () => {
    const own = await createTenant(db);
    const l = await createOfflineLicense(db, own.accountId, { fingerprints: ['fp-rot'] });
    const first = await checkout(l.licenseId, { fingerprint: 'fp-rot' }, bearer(own.liveKey));
    const oldKid = first.body.data.kid as string;

    const rotated = await rotateSigningKey(testContext(db, { id: own.accountId }, { environment: 'live' }));
    seen.push(JSON.stringify(rotated));
    expect(rotated.kid).not.toBe(oldKid);
    const keys = await publicKeys(own.liveKey);
    expect(keys.map((k) => [k.kid, (k as { active?: boolean }).active])).toEqual([
      [rotated.kid, true],
      [oldKid, false],
    ]);
    expect(verifyLicenseFile(first.body.data.certificate, keys, { fingerprint: 'fp-rot' })).toMatchObject({
      ok: true,
      kid: oldKid,
    });

    const second = await checkout(l.licenseId, { fingerprint: 'fp-rot' }, bearer(own.liveKey));
    expect(second.body.data.kid).toBe(rotated.kid);
    expect(verifyLicenseFile(second.body.data.certificate, keys, { fingerprint: 'fp-rot' })).toMatchObject({
      ok: true,
      kid: rotated.kid,
    });
    // Signed answers switch too.
    const header = (await signResponseBody(own.accountId, 'live', '{"data":{}}'))[SIGNATURE_HEADER];
    expect(header).toContain(`kid="${rotated.kid}"`);
    expect(await db.event.count({ where: { accountId: own.accountId, type: 'signing_key.rotated' } })).toBe(
      1,
    );
  });

  it('enforces the TTL bounds with clear messages', async () => {
    const l = await license({ policy: { offlineMaxDays: 7 } });
    const low = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 3599 });
    expect(low.status).toBe(400);
    expect(low.body).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(low.body.error).toContain('at least 3600 seconds');
    expect(low.body.details.issues[0].path).toEqual(['ttl']);

    const high = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 7 * 86_400 + 1 });
    expect(high.status).toBe(400);
    expect(high.body).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(high.body.error).toContain('at most 604800 seconds');
    expect(high.body.error).toContain('offlineMaxDays');

    const beyond = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 91 * 86_400 });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error).toContain('90 days');
    expect((await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 3600.5 })).status).toBe(400);

    // The limits themselves are accepted; the default is 14 days capped by offlineMaxDays.
    const exact = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 7 * 86_400 });
    expect(exact.status).toBe(200);
    const byDefault = await checkout(l.licenseId, { fingerprint: 'fp-machine-one' });
    const days = (iso: string) => (Date.parse(iso) - Date.now()) / 86_400_000;
    expect(days(byDefault.body.data.expiresAt)).toBeCloseTo(7, 2);
    const wide = await license({ policy: { offlineMaxDays: 30 } });
    const wideDefault = await checkout(wide.licenseId, { fingerprint: 'fp-machine-one' });
    expect(days(wideDefault.body.data.expiresAt)).toBeCloseTo(14, 2);
    expect((await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 3600 })).status).toBe(200);
  });

  it('refuses a policy without offline use (422 OFFLINE_NOT_ALLOWED) and writes no event', async () => {
    const l = await license({ policy: { offlineAllowed: false } });
    const res = await checkout(l.licenseId, { fingerprint: 'fp-machine-one' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'OFFLINE_NOT_ALLOWED', status: 422 });
    expect(await db.event.count({ where: { resourceId: l.licenseId } })).toBe(0);
  });

  it('refuses unusable licenses', async () => {
    for (const status of ['suspended', 'revoked', 'banned'] as const) {
      const l = await license({ license: { status } });
      const res = await checkout(l.licenseId, { fingerprint: 'fp-machine-one' });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'LICENSE_NOT_ACTIVE' });
      expect(res.body.error).toContain(status);
    }
    const past = new Date(Date.now() - 60_000);
    // Lazily expired: under REVOKE it is revoked; under RESTRICT_ACCESS it must be renewed first.
    const revoked = await license({ license: { expiresAt: past }, policy: { expirationStrategy: 'REVOKE' } });
    expect((await checkout(revoked.licenseId, { fingerprint: 'fp-machine-one' })).body.code).toBe(
      'LICENSE_NOT_ACTIVE',
    );
    const restricted = await license({ license: { expiresAt: past } });
    const res = await checkout(restricted.licenseId, { fingerprint: 'fp-machine-one' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('LICENSE_EXPIRED');
    // ALLOW_ACCESS keeps working offline, and the file says the license is expired.
    const allowed = await license({
      license: { expiresAt: past },
      policy: { expirationStrategy: 'ALLOW_ACCESS' },
    });
    const ok = await checkout(allowed.licenseId, { fingerprint: 'fp-machine-one' });
    expect(ok.status).toBe(200);
    const file = verifyLicenseFile(ok.body.data.certificate, await publicKeys());
    expect(file.ok && file.payload.status).toBe('expired');
  });

  it('never issues a file past the license expiry under RESTRICT_ACCESS', async () => {
    const end = new Date(Date.now() + 2 * 86_400_000);
    const l = await license({ license: { expiresAt: end } });
    const res = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 10 * 86_400 });
    expect(res.status).toBe(200);
    expect(res.body.data.expiresAt).toBe(end.toISOString());
    const file = verifyLicenseFile(res.body.data.certificate, await publicKeys());
    expect(file.ok && file.payload.licenseExpiresAt).toBe(end.toISOString());
  });

  it('checks the fingerprint against the active machines of the license', async () => {
    const l = await license({ fingerprints: ['fp-a', 'fp-gone'] });
    await db.machine.updateMany({
      where: { licenseId: l.licenseId, fingerprint: 'fp-gone' },
      data: { deletedAt: new Date() },
    });
    const missing = await checkout(l.licenseId, {});
    expect(missing.status).toBe(422);
    expect(missing.body.details).toEqual({ reason: 'FINGERPRINT_REQUIRED' });
    for (const fingerprint of ['fp-unknown', 'fp-gone']) {
      const res = await checkout(l.licenseId, { fingerprint });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual({ reason: 'FINGERPRINT_NOT_FOUND' });
      expect(res.body.error).toContain('activate it first');
    }
    const other = await license({ fingerprints: ['fp-elsewhere'] });
    expect((await checkout(l.licenseId, { fingerprint: 'fp-elsewhere' })).status).toBe(422);
    expect((await checkout(other.licenseId, { fingerprint: 'fp-elsewhere' })).status).toBe(200);

    // Without requireFingerprint the file may be unbound (valid on any machine).
    const free = await license({ policy: { requireFingerprint: false }, fingerprints: [] });
    const res = await checkout(free.licenseId, {});
    expect(res.status).toBe(200);
    const file = verifyLicenseFile(res.body.data.certificate, await publicKeys(), {
      fingerprint: 'any-machine',
    });
    expect(file.ok && file.payload.fingerprint).toBe(null);
  });

  it('authorizes: licenses:read, or License auth for its own license only; tenancy', async () => {
    const l = await license();
    const other = await license();
    const own = await checkout(l.licenseId, { fingerprint: 'fp-machine-one' }, `License ${l.key}`);
    expect(own.status).toBe(200);
    const events = await db.event.findMany({
      where: { resourceId: l.licenseId, type: 'license.checked_out' },
    });
    expect(events[0]).toMatchObject({ actorType: 'license', actorId: l.licenseId });
    const foreign = await checkout(other.licenseId, { fingerprint: 'fp-machine-one' }, `License ${l.key}`);
    expect(foreign.status).toBe(403);

    const readOnly = await createTenant(db, ['licenses:read']);
    const noScope = await createTenant(db, ['products:read']);
    const mine = await createOfflineLicense(db, readOnly.accountId, { fingerprints: ['fp-x'] });
    expect((await checkout(mine.licenseId, { fingerprint: 'fp-x' }, bearer(readOnly.liveKey))).status).toBe(
      200,
    );
    expect((await checkout(mine.licenseId, { fingerprint: 'fp-x' }, bearer(noScope.liveKey))).status).toBe(
      403,
    );
    // Another account's or environment's license is NOT_FOUND.
    expect((await checkout(mine.licenseId, { fingerprint: 'fp-x' }, bearer(tenant.liveKey))).status).toBe(
      404,
    );
    expect((await checkout(mine.licenseId, { fingerprint: 'fp-x' }, bearer(readOnly.testKey))).status).toBe(
      404,
    );
    expect(
      (await checkout('00000000-0000-4000-8000-000000000000', {}, bearer(readOnly.liveKey))).status,
    ).toBe(404);
    expect(
      (await checkout(mine.licenseId, { fingerprint: 'fp-x', extra: 1 }, bearer(readOnly.liveKey))).status,
    ).toBe(400);
    // A suspended license may not check itself out.
    const suspended = await license({ license: { status: 'suspended' } });
    expect(
      (await checkout(suspended.licenseId, { fingerprint: 'fp-machine-one' }, `License ${suspended.key}`))
        .status,
    ).toBe(403);
  });

  it('writes license.checked_out in the same transaction, without the certificate or any private key', async () => {
    const l = await license();
    const res = await checkout(l.licenseId, { fingerprint: 'fp-machine-one', ttl: 3600 });
    const events = await db.event.findMany({ where: { resourceId: l.licenseId } });
    expect(events.map((e) => e.type)).toEqual(['license.checked_out']);
    const [event] = events;
    expect(event).toMatchObject({
      accountId: tenant.accountId,
      environment: 'live',
      actorType: 'api_key',
      resourceType: 'license',
    });
    expect(event?.data).toMatchObject({
      id: l.licenseId,
      status: 'active',
      checkout: { kid: res.body.data.kid, fingerprint: 'fp-machine-one', expiresAt: res.body.data.expiresAt },
    });
    expect(event?.data).not.toHaveProperty('key');
    expect(JSON.stringify(event?.data)).not.toContain('BEGIN LICENTRIC');
  });
});

describe('response signatures (signBody)', () => {
  it('signs with the caller key, or with the key of the license a validate-key answer names; NOT_FOUND stays unsigned', async () => {
    const l = await license();
    const keys = await publicKeys();
    const nonce = 424242;
    const body = JSON.stringify({
      data: { valid: true, code: 'VALID', license: { id: l.licenseId, environment: 'live' }, nonce },
    });
    const anonymous = await signBody(
      body,
      { ctx: null },
      { accountId: tenant.accountId, environment: 'live' },
    );
    seen.push(JSON.stringify(anonymous));
    const header = anonymous[SIGNATURE_HEADER] ?? null;
    expect(verifyResponse(body, header, keys, { nonce })).toMatchObject({ ok: true, kid: keys[0]?.kid });
    const authed = await signBody(body, { ctx: { accountId: tenant.accountId, environment: 'live' } });
    expect(verifyResponse(body, authed[SIGNATURE_HEADER] ?? null, keys, { nonce }).ok).toBe(true);

    const reason = (b: string, h: string | null, o = { nonce }) => {
      const r = verifyResponse(b, h, keys, o);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason(body.replace('"valid":true', '"valid":fals'), header)).toBe('BAD_SIGNATURE');
    expect(
      reason(
        body,
        (header ?? '').replace(/sig="(.)/, (_m, c: string) => `sig="${c === 'A' ? 'B' : 'A'}`),
      ),
    ).toBe('BAD_SIGNATURE');
    expect(
      reason(
        body,
        (header ?? '').replace(/ts="(\d+)"/, (_m, ts: string) => `ts="${Number(ts) + 1}"`),
      ),
    ).toBe('BAD_SIGNATURE');
    expect(reason(body, header, { nonce: nonce + 1 })).toBe('NONCE_MISMATCH');
    expect(verifyResponse(body, header, keys, { now: new Date(Date.now() + 3600_000) })).toMatchObject({
      ok: false,
      reason: 'STALE',
    });
    const other = await createTenant(db);
    expect(verifyResponse(body, header, await publicKeys(other.liveKey)).ok).toBe(false);

    const notFound = JSON.stringify({ data: { valid: false, code: 'NOT_FOUND', license: null, nonce } });
    expect(await signBody(notFound, { ctx: null })).toEqual({});
    expect(await signBody('not json', { ctx: null })).toEqual({});
  });
});

/** Calls a handler and keeps the exact body text, as a client must for verification. */
async function raw(
  handler: (r: Request) => Promise<Response>,
  path: string,
  body: unknown,
  authorization?: string,
  headers: Record<string, string> = {},
) {
  const response = await handler(
    new Request(`http://localhost/api/v1${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    }),
  );
  const text = await response.text();
  seen.push(text, JSON.stringify([...response.headers.entries()]));
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as { data: Record<string, unknown> },
    header: response.headers.get(SIGNATURE_HEADER),
    replayed: response.headers.get('idempotent-replayed'),
  };
}

describe('signed answers of validate-key, activation and heartbeat', () => {
  it('round-trips with a nonce; a replay, a flipped byte and a NOT_FOUND answer are caught', async () => {
    const l = await license({ fingerprints: [] });
    const keys = await publicKeys();
    const fingerprint = 'fp-signed-answers-01';

    const first = await raw(validateKeyRoute, '/licenses/validate-key', {
      key: l.key,
      fingerprint,
      nonce: 7,
    });
    expect(first.json.data.code).toBe('FINGERPRINT_NOT_FOUND');
    expect(verifyResponse(first.text, first.header, keys, { nonce: 7 })).toMatchObject({
      ok: true,
      kid: keys[0]?.kid,
    });
    // The same answer replayed to a request that sent another nonce.
    expect(verifyResponse(first.text, first.header, keys, { nonce: 8 })).toMatchObject({
      ok: false,
      reason: 'NONCE_MISMATCH',
    });
    const flipped = first.text.replace('"valid":false', '"valid":true ');
    expect(verifyResponse(flipped, first.header, keys, { nonce: 7 })).toMatchObject({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });

    const activation = await raw(activateMachineRoute, '/machines', { fingerprint }, `License ${l.key}`);
    expect(activation.status).toBe(201);
    expect(verifyResponse(activation.text, activation.header, keys).ok).toBe(true);
    const machineId = String(activation.json.data.id);
    const beat = await raw(heartbeatMachineRoute, `/machines/${machineId}/heartbeat`, {}, `License ${l.key}`);
    expect(beat.status).toBe(200);
    expect(verifyResponse(beat.text, beat.header, keys).ok).toBe(true);

    const valid = await raw(validateKeyRoute, '/licenses/validate-key', {
      key: l.key,
      fingerprint,
      nonce: 9,
    });
    expect(valid.json.data).toMatchObject({ valid: true, code: 'VALID', nonce: 9 });
    expect(verifyResponse(valid.text, valid.header, keys, { nonce: 9 }).ok).toBe(true);

    // NOT_FOUND names no account: unsigned by design, so a client cannot mistake it for a trusted verdict.
    const unknown = await raw(validateKeyRoute, '/licenses/validate-key', {
      key: 'OFF-AAAA-BBBB-CCCC-DDDD',
      nonce: 10,
    });
    expect(unknown.json.data).toMatchObject({ valid: false, code: 'NOT_FOUND' });
    expect(unknown.header).toBeNull();
    expect(verifyResponse(unknown.text, unknown.header, keys, { nonce: 10 })).toMatchObject({
      ok: false,
      reason: 'MALFORMED',
    });
    // Errors are not signed either.
    const denied = await raw(
      heartbeatMachineRoute,
      `/machines/${machineId}/heartbeat`,
      {},
      'License OFF-AAAA-BBBB-CCCC-DDDD',
    );
    expect(denied.status).toBe(401);
    expect(denied.header).toBeNull();
  });
});

describe('Idempotency-Key on signed runtime answers', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('validate-key ignores it: after a revoke the same request and key answer REVOKED, freshly signed', async () => {
    const l = await license({ fingerprints: [], policy: { requireFingerprint: false } });
    const keys = await publicKeys();
    const headers = { 'idempotency-key': `validate-${l.licenseId}` };
    const body = { key: l.key, nonce: 11 };
    const first = await raw(validateKeyRoute, '/licenses/validate-key', body, undefined, headers);
    expect(first.json.data).toMatchObject({ valid: true, code: 'VALID' });

    const revoked = await api(revokeLicenseRoute, 'POST', `/licenses/${l.licenseId}/revoke`, apiKey());
    expect(revoked.status).toBe(200);
    const again = await raw(validateKeyRoute, '/licenses/validate-key', body, undefined, headers);
    expect(again.replayed).toBeNull();
    expect(again.json.data).toMatchObject({ valid: false, code: 'REVOKED', nonce: 11 });
    expect(verifyResponse(again.text, again.header, keys, { nonce: 11 }).ok).toBe(true);
    // nothing was stored for the unauthenticated caller
    expect(await db.idempotencyRecord.count({ where: { key: headers['idempotency-key'] } })).toBe(0);
  });

  it('heartbeats ignore it: each one is recorded', async () => {
    const l = await license({ fingerprints: ['fp-idem-heartbeat'] });
    const machineId = l.machineIds[0]!;
    const headers = { 'idempotency-key': `beat-${machineId}` };
    const path = `/machines/${machineId}/heartbeat`;
    const first = await raw(heartbeatMachineRoute, path, {}, `License ${l.key}`, headers);
    await sleep(5);
    const second = await raw(heartbeatMachineRoute, path, {}, `License ${l.key}`, headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.replayed).toBeNull();
    expect(Date.parse(String(second.json.data.lastHeartbeatAt))).toBeGreaterThan(
      Date.parse(String(first.json.data.lastHeartbeatAt)),
    );
    expect(await db.event.count({ where: { resourceId: machineId, type: 'machine.heartbeat' } })).toBe(2);
  });

  it("an activation replay carries the first answer's signature byte for byte, never a fresh one", async () => {
    const l = await license({ fingerprints: [] });
    const keys = await publicKeys();
    const headers = { 'idempotency-key': `activate-${l.licenseId}` };
    const body = { fingerprint: 'fp-idem-activation' };
    const first = await raw(activateMachineRoute, '/machines', body, `License ${l.key}`, headers);
    expect(first.status).toBe(201);
    await sleep(1100); // a re-signed replay would carry a later ts
    const replay = await raw(activateMachineRoute, '/machines', body, `License ${l.key}`, headers);
    expect(replay.replayed).toBe('true');
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(replay.header).toBe(first.header);
    expect(verifyResponse(replay.text, replay.header, keys).ok).toBe(true);
    // and it goes stale like the first answer does
    expect(
      verifyResponse(replay.text, replay.header, keys, { now: new Date(Date.now() + 3600_000) }),
    ).toMatchObject({ ok: false, reason: 'STALE' });
  });
});

describe('private keys', () => {
  it('never appear in any API response, event or log line', async () => {
    const rows = await db.signingKey.findMany();
    expect(rows.length).toBeGreaterThan(0);
    const events = await db.event.findMany({
      where: { OR: [{ type: 'license.checked_out' }, { type: { startsWith: 'signing_key.' } }] },
    });
    expect(events.length).toBeGreaterThan(0);
    const haystack = [...seen, ...events.map((e) => JSON.stringify(e.data))].join('\n');
    expect(haystack).toContain('ed25519');
    for (const row of rows) {
      const der = decrypt(
        row.privateKeyEncrypted,
        masterKey(),
        `licentric-signing-key:v1:${row.accountId}:${row.environment}:${row.kid}`,
      );
      const seed = der.subarray(der.length - 32);
      for (const needle of [
        row.privateKeyEncrypted,
        der.toString('base64'),
        der.toString('base64url'),
        der.toString('hex'),
        seed.toString('base64'),
        seed.toString('base64url'),
        seed.toString('hex'),
      ]) {
        expect(haystack).not.toContain(needle);
      }
    }
    expect(haystack).not.toMatch(/privateKey/i);
  });
});
