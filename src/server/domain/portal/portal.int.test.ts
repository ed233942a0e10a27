// Customer portal against the database: key sign-in (authority, generic failure, rate limits), the page's view,
// deactivation rules (policy, status, daily limit, audit actor) and isolation between vendors and environments.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { testDb } from '../../../../tests/helpers.ts';
import { revokeLicense, suspendLicense } from '@/server/domain/licenses/license-lifecycle.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { resetRateLimitsForTests } from '@/server/shared/rate-limit.ts';
import {
  signPortalSession,
  verifyPortalSession,
  type PortalSession,
} from '../../../../app/portal/_session/session.ts';
import {
  checkoutPortalMachine,
  deactivatePortalMachine,
  getPortalMachine,
  loadPortalView,
} from './portal.ts';
import { signInWithLicenseKey } from './sign-in.ts';
import { activate, createLicenseFixture, createVendor } from '../../../../tests/fixtures/portal.ts';

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

function sessionFor(subject: Parameters<typeof signPortalSession>[0], now = new Date()): PortalSession {
  const session = verifyPortalSession(signPortalSession(subject, now), now);
  if (!session) throw new Error('session did not verify');
  return session;
}

afterEach(() => {
  delete process.env.PORTAL_DEACTIVATIONS_PER_DAY;
  resetEnvForTests();
});

