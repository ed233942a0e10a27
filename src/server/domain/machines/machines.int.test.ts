// Machines through HTTP: activation (License auth and API key), idempotent re-activation, fingerprint scopes,
// seat and fingerprint limits, license status, list/get ownership, deactivation rules, heartbeats, counters.
process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';
process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '0';

import { describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { testDb } from '../../../../tests/helpers.ts';
import {
  activateMachineRoute,
  deactivateMachineRoute,
  getMachineRoute,
  heartbeatMachineRoute,
  listMachinesRoute,
} from '@/server/rest/endpoints/machines.ts';
import { revokeLicense, suspendLicense } from '@/server/domain/licenses/license-lifecycle.ts';
import { getLicense } from '@/server/domain/licenses/license-queries.ts';
import { flushDeferredWrites } from '@/server/domain/usage/deferred-writes.ts';
import { call, setupRuntime, type RuntimeFixture } from '../../../../tests/fixtures/runtime.ts';
import { activateMachine, deactivateMachine } from './machines.ts';
import { type MachineView } from './machine-view.ts';

resetEnvForTests();

const lic = (key: string) => `License ${key}`;
const bearer = (key: string) => `Bearer ${key}`;

// The machine routes, called with an Authorization header value.
const activate = (body: Record<string, unknown>, authorization?: string) =>
  call(activateMachineRoute, 'POST', '/machines', body, authorization);
const listMachines = (query: string, authorization: string) =>
  call(listMachinesRoute, 'GET', `/machines${query}`, undefined, authorization);
const getMachine = (id: string, authorization: string) =>
  call(getMachineRoute, 'GET', `/machines/${id}`, undefined, authorization);
const deactivate = (id: string, authorization: string) =>
  call(deactivateMachineRoute, 'DELETE', `/machines/${id}`, undefined, authorization);
const heartbeat = (id: string, authorization: string) =>
  call(heartbeatMachineRoute, 'POST', `/machines/${id}/heartbeat`, undefined, authorization);
/** A machine activated through the domain function (no HTTP), for tests about what comes after. */
const activated = async (f: RuntimeFixture, licenseId: string, fingerprint: string) =>
  (await activateMachine(f.ctx, { licenseId, fingerprint })).machine;

describe('activate', () => {
  it('201 new, 200 same fingerprint (same machine, no new seat), machineCount and event', async () => {
    const db = await testDb();
    const f = await setupRuntime(db);
    const body = {
      fingerprint: 'fp-machine-0001',
      name: 'Laptop',
      platform: 'macos',
      hostname: 'mbp',
      cores: 8,
      metadata: { a: 1 },
    };
    const first = await activate(body, lic(f.license.key));
    expect(first.status).toBe(201);
    const machine = first.body.data as MachineView;
    expect(machine).toMatchObject({
      licenseId: f.license.id,
      fingerprint: 'fp-machine-0001',
      name: 'Laptop',
      platform: 'macos',
      hostname: 'mbp',
      cores: 8,
      heartbeatStatus: 'NOT_REQUIRED',
      lastHeartbeatAt: null,
      nextHeartbeatAt: null,
      metadata: { a: 1 },
    });
    const again = await activate({ fingerprint: 'fp-machine-0001' }, lic(f.license.key));
    expect(again.status).toBe(200);
    expect((again.body.data as MachineView).id).toBe(machine.id);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(1);
    expect(
      await db.event.count({
        where: { accountId: f.accountId, type: 'machine.activated', resourceId: machine.id },
      }),
    ).toBe(1);
    const event = await db.event.findFirstOrThrow({
      where: { type: 'machine.activated', resourceId: machine.id },
    });
    expect(event).toMatchObject({ actorType: 'license', actorId: f.license.id, resourceType: 'machine' });
    expect(event.data).toEqual(machine);
    const row = await db.machine.findUniqueOrThrow({ where: { id: machine.id } });
    expect(row.updatedAt.toISOString()).toBe(machine.updatedAt);
    expect(row.metadata).toEqual({ a: 1 });
    await flushDeferredWrites(db);
    expect((await db.dailyUsage.findFirstOrThrow({ where: { accountId: f.accountId } })).activations).toBe(1);
  });

  it('API key: needs machines:write and licenseId; 400 without licenseId; License auth cannot name another license', async () => {
    const db = await testDb();
    const f = await setupRuntime(db);
    const other = await f.addLicense();
    const writer = await f.apiKey(['machines:write']);
    const reader = await f.apiKey(['machines:read']);
    const ok = await activate({ licenseId: other.id, fingerprint: 'fp-vendor-0001' }, bearer(writer));
    expect(ok.status).toBe(201);
    expect((await activate({ fingerprint: 'fp-vendor-0002' }, bearer(writer))).status).toBe(400);
    expect(
      (await activate({ licenseId: other.id, fingerprint: 'fp-vendor-0003' }, bearer(reader))).status,
    ).toBe(403);
    const foreign = await activate(
      { licenseId: other.id, fingerprint: 'fp-vendor-0004' },
      lic(f.license.key),
    );
    expect(foreign.status).toBe(403);
    expect((await activate({ fingerprint: 'short' }, lic(f.license.key))).status).toBe(400);
    expect((await activate({ fingerprint: 'fp-anon-0001' })).status).toBe(401);
  });

  it('409 FINGERPRINT_TAKEN within the policy scope only', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { fingerprintUniqueness: 'PER_POLICY' });
    const sibling = await f.addLicense();
    expect((await activate({ fingerprint: 'fp-shared-0001' }, lic(f.license.key))).status).toBe(201);
    const taken = await activate({ fingerprint: 'fp-shared-0001' }, lic(sibling.key));
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('FINGERPRINT_TAKEN');
    // PER_LICENSE on another policy: the same fingerprint is fine
    const perLicense = await f.addPolicyLicense({ fingerprintUniqueness: 'PER_LICENSE' });
    expect((await activate({ fingerprint: 'fp-shared-0001' }, lic(perLicense.key))).status).toBe(201);
    // PER_ACCOUNT sees machines of every license of the account
    const perAccount = await f.addPolicyLicense({ fingerprintUniqueness: 'PER_ACCOUNT' });
    expect((await activate({ fingerprint: 'fp-shared-0001' }, lic(perAccount.key))).status).toBe(409);
    expect((await activate({ fingerprint: 'fp-unique-0002' }, lic(perAccount.key))).status).toBe(201);
  });

  it('422 MACHINE_LIMIT_EXCEEDED commits license.limit_reached', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 1 });
    expect((await activate({ fingerprint: 'fp-seat-0001' }, lic(f.license.key))).status).toBe(201);
    const full = await activate({ fingerprint: 'fp-seat-0002' }, lic(f.license.key));
    expect(full.status).toBe(422);
    expect(full.body).toMatchObject({
      code: 'MACHINE_LIMIT_EXCEEDED',
      details: { maxMachines: 1, machineCount: 1 },
    });
    const events = await db.event.findMany({
      where: { accountId: f.accountId, type: 'license.limit_reached' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toMatchObject({ id: f.license.id, machineCount: 1 });
    expect(events[0]?.data).not.toHaveProperty('key');
    // the same view the ORM-loaded license gives (entitlements, dates, metadata), as before the raw SQL read
    const { key: _key, allowedActions: _actions, ...expected } = await getLicense(f.ctx, f.license.id);
    const data = events[0]?.data as Record<string, unknown>;
    expect({ ...data, updatedAt: expected.updatedAt }).toEqual(expected);
    expect(await db.machine.count({ where: { licenseId: f.license.id } })).toBe(1);
  });

  it('422 FINGERPRINT_LIMIT_EXCEEDED counts deactivated machines; a known fingerprint may come back', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 1, floating: true, maxUniqueFingerprints: 2 });
    const a = await activated(f, f.license.id, 'fp-churn-000a');
    await deactivateMachine(f.ctx, a.id, { by: 'vendor' });
    const b = await activated(f, f.license.id, 'fp-churn-000b');
    await deactivateMachine(f.ctx, b.id, { by: 'vendor' });
    const c = await activate({ fingerprint: 'fp-churn-000c' }, lic(f.license.key));
    expect(c.status).toBe(422);
    expect(c.body.code).toBe('FINGERPRINT_LIMIT_EXCEEDED');
    expect((await activate({ fingerprint: 'fp-churn-000a' }, lic(f.license.key))).status).toBe(201);
  });

  it('422 LICENSE_NOT_ACTIVE for suspended and revoked; expired under RESTRICT_ACCESS may activate', async () => {
    const db = await testDb();
    const f = await setupRuntime(db);
    const key = await f.apiKey(['machines:write']);
    const suspended = await f.addLicense();
    await suspendLicense(f.ctx, suspended.id);
    const s = await activate({ licenseId: suspended.id, fingerprint: 'fp-status-0001' }, bearer(key));
    expect(s.status).toBe(422);
    expect(s.body.code).toBe('LICENSE_NOT_ACTIVE');
    const revoked = await f.addLicense();
    await revokeLicense(f.ctx, revoked.id);
    expect(
      (await activate({ licenseId: revoked.id, fingerprint: 'fp-status-0001' }, bearer(key))).body.code,
    ).toBe('LICENSE_NOT_ACTIVE');
    const expired = await f.addLicense({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await activate({ fingerprint: 'fp-status-0001' }, lic(expired.key))).status).toBe(201);
    expect(
      (await activate({ licenseId: f.license.id, fingerprint: 'fp-status-0002' }, bearer(key))).status,
    ).toBe(201);
  });
});

