// validate-key through HTTP (the route handler called directly): every code of DOMAIN.md §4, the ordering
// cases, the answer's shape, and the deferred side effects (uses, lastValidatedAt, counters, events).
process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';
process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '0';

import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { testDb } from '../../../../tests/helpers.ts';
import { call as apiCall } from '../../../../tests/api.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';
import { activateMachineRoute, heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { banLicense, revokeLicense, suspendLicense } from '@/server/domain/licenses/license-lifecycle.ts';
import { deleteLicense, updateLicense } from '@/server/domain/licenses/licenses.ts';
import { createEntitlement } from '@/server/domain/entitlements/entitlements.ts';
import { attachPolicyEntitlements } from '@/server/domain/policies/policies.ts';
import { flushDeferredWrites, stopFlushLoop } from '@/server/domain/usage/deferred-writes.ts';
import { utcDay } from '@/server/domain/usage/daily-usage.ts';
import { clearSubscriptionCache } from '@/server/domain/webhooks/webhook-subscriptions.ts';
import { validateLicenseKey, type ValidationResult } from './validate-key.ts';
import { call, jsonRequest, setupRuntime, type RuntimeFixture } from '../../../../tests/fixtures/runtime.ts';
import { listSigningKeys } from '@/server/domain/signing/signing-keys.ts';
import { testContext } from '../../../../tests/helpers.ts';
import { SIGNATURE_HEADER, verifyResponse } from '@/sdk/index.ts';

resetEnvForTests();

/**
 * Writes what earlier validations buffered and stops the once-a-second flush, so that no flush (its queries go
 * through the same pg classes) runs while a test counts queries; the next buffered write starts the loop again.
 */
async function quietFlushLoop(db: Parameters<typeof flushDeferredWrites>[0]): Promise<void> {
  await flushDeferredWrites(db);
  stopFlushLoop();
}

const FP = 'fingerprint-0001';

/** How far from the test's clock a signed answer's timestamps may be. */
const CURRENT_WITHIN_MS = 5_000;

/**
 * Checks a validate-key answer as a shipped client would: an answer about a license carries a signature that the
 * SDK verifies over the exact body with the public key of the license's own account+environment, both its
 * timestamps (header `ts`, body `ts`) are current, and the nonce is echoed; a NOT_FOUND answer is unsigned.
 */
async function expectSignedAndCurrent(
  text: string,
  header: string | null,
  answer: ValidationResult,
  nonce: unknown,
) {
  if (answer.license === null) {
    expect(header, 'a NOT_FOUND answer is unsigned').toBeNull();
    return;
  }
  const db = await testDb();
  const owner = await db.license.findUniqueOrThrow({ where: { id: answer.license.id } });
  const keys = await listSigningKeys(
    testContext(db, { id: owner.accountId }, { environment: owner.environment }),
  );
  const verified = verifyResponse(text, header, keys, {
    maxSkewSeconds: CURRENT_WITHIN_MS / 1000,
    ...(typeof nonce === 'number' ? { nonce } : {}),
  });
  expect(verified, `SDK verification of ${header ?? 'no signature'}`).toMatchObject({ ok: true });
  const signedAt = Number(/ts="(\d+)"/.exec(header ?? '')?.[1]) * 1000;
  expect(Math.abs(signedAt - Date.now()), 'signature ts is current').toBeLessThan(CURRENT_WITHIN_MS);
  expect(Math.abs(Date.parse(answer.ts) - Date.now()), 'body ts is current').toBeLessThan(CURRENT_WITHIN_MS);
}

async function validate(body: Record<string, unknown>): Promise<ValidationResult> {
  const response = await validateKeyRoute(jsonRequest('POST', '/licenses/validate-key', body));
  const text = await response.text();
  expect(response.status).toBe(200);
  const answer = (JSON.parse(text) as { data: ValidationResult }).data;
  await expectSignedAndCurrent(text, response.headers.get(SIGNATURE_HEADER), answer, body.nonce);
  return answer;
}

async function activate(f: RuntimeFixture, key: string, fingerprint = FP): Promise<{ id: string }> {
  const res = await call(activateMachineRoute, 'POST', '/machines', { fingerprint }, `License ${key}`);
  expect([200, 201]).toContain(res.status);
  return res.body.data as { id: string };
}

const past = () => new Date(Date.now() - 24 * 3600_000).toISOString();

/**
 * A license (fingerprint not required) that expires in an hour, put through `transition` (suspend, revoke, ban)
 * while still current, then moved past its expiry date: the status and the passed expiry fail together.
 */
async function lapsedAfter(
  db: Awaited<ReturnType<typeof testDb>>,
  transition: (ctx: RuntimeFixture['ctx'], id: string) => Promise<unknown>,
  policy: Parameters<typeof setupRuntime>[1] = {},
): Promise<RuntimeFixture> {
  const f = await setupRuntime(
    db,
    { requireFingerprint: false, ...policy },
    { expiresAt: new Date(Date.now() + 3600_000).toISOString() },
  );
  await transition(f.ctx, f.license.id);
  await db.license.update({
    where: { id: f.license.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  return f;
}

describe('validate-key codes', () => {
  it('NOT_FOUND: unknown key, wrong environment, deleted license', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const unknown = await validate({ key: 'NOPE-AAAA-BBBB-CCCC-DDDD', nonce: 7 });
    expect(unknown).toMatchObject({
      valid: false,
      code: 'NOT_FOUND',
      license: null,
      machine: null,
      entitlements: [],
      nonce: 7,
    });
    expect(unknown.detail).toMatch(/key/);
    expect((await validate({ key: f.license.key, environment: 'live' })).code).toBe('NOT_FOUND');
    expect((await validate({ key: f.license.key, environment: 'test' })).code).toBe('VALID');
    await deleteLicense(f.ctx, f.license.id);
    expect((await validate({ key: f.license.key })).code).toBe('NOT_FOUND');
  });

  it('PRODUCT_MISMATCH, and the product by id or code', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    expect((await validate({ key: f.license.key, product: 'another-product' })).code).toBe(
      'PRODUCT_MISMATCH',
    );
    expect((await validate({ key: f.license.key, product: f.productId })).code).toBe('VALID');
    expect((await validate({ key: f.license.key, product: f.productCode })).code).toBe('VALID');
    await banLicense(f.ctx, f.license.id);
    // 1b comes before BANNED
    expect((await validate({ key: f.license.key, product: 'another-product' })).code).toBe(
      'PRODUCT_MISMATCH',
    );
  });

  it('BANNED, REVOKED (also expiry under REVOKE), SUSPENDED', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const banned = await f.addLicense();
    await banLicense(f.ctx, banned.id);
    expect(await validate({ key: banned.key })).toMatchObject({ valid: false, code: 'BANNED' });
    const revoked = await f.addLicense();
    await revokeLicense(f.ctx, revoked.id);
    expect(await validate({ key: revoked.key })).toMatchObject({ valid: false, code: 'REVOKED' });
    const revokeOnExpiry = await f.addPolicyLicense(
      { expirationStrategy: 'REVOKE', requireFingerprint: false },
      { expiresAt: past() },
    );
    expect(await validate({ key: revokeOnExpiry.key })).toMatchObject({ valid: false, code: 'REVOKED' });
    const suspended = await f.addLicense();
    await suspendLicense(f.ctx, suspended.id);
    const answer = await validate({ key: suspended.key });
    expect(answer).toMatchObject({ valid: false, code: 'SUSPENDED' });
    expect(answer.license?.status).toBe('suspended');
  });

  it('suspended AND expired → SUSPENDED', async () => {
    const db = await testDb();
    const f = await lapsedAfter(db, suspendLicense);
    expect((await validate({ key: f.license.key })).code).toBe('SUSPENDED');
  });

  it('EXPIRED under RESTRICT_ACCESS (invalid) and ALLOW_ACCESS (valid, after every other check)', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false }, { expiresAt: past() });
    const restricted = await validate({ key: f.license.key });
    expect(restricted).toMatchObject({ valid: false, code: 'EXPIRED' });
    expect(restricted.detail).toMatch(/[Rr]enew/);

    const allowed = await f.addPolicyLicense(
      { expirationStrategy: 'ALLOW_ACCESS', requireFingerprint: true },
      { expiresAt: past() },
    );
    // still has to pass checks 6–11 first
    expect((await validate({ key: allowed.key })).code).toBe('FINGERPRINT_REQUIRED');
    await activate(f, allowed.key);
    const answer = await validate({ key: allowed.key, fingerprint: FP });
    expect(answer).toMatchObject({ valid: true, code: 'EXPIRED' });
    expect(answer.license?.status).toBe('expired');
  });

  it('USAGE_LIMIT_EXCEEDED: counted atomically in the validation', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false, maxUses: 2 });
    expect((await validate({ key: f.license.key })).license?.usesCount).toBe(1);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).usesCount).toBe(1); // not deferred
    expect((await validate({ key: f.license.key })).code).toBe('VALID');
    const third = await validate({ key: f.license.key });
    expect(third).toMatchObject({ valid: false, code: 'USAGE_LIMIT_EXCEEDED' });
    expect(third.license?.usesCount).toBe(2);
    await flushDeferredWrites(db);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).usesCount).toBe(2);
  });

  it('maxUses holds under 30 concurrent validations', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false, maxUses: 5 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => validate({ key: f.license.key })));
    expect(answers.filter((a) => a.valid)).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'USAGE_LIMIT_EXCEEDED')).toHaveLength(25);
    await flushDeferredWrites(db);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).usesCount).toBe(5);
  });

  it('FINGERPRINT_REQUIRED, FINGERPRINT_NOT_FOUND, then VALID with the machine', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: true });
    expect(await validate({ key: f.license.key })).toMatchObject({
      valid: false,
      code: 'FINGERPRINT_REQUIRED',
    });
    expect(await validate({ key: f.license.key, fingerprint: 'unknown-fingerprint' })).toMatchObject({
      valid: false,
      code: 'FINGERPRINT_NOT_FOUND',
    });
    const machine = await activate(f, f.license.key);
    const answer = await validate({ key: f.license.key, fingerprint: FP });
    expect(answer).toMatchObject({
      valid: true,
      code: 'VALID',
      machine: { id: machine.id, fingerprint: FP, heartbeatStatus: 'NOT_REQUIRED' },
    });
    // a policy without requireFingerprint still checks a fingerprint that was sent
    const loose = await f.addPolicyLicense({ requireFingerprint: false });
    expect((await validate({ key: loose.key })).code).toBe('VALID');
    expect((await validate({ key: loose.key, fingerprint: 'unknown-fingerprint' })).code).toBe(
      'FINGERPRINT_NOT_FOUND',
    );
  });

  it('HEARTBEAT_REQUIRED until the machine pings', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireHeartbeat: true, heartbeatIntervalMinutes: 10 });
    const machine = await activate(f, f.license.key);
    const first = await validate({ key: f.license.key, fingerprint: FP });
    expect(first).toMatchObject({
      valid: false,
      code: 'HEARTBEAT_REQUIRED',
      machine: { heartbeatStatus: 'NOT_STARTED' },
    });
    const ping = await call(
      heartbeatMachineRoute,
      'POST',
      `/machines/${machine.id}/heartbeat`,
      undefined,
      `License ${f.license.key}`,
    );
    expect(ping.status).toBe(200);
    expect(await validate({ key: f.license.key, fingerprint: FP })).toMatchObject({
      valid: true,
      code: 'VALID',
      machine: { heartbeatStatus: 'ALIVE' },
    });
    // dead: the last ping is older than interval + grace
    await db.machine.update({
      where: { id: machine.id },
      data: { lastHeartbeatAt: new Date(Date.now() - 13 * 60_000) },
    });
    expect(await validate({ key: f.license.key, fingerprint: FP })).toMatchObject({
      code: 'HEARTBEAT_REQUIRED',
      machine: { heartbeatStatus: 'DEAD' },
    });
  });

  it('ENTITLEMENTS_MISSING, and the effective entitlements', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    await createEntitlement(f.ctx, { code: 'export', name: 'Export' });
    await createEntitlement(f.ctx, { code: 'sync', name: 'Sync' });
    const missing = await validate({ key: f.license.key, entitlements: ['export'] });
    expect(missing).toMatchObject({ valid: false, code: 'ENTITLEMENTS_MISSING', entitlements: [] });
    expect(missing.detail).toContain('export');
    await attachPolicyEntitlements(f.ctx, f.policyId, { entitlementCodes: ['export'] });
    const ok = await validate({ key: f.license.key, entitlements: ['export'] });
    expect(ok).toMatchObject({
      valid: true,
      code: 'VALID',
      entitlements: ['export'],
      license: { entitlements: ['export'] },
    });
    expect((await validate({ key: f.license.key, entitlements: ['export', 'sync'] })).code).toBe(
      'ENTITLEMENTS_MISSING',
    );
  });

  it('MACHINE_LIMIT_EXCEEDED when more machines are active than the (lowered) limit', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 3 });
    await activate(f, f.license.key, 'fingerprint-a');
    await activate(f, f.license.key, 'fingerprint-b');
    expect((await validate({ key: f.license.key, fingerprint: 'fingerprint-a' })).code).toBe('VALID');
    await updateLicense(f.ctx, f.license.id, { maxMachinesOverride: 1 });
    const answer = await validate({ key: f.license.key, fingerprint: 'fingerprint-a' });
    expect(answer).toMatchObject({
      valid: false,
      code: 'MACHINE_LIMIT_EXCEEDED',
      license: { maxMachines: 1, machineCount: 2 },
    });
  });

  it('VALID: the reduced license view, nonce and ts; 400 for a malformed body', async () => {
    const db = await testDb();
    const f = await setupRuntime(
      db,
      { requireFingerprint: false },
      { userEmail: 'holder@example.com', userName: 'Holder', name: 'Seat' },
    );
    const answer = await validate({ key: `  ${f.license.key.toLowerCase()} `, nonce: 42 });
    expect(answer).toMatchObject({ valid: true, code: 'VALID', nonce: 42, machine: null });
    expect(Date.parse(answer.ts)).toBeGreaterThan(Date.now() - 10_000);
    expect(answer.license).toMatchObject({
      id: f.license.id,
      environment: 'test',
      name: 'Seat',
      status: 'active',
      productId: f.productId,
      policyId: f.policyId,
      maxMachines: 3,
    });
    expect(answer.license).not.toHaveProperty('key');
    expect(answer.license).not.toHaveProperty('userEmail');
    expect(answer.license).not.toHaveProperty('userName');
    const bad = await call(validateKeyRoute, 'POST', '/licenses/validate-key', { fingerprint: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_ERROR');
    const unknownField = await call(validateKeyRoute, 'POST', '/licenses/validate-key', {
      key: f.license.key,
      extra: 1,
    });
    expect(unknownField.status).toBe(400);
  });
});