describe('portal sign-in with a license key', () => {
  it('signs in with a valid key (any case, spaces) and fails the same way for unknown, revoked and malformed keys', async () => {
    const db = await testDb();
    const vendor = await createVendor(db);
    const license = await createLicenseFixture(vendor);
    const ok = await signInWithLicenseKey({ db }, { key: `  ${license.key.toLowerCase()} `, ip: ip() });
    expect(ok).toEqual({ ok: true, subject: { kind: 'license', licenseId: license.id } });

    const revoked = await createLicenseFixture(vendor);
    await revokeLicense(vendor.ctx, revoked.id);
    for (const key of ['PF-AAAA-BBBB-CCCC-DDDD', revoked.key, 'x', '']) {
      expect(await signInWithLicenseKey({ db }, { key, ip: ip() })).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('limits attempts per key (10 a minute) and per client IP (30 a minute)', async () => {
    resetRateLimitsForTests();
    const db = await testDb();
    const vendor = await createVendor(db);
    const license = await createLicenseFixture(vendor);
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(await signInWithLicenseKey({ db }, { key: license.key, ip: ip() }));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, reason: 'rate_limited' });

    const sameIp = ip();
    const outcomes = [];
    for (let i = 0; i < 31; i++)
      outcomes.push(await signInWithLicenseKey({ db }, { key: `PF-WRNG-${i}-KEY-XXXX`, ip: sameIp }));
    expect(outcomes.slice(0, 30).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(outcomes[30]).toMatchObject({ ok: false, reason: 'rate_limited' });
    // a valid key from a blocked IP is refused too
    const other = await createLicenseFixture(vendor);
    expect(await signInWithLicenseKey({ db }, { key: other.key, ip: sameIp })).toMatchObject({
      ok: false,
      reason: 'rate_limited',
    });
  });
});

describe('portal view', () => {
  it('shows product, vendor, status, entitlements and machines with heartbeat status', async () => {
    const db = await testDb();
    const vendor = await createVendor(db, { name: 'Acme Imaging' });
    const license = await createLicenseFixture(vendor, {
      entitlementCode: 'pro-export',
      requireHeartbeat: true,
    });
    await activate(vendor, license.id, 'studio');
    await activate(vendor, license.id, 'laptop');
    const view = await loadPortalView({
      db,
      subject: sessionFor({ kind: 'license', licenseId: license.id }),
    });
    expect(view).not.toBeNull();
    expect(view!.vendor.name).toBe('Acme Imaging');
    expect(view!.environment).toBe('live');
    expect(view!.licenses).toHaveLength(1);
    const [shown] = view!.licenses;
    expect(shown).toMatchObject({
      id: license.id,
      productName: 'PhotoForge',
      status: 'active',
      statusReason: null,
    });
    expect(shown!.entitlements).toEqual([{ code: 'pro-export', name: 'Pro export' }]);
    expect(shown!.machines.map((m) => [m.name, m.hostname, m.platform, m.heartbeatStatus])).toEqual([
      ['studio', 'studio.local', 'macos', 'NOT_STARTED'],
      ['laptop', 'laptop.local', 'macos', 'NOT_STARTED'],
    ]);
    expect(shown!.deactivation).toEqual({ allowed: false, reason: 'node_locked' });
  });

  it('explains a suspended license and ends the session of a revoked one', async () => {
    const db = await testDb();
    const vendor = await createVendor(db, { name: 'Acme' });
    const license = await createLicenseFixture(vendor, { floating: true });
    const session = sessionFor({ kind: 'license', licenseId: license.id });
    await suspendLicense(vendor.ctx, license.id);
    const view = await loadPortalView({ db, subject: session });
    expect(view!.licenses[0]!.status).toBe('suspended');
    expect(view!.licenses[0]!.statusReason).toMatch(/suspended by Acme/);
    expect(view!.licenses[0]!.deactivation).toEqual({ allowed: false, reason: 'license_inactive' });
    await revokeLicense(vendor.ctx, license.id);
    expect(await loadPortalView({ db, subject: session })).toBeNull();
  });
});

describe('deactivation from the portal', () => {
  it('is refused for a node-locked license without transfer', async () => {
    const db = await testDb();
    const vendor = await createVendor(db);
    const license = await createLicenseFixture(vendor);
    const machineId = await activate(vendor, license.id, 'pc');
    const session = sessionFor({ kind: 'license', licenseId: license.id });
    await expect(deactivatePortalMachine({ db, subject: session }, machineId)).rejects.toMatchObject({
      code: 'DEACTIVATION_NOT_ALLOWED',
    });
    expect(await db.machine.findUnique({ where: { id: machineId } })).toMatchObject({ deletedAt: null });
  });

  it('frees the seat of a floating or transferable license and writes machine.deactivated by the customer', async () => {
    const db = await testDb();
    const vendor = await createVendor(db);
    for (const rules of [{ floating: true }, { allowMachineTransfer: true }]) {
      const license = await createLicenseFixture(vendor, { ...rules, maxMachines: 2 });
      const machineId = await activate(vendor, license.id, 'old');
      await activate(vendor, license.id, 'other');
      await deactivatePortalMachine(
        { db, subject: sessionFor({ kind: 'license', licenseId: license.id }) },
        machineId,
      );
      const machine = await db.machine.findUniqueOrThrow({ where: { id: machineId } });
      expect(machine.deletedAt).not.toBeNull();
      expect(machine.deactivatedBy).toBe('customer');
      expect((await db.license.findUniqueOrThrow({ where: { id: license.id } })).machineCount).toBe(1);
      const event = await db.event.findFirstOrThrow({
        where: { type: 'machine.deactivated', resourceId: machineId },
      });
      expect(event).toMatchObject({
        actorType: 'customer',
        actorId: license.id,
        accountId: vendor.accountId,
      });
      await expect(activate(vendor, license.id, 'new')).resolves.toEqual(expect.any(String));
    }
  });

  it('allows PORTAL_DEACTIVATIONS_PER_DAY per license in 24 hours', async () => {
    process.env.PORTAL_DEACTIVATIONS_PER_DAY = '2';
    resetEnvForTests();
    const db = await testDb();
    const vendor = await createVendor(db);
    const license = await createLicenseFixture(vendor, { floating: true });
    const start = new Date();
    const ids = [];
    for (const name of ['a', 'b', 'c', 'd']) ids.push(await activate(vendor, license.id, name, start));
    const session = sessionFor({ kind: 'license', licenseId: license.id }, start);
    await deactivatePortalMachine({ db, subject: session }, ids[0]!, start);
    await deactivatePortalMachine({ db, subject: session }, ids[1]!, new Date(start.getTime() + 60_000));
    const third = new Date(start.getTime() + 120_000);
    await expect(deactivatePortalMachine({ db, subject: session }, ids[2]!, third)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect((await getPortalMachine({ db, subject: session }, ids[2]!, third)).deactivation).toEqual({
      allowed: false,
      reason: 'daily_limit',
    });
    expect((await loadPortalView({ db, subject: session }, third))!.licenses[0]!.deactivationsLeft).toBe(0);
    // a day after the first one, one slot is free again
    const nextDay = new Date(start.getTime() + 86_400_000 + 30_000);
    await deactivatePortalMachine(
      { db, subject: sessionFor({ kind: 'license', licenseId: license.id }, nextDay) },
      ids[2]!,
      nextDay,
    );
    // vendor deactivations do not count
    expect(await db.machine.count({ where: { licenseId: license.id, deactivatedBy: 'customer' } })).toBe(3);
  });
});

describe('deactivation from the portal, concurrently', () => {
  it('counts the daily limit under the license lock: simultaneous deactivations cannot both pass', async () => {
    process.env.PORTAL_DEACTIVATIONS_PER_DAY = '2';
    resetEnvForTests();
    const db = await testDb();
    const vendor = await createVendor(db);
    const license = await createLicenseFixture(vendor, { floating: true, maxMachines: 10 });
    const ids = [];
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) ids.push(await activate(vendor, license.id, name));
    const session = sessionFor({ kind: 'license', licenseId: license.id });
    // six requests at once (separate connections on PostgreSQL), one per machine: the limit is 2
    const outcomes = await Promise.allSettled(
      ids.map((id) => deactivatePortalMachine({ db, subject: session }, id)),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(refused.map((o) => (o.reason as { code?: string }).code)).toEqual(Array(4).fill('RATE_LIMITED'));
    expect(await db.machine.count({ where: { licenseId: license.id, deactivatedBy: 'customer' } })).toBe(2);
    expect(await db.machine.count({ where: { licenseId: license.id, deletedAt: null } })).toBe(4);
    expect((await db.license.findUniqueOrThrow({ where: { id: license.id } })).machineCount).toBe(4);
    expect(
      await db.event.count({ where: { accountId: vendor.accountId, type: 'machine.deactivated' } }),
    ).toBe(2);
  });
});

describe('machine ids from URLs and forms', () => {
  it.each(['not-a-uuid', '', '%00', 'a\u0000b', '00000000-0000-0000-0000-00000000000g', `${randomUUID()}x`])(
    'a malformed id (%j) is NOT_FOUND for the page, the deactivation and the download',
    async (id) => {
      const db = await testDb();
      const vendor = await createVendor(db);
      const license = await createLicenseFixture(vendor, { floating: true });
      await activate(vendor, license.id, 'mine');
      const session = sessionFor({ kind: 'license', licenseId: license.id });
      await expect(getPortalMachine({ db, subject: session }, id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(deactivatePortalMachine({ db, subject: session }, id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(checkoutPortalMachine({ db, subject: session }, id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    },
  );
});

describe('isolation', () => {
  it("never shows or touches another vendor's data", async () => {
    const db = await testDb();
    const a = await createVendor(db, { name: 'Vendor A' });
    const b = await createVendor(db, { name: 'Vendor B' });
    const licenseA = await createLicenseFixture(a, { floating: true, userEmail: 'same@example.com' });
    const licenseB = await createLicenseFixture(b, { floating: true, userEmail: 'same@example.com' });
    await activate(a, licenseA.id, 'mine');
    const foreign = await activate(b, licenseB.id, 'theirs');

    const keySession = sessionFor({ kind: 'license', licenseId: licenseA.id });
    const view = await loadPortalView({ db, subject: keySession });
    expect(view!.vendor.name).toBe('Vendor A');
    expect(view!.licenses.map((l) => l.id)).toEqual([licenseA.id]);
    expect(view!.licenses.flatMap((l) => l.machines.map((m) => m.name))).toEqual(['mine']);
    await expect(getPortalMachine({ db, subject: keySession }, foreign)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(deactivatePortalMachine({ db, subject: keySession }, foreign)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const emailSession = sessionFor({
      kind: 'email',
      accountId: a.accountId,
      environment: 'live',
      email: 'SAME@example.com',
    });
    const emailView = await loadPortalView({ db, subject: emailSession });
    expect(emailView!.licenses.map((l) => l.id)).toEqual([licenseA.id]);
    await expect(deactivatePortalMachine({ db, subject: emailSession }, foreign)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await db.machine.findUniqueOrThrow({ where: { id: foreign } })).toMatchObject({ deletedAt: null });
  });

  it('a test-environment key signs in and shows only test data', async () => {
    const db = await testDb();
    const live = await createVendor(db, { name: 'Dual' });
    const test = { ...live, ctx: { ...live.ctx, environment: 'test' as const } };
    const testProduct = await createProduct(test.ctx, {
      name: 'PhotoForge (test)',
      code: 'pf-test',
      keyPrefix: 'PF',
    });
    const testVendor = { ...test, productId: testProduct.id };
    const liveLicense = await createLicenseFixture(live, { userEmail: 'buyer@example.com', floating: true });
    const testLicense = await createLicenseFixture(testVendor, {
      userEmail: 'buyer@example.com',
      floating: true,
    });
    const liveMachine = await activate(live, liveLicense.id, 'live-box');
    await activate(testVendor, testLicense.id, 'test-box');

    const signedIn = await signInWithLicenseKey({ db }, { key: testLicense.key, ip: ip() });
    expect(signedIn.ok).toBe(true);
    const session = sessionFor(signedIn.ok ? signedIn.subject : { kind: 'license', licenseId: '' });
    const view = await loadPortalView({ db, subject: session });
    expect(view!.environment).toBe('test');
    expect(view!.licenses.map((l) => l.productName)).toEqual(['PhotoForge (test)']);
    expect(view!.licenses[0]!.machines.map((m) => m.name)).toEqual(['test-box']);
    await expect(deactivatePortalMachine({ db, subject: session }, liveMachine)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const emailView = await loadPortalView({
      db,
      subject: sessionFor({
        kind: 'email',
        accountId: live.accountId,
        environment: 'test',
        email: 'buyer@example.com',
      }),
    });
    expect(emailView!.licenses.map((l) => l.id)).toEqual([testLicense.id]);
  });
});

describe('offline license file from the portal', () => {
  it("downloads the signed file of the customer's own machine, with the customer as actor", async () => {
    const db = await testDb();
    const vendor = await createVendor(db);
    const other = await createVendor(db);
    const license = await createLicenseFixture(vendor);
    const machineId = await activate(vendor, license.id, 'workstation');
    const foreign = await activate(other, (await createLicenseFixture(other)).id, 'elsewhere');
    const session = sessionFor({ kind: 'license', licenseId: license.id });
    const file = await checkoutPortalMachine({ db, subject: session }, machineId);
    expect(file.certificate).toMatch(/^-----BEGIN LICENTRIC LICENSE-----/);
    expect(file.filename).toBe('workstation.lic');
    const event = await db.event.findFirstOrThrow({
      where: { type: 'license.checked_out', resourceId: license.id },
    });
    expect(event).toMatchObject({ actorType: 'customer', actorId: license.id });
    await expect(checkoutPortalMachine({ db, subject: session }, foreign)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