describe('list, get, deactivate, heartbeat', () => {
  it('License auth sees only its own machines; API keys need machines:read', async () => {
    const db = await testDb();
    const f = await setupRuntime(db);
    const other = await f.addLicense();
    const mine = await activated(f, f.license.id, 'fp-list-00001');
    const theirs = await activated(f, other.id, 'fp-list-00002');
    const own = await listMachines('', lic(f.license.key));
    expect(own.status).toBe(200);
    expect((own.body.data as MachineView[]).map((m) => m.id)).toEqual([mine.id]);
    expect((await listMachines(`?licenseId=${other.id}`, lic(f.license.key))).status).toBe(403);
    expect((await getMachine(mine.id, lic(f.license.key))).status).toBe(200);
    expect((await getMachine(theirs.id, lic(f.license.key))).status).toBe(403);
    const reader = await f.apiKey(['machines:read']);
    const all = await listMachines('', bearer(reader));
    expect((all.body.data as MachineView[]).map((m) => m.id).sort()).toEqual([mine.id, theirs.id].sort());
    const filtered = await listMachines(`?licenseId=${other.id}`, bearer(reader));
    expect((filtered.body.data as MachineView[]).map((m) => m.id)).toEqual([theirs.id]);
    expect((await getMachine(theirs.id, bearer(reader))).status).toBe(200);
    expect((await listMachines('', bearer(await f.apiKey(['licenses:read'])))).status).toBe(403);
    // another account's key: 404
    const stranger = await setupRuntime(db);
    expect((await getMachine(mine.id, bearer(await stranger.apiKey()))).status).toBe(404);
  });

  it('holder deactivation: 422 on node-locked, allowed when floating or with transfer; vendor always', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { floating: false, allowMachineTransfer: false });
    const locked = await activated(f, f.license.id, 'fp-deact-0001');
    const refused = await deactivate(locked.id, lic(f.license.key));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('DEACTIVATION_NOT_ALLOWED');
    const vendor = await deactivate(locked.id, bearer(await f.apiKey(['machines:write'])));
    expect(vendor.status).toBe(204);
    const row = await db.machine.findUniqueOrThrow({ where: { id: locked.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deactivatedBy).toBe('api_key');
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(0);
    expect((await getMachine(locked.id, lic(f.license.key))).status).toBe(404);
    expect((await deactivate(locked.id, bearer(await f.apiKey()))).status).toBe(404);

    for (const rules of [{ floating: true }, { allowMachineTransfer: true }]) {
      const license = await f.addPolicyLicense(rules);
      const machine = await activated(f, license.id, 'fp-deact-0002');
      expect((await deactivate(machine.id, lic(license.key))).status).toBe(204);
      expect((await db.machine.findUniqueOrThrow({ where: { id: machine.id } })).deactivatedBy).toBe(
        'license',
      );
      expect(await db.event.count({ where: { type: 'machine.deactivated', resourceId: machine.id } })).toBe(
        1,
      );
      // the seat is free again
      expect((await activate({ fingerprint: 'fp-deact-0003' }, lic(license.key))).status).toBe(201);
    }
  });

  it('heartbeat: ALIVE with nextHeartbeatAt; 404 once deactivated', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 30,
      floating: true,
    });
    const machine = await activated(f, f.license.id, 'fp-beat-00001');
    expect(machine).toMatchObject({ heartbeatStatus: 'NOT_STARTED', lastHeartbeatAt: null });
    expect(Date.parse(machine.nextHeartbeatAt ?? '')).toBe(Date.parse(machine.createdAt) + 30 * 60_000);
    const ping = await heartbeat(machine.id, lic(f.license.key));
    expect(ping.status).toBe(200);
    const beat = ping.body.data as MachineView;
    expect(beat.heartbeatStatus).toBe('ALIVE');
    expect(Date.parse(beat.nextHeartbeatAt ?? '')).toBe(Date.parse(beat.lastHeartbeatAt ?? '') + 30 * 60_000);
    expect(await db.event.count({ where: { type: 'machine.heartbeat', resourceId: machine.id } })).toBe(1);
    expect((await heartbeat(machine.id, bearer(await f.apiKey(['machines:write'])))).status).toBe(200);
    const other = await f.addLicense();
    expect((await heartbeat(machine.id, lic(other.key))).status).toBe(403);
    await deactivateMachine(f.ctx, machine.id, { by: 'holder' });
    expect((await heartbeat(machine.id, lic(f.license.key))).status).toBe(404);
  });

  it('heartbeat: the event carries the answer; a dead machine revives; other accounts and bad ids get 404', async () => {
    const db = await testDb();
    for (const requireHeartbeat of [true, false]) {
      const f = await setupRuntime(db, { requireHeartbeat, heartbeatIntervalMinutes: 45 });
      const machine = await activated(f, f.license.id, 'fp-beat-event-1');
      await db.machine.update({ where: { id: machine.id }, data: { deadAt: new Date(Date.now() - 1000) } });
      const ping = await heartbeat(machine.id, lic(f.license.key));
      expect(ping.status).toBe(200);
      const beat = ping.body.data as MachineView;
      expect(beat.heartbeatStatus).toBe(requireHeartbeat ? 'ALIVE' : 'NOT_REQUIRED');
      expect((await db.machine.findUniqueOrThrow({ where: { id: machine.id } })).deadAt).toBeNull();
      const event = await db.event.findFirstOrThrow({
        where: { type: 'machine.heartbeat', resourceId: machine.id },
      });
      expect(event).toMatchObject({
        accountId: f.accountId,
        environment: 'test',
        actorType: 'license',
        actorId: f.license.id,
        resourceType: 'machine',
        dispatchedAt: null,
      });
      expect(event.data).toEqual(beat);
      const stranger = await setupRuntime(db);
      expect((await heartbeat(machine.id, bearer(await stranger.apiKey(['machines:write'])))).status).toBe(
        404,
      );
      expect((await heartbeat('not-a-uuid', lic(f.license.key))).status).toBeGreaterThanOrEqual(400);
    }
  });

  it('a burst of heartbeats: each answered with its own machine and event; refused ones write nothing', async () => {
    // On PostgreSQL concurrent heartbeats share statements (group commit): a refusal or a repeat in a batch must
    // touch only its own caller.
    const db = await testDb();
    const f = await setupRuntime(db, {
      maxMachines: null,
      allowUnlimitedActivations: true,
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 30,
    });
    const other = await f.addLicense();
    const machines = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        activated(f, f.license.id, `fp-burst-${String(i).padStart(4, '0')}`),
      ),
    );
    const foreign = await activated(f, other.id, 'fp-burst-foreign');
    const gone = await activated(f, f.license.id, 'fp-burst-gone');
    await deactivateMachine(f.ctx, gone.id, { by: 'vendor' });
    const stranger = await setupRuntime(db);
    const strangers = await activated(stranger, stranger.license.id, 'fp-burst-stranger');

    const targets = [
      ...machines.map((m) => ({ id: m.id, expect: 200 })),
      ...[0, 1, 2].map(() => ({ id: machines[0]!.id, expect: 200 })), // the same machine three more times
      { id: foreign.id, expect: 403 }, // another license's machine
      { id: gone.id, expect: 404 }, // deactivated
      { id: strangers.id, expect: 404 }, // another account's machine
      { id: crypto.randomUUID(), expect: 404 },
    ];
    const answers = await Promise.all(targets.map((t) => heartbeat(t.id, lic(f.license.key))));
    expect(answers.map((a) => a.status)).toEqual(targets.map((t) => t.expect));

    const events = await db.event.findMany({
      where: { type: 'machine.heartbeat', accountId: { in: [f.accountId, stranger.accountId] } },
    });
    const ok = answers.filter((a) => a.status === 200).map((a) => a.body.data as MachineView);
    expect(events).toHaveLength(ok.length);
    if (process.env.DATABASE_URL) {
      // batches did form: a batch's events share their transaction's timestamp
      expect(new Set(events.map((e) => e.createdAt.getTime())).size).toBeLessThan(events.length);
    }
    expect(events.map((e) => e.data)).toEqual(expect.arrayContaining(ok));
    for (const [i, answer] of ok.entries()) {
      expect(answer).toMatchObject({ id: targets[i]!.id, licenseId: f.license.id, heartbeatStatus: 'ALIVE' });
    }
    for (const m of machines) {
      const row = await db.machine.findUniqueOrThrow({ where: { id: m.id } });
      expect(row.lastHeartbeatAt).not.toBeNull();
    }
    for (const untouched of [foreign, gone, strangers]) {
      expect(
        (await db.machine.findUniqueOrThrow({ where: { id: untouched.id } })).lastHeartbeatAt,
      ).toBeNull();
    }
  });
});