/**
 * One case per adjacent pair of DOMAIN.md §4's order: a license that fails both checks must get the earlier code,
 * and (where the earlier failure lies in the request) the same license without it gets the later code, so the
 * pair really had both failures. Checks 2–5 read the one `status` column, so two of them never fail together:
 * those pairs combine the status with a passed expiry date. 7/8 and 8/9 exclude each other (a fingerprint is
 * sent or not; 9 needs the machine that 8 did not find): 7 and 8 are paired with the next check they can meet.
 */
interface OrderCase {
  earlier: ValidationResult['code'];
  later: ValidationResult['code'];
  /** Builds the license; `both` violates the two checks, `laterOnly` (if any) only the later one. */
  setup: (db: Awaited<ReturnType<typeof testDb>>) => Promise<{
    both: Record<string, unknown>;
    laterOnly?: Record<string, unknown>;
  }>;
}

const ORDER_CASES: OrderCase[] = [
  {
    earlier: 'NOT_FOUND',
    later: 'PRODUCT_MISMATCH',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: false });
      return {
        both: { key: f.license.key, environment: 'live', product: 'another-product' },
        laterOnly: { key: f.license.key, environment: 'test', product: 'another-product' },
      };
    },
  },
  {
    earlier: 'PRODUCT_MISMATCH',
    later: 'BANNED',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: false });
      await banLicense(f.ctx, f.license.id);
      return { both: { key: f.license.key, product: 'another-product' }, laterOnly: { key: f.license.key } };
    },
  },
  {
    earlier: 'BANNED',
    later: 'REVOKED',
    setup: async (db) => {
      // banned, and past its expiry under REVOKE (which alone revokes)
      const f = await lapsedAfter(db, banLicense, { expirationStrategy: 'REVOKE' });
      return { both: { key: f.license.key } };
    },
  },
  {
    earlier: 'REVOKED',
    later: 'EXPIRED',
    setup: async (db) => {
      const f = await lapsedAfter(db, revokeLicense);
      return { both: { key: f.license.key } };
    },
  },
  {
    earlier: 'SUSPENDED',
    later: 'EXPIRED',
    setup: async (db) => {
      const f = await lapsedAfter(db, suspendLicense);
      return { both: { key: f.license.key } };
    },
  },
  {
    earlier: 'EXPIRED',
    later: 'USAGE_LIMIT_EXCEEDED',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: false, maxUses: 1 }, { expiresAt: past() });
      await db.license.update({ where: { id: f.license.id }, data: { usesCount: 1 } });
      return { both: { key: f.license.key } };
    },
  },
  {
    earlier: 'USAGE_LIMIT_EXCEEDED',
    later: 'FINGERPRINT_REQUIRED',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: true, maxUses: 1 });
      await db.license.update({ where: { id: f.license.id }, data: { usesCount: 1 } });
      return { both: { key: f.license.key } };
    },
  },
  {
    earlier: 'FINGERPRINT_REQUIRED',
    later: 'ENTITLEMENTS_MISSING',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: true });
      await activate(f, f.license.key);
      return {
        both: { key: f.license.key, entitlements: ['absent'] },
        laterOnly: { key: f.license.key, fingerprint: FP, entitlements: ['absent'] },
      };
    },
  },
  {
    earlier: 'FINGERPRINT_NOT_FOUND',
    later: 'ENTITLEMENTS_MISSING',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: true });
      await activate(f, f.license.key);
      return {
        both: { key: f.license.key, fingerprint: 'unknown-fingerprint', entitlements: ['absent'] },
        laterOnly: { key: f.license.key, fingerprint: FP, entitlements: ['absent'] },
      };
    },
  },
  {
    earlier: 'HEARTBEAT_REQUIRED',
    later: 'ENTITLEMENTS_MISSING',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireHeartbeat: true, heartbeatIntervalMinutes: 10 });
      await activate(f, f.license.key);
      return { both: { key: f.license.key, fingerprint: FP, entitlements: ['absent'] } };
    },
  },
  {
    earlier: 'ENTITLEMENTS_MISSING',
    later: 'MACHINE_LIMIT_EXCEEDED',
    setup: async (db) => {
      const f = await setupRuntime(db, { maxMachines: 3 });
      await activate(f, f.license.key);
      await activate(f, f.license.key, 'fingerprint-0002');
      await updateLicense(f.ctx, f.license.id, { maxMachinesOverride: 1 });
      return {
        both: { key: f.license.key, fingerprint: FP, entitlements: ['absent'] },
        laterOnly: { key: f.license.key, fingerprint: FP },
      };
    },
  },
  {
    earlier: 'MACHINE_LIMIT_EXCEEDED',
    later: 'EXPIRED',
    setup: async (db) => {
      // EXPIRED here is #12: valid, under ALLOW_ACCESS
      const f = await setupRuntime(
        db,
        { maxMachines: 3, expirationStrategy: 'ALLOW_ACCESS' },
        { expiresAt: past() },
      );
      await activate(f, f.license.key);
      await activate(f, f.license.key, 'fingerprint-0002');
      await updateLicense(f.ctx, f.license.id, { maxMachinesOverride: 1 });
      return { both: { key: f.license.key, fingerprint: FP } };
    },
  },
  {
    earlier: 'EXPIRED',
    later: 'VALID',
    setup: async (db) => {
      const f = await setupRuntime(db, { requireFingerprint: false, expirationStrategy: 'ALLOW_ACCESS' });
      const expired = await f.addLicense({ expiresAt: past() });
      return { both: { key: expired.key }, laterOnly: { key: f.license.key } };
    },
  },
];

describe("validate-key: every adjacent pair of DOMAIN.md §4's order", () => {
  it.each(ORDER_CASES.map((c) => [`${c.earlier} before ${c.later}`, c] as const))(
    '%s',
    async (_name, { earlier, later, setup }) => {
      const db = await testDb();
      const { both, laterOnly } = await setup(db);
      expect((await validate(both)).code).toBe(earlier);
      if (laterOnly) expect((await validate(laterOnly)).code).toBe(later);
    },
  );
});

describe('validate-key side effects (deferred)', () => {
  it('uses, lastValidatedAt, daily counters and license.activated once', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const now = new Date();
    await Promise.all([
      validate({ key: f.license.key }),
      validate({ key: f.license.key }),
      validate({ key: f.license.key, product: 'nope' }),
    ]);
    await flushDeferredWrites(db);
    let row = await db.license.findUniqueOrThrow({ where: { id: f.license.id } });
    expect(row.usesCount).toBe(3);
    expect(row.lastValidatedAt?.getTime()).toBeGreaterThanOrEqual(now.getTime() - 1000);
    expect(row.activatedAt).not.toBeNull();
    await validate({ key: f.license.key });
    await flushDeferredWrites(db);
    row = await db.license.findUniqueOrThrow({ where: { id: f.license.id } });
    expect(row.usesCount).toBe(4);
    const activated = await db.event.findMany({
      where: { accountId: f.accountId, type: 'license.activated' },
    });
    expect(activated).toHaveLength(1);
    expect(activated[0]).toMatchObject({ resourceId: f.license.id, actorType: 'license' });
    const usage = await db.dailyUsage.findMany({ where: { accountId: f.accountId } });
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({
      productId: f.productId,
      validationsSuccessful: 3,
      validationsFailed: 1,
    });
    expect(usage[0]?.day.toISOString().slice(0, 10)).toBe(utcDay(new Date()));
    // nobody subscribes: no validation.* events
    expect(
      await db.event.count({ where: { accountId: f.accountId, type: { startsWith: 'validation.' } } }),
    ).toBe(0);
  });

  it('a failed first validation does not activate; a NOT_FOUND of a known license counts as failed only', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: true });
    await validate({ key: f.license.key });
    await validate({ key: f.license.key, environment: 'live' });
    await flushDeferredWrites(db);
    const row = await db.license.findUniqueOrThrow({ where: { id: f.license.id } });
    expect(row.activatedAt).toBeNull();
    expect(row.usesCount).toBe(1);
    const usage = await db.dailyUsage.findFirstOrThrow({ where: { accountId: f.accountId } });
    expect(usage).toMatchObject({ validationsSuccessful: 0, validationsFailed: 2 });
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'license.activated' } })).toBe(0);
  });

  it('validation.success / validation.failed events only when an enabled endpoint subscribes', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const endpoint = await db.webhookEndpoint.create({
      data: {
        accountId: f.accountId,
        environment: 'test',
        url: 'http://127.0.0.1:9/hook',
        events: ['validation.failed'],
        secretEncrypted: 'unused',
      },
    });
    clearSubscriptionCache();
    await validate({ key: f.license.key });
    await validate({ key: f.license.key, product: 'nope', nonce: 5 });
    await flushDeferredWrites(db);
    const events = await db.event.findMany({
      where: { accountId: f.accountId, type: { startsWith: 'validation.' } },
    });
    expect(events.map((e) => e.type)).toEqual(['validation.failed']);
    expect(events[0]).toMatchObject({
      resourceType: 'license',
      resourceId: f.license.id,
      actorType: 'license',
      actorId: f.license.id,
    });
    expect(events[0]?.data).toMatchObject({
      valid: false,
      code: 'PRODUCT_MISMATCH',
      license: { id: f.license.id },
    });

    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { events: ['validation.*'] } });
    clearSubscriptionCache();
    await validate({ key: f.license.key });
    await flushDeferredWrites(db);
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'validation.success' } })).toBe(1);

    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
    clearSubscriptionCache();
    await validate({ key: f.license.key });
    await flushDeferredWrites(db);
    expect(
      await db.event.count({ where: { accountId: f.accountId, type: { startsWith: 'validation.' } } }),
    ).toBe(2);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'answers in one round trip without maxUses (one prepared statement, nothing through Prisma)',
    async () => {
      const db = await testDb();
      const f = await setupRuntime(db, { requireFingerprint: false });
      await validateLicenseKey({ db }, { key: f.license.key }); // warm: the pool connects
      await quietFlushLoop(db);
      const prismaCalls: string[] = [];
      const counting = new Proxy(db, {
        get(target, prop, receiver) {
          if (
            typeof prop === 'string' &&
            (prop.startsWith('$query') || prop.startsWith('$execute') || prop === 'license')
          )
            prismaCalls.push(prop);
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
      const spy = vi.spyOn(pg.Pool.prototype, 'query');
      try {
        const { answer } = await validateLicenseKey(
          { db: counting },
          {
            key: f.license.key,
            fingerprint: 'fp-none-00001',
          },
        );
        expect(answer.code).toBe('FINGERPRINT_NOT_FOUND');
        expect(spy).toHaveBeenCalledTimes(1);
        expect(prismaCalls).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    },
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'signs the HTTP answer with the license’s account key without another query',
    async () => {
      const db = await testDb();
      const f = await setupRuntime(db, { requireFingerprint: false });
      const second = await f.addLicense();
      await apiCall(validateKeyRoute, 'POST', '/licenses/validate-key', { body: { key: f.license.key } }); // warm: signing key, pools
      await quietFlushLoop(db);
      const spy = vi.spyOn(pg.Client.prototype, 'query');
      try {
        const res = await apiCall(validateKeyRoute, 'POST', '/licenses/validate-key', {
          body: { key: second.key },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('licentric-signature')).toMatch(
          /^kid="[^"]+", alg="ed25519", ts="\d+", sig="/,
        );
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    },
  );
});
