// Background jobs with a moved clock: license expiry (license.expired once; REVOKE → revoked + license.revoked)
// and dead-machine culling (machine.dead once; DEACTIVATE_DEAD frees the seat, KEEP_DEAD keeps it and revives on
// the next heartbeat) — each run twice and by two concurrent runs. Plus the runner and the worker's refusal.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/helpers.ts';
import { activateMachine, getMachine, heartbeatMachine } from '@/server/domain/machines/machines.ts';
import { validateLicenseKey } from '@/server/domain/validation/validate-key.ts';
import { setupRuntime } from '../../../tests/fixtures/runtime.ts';
import { expireLicenses } from './expire-licenses.ts';
import { cullDeadMachines } from './cull-dead-machines.ts';
import { defineJob } from './registry.ts';
import { startJobs } from './runner.ts';

const HOUR = 3600_000;
const MINUTE = 60_000;
const later = (ms: number) => new Date(Date.now() + ms);

describe('expire-licenses', () => {
  it('expires due licenses once (twice in a row, and two concurrent runs)', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {}, { expiresAt: later(HOUR).toISOString() });
    const second = await f.addLicense({ expiresAt: later(2 * HOUR).toISOString() });
    const perpetual = await f.addLicense({ expiresAt: null });
    const filter = { accountId: f.accountId };

    expect(await expireLicenses(db, later(30 * MINUTE), filter)).toBe(0);
    expect(await expireLicenses(db, later(90 * MINUTE), filter)).toBe(1);
    expect(await expireLicenses(db, later(90 * MINUTE), filter)).toBe(0);
    const concurrent = await Promise.all([
      expireLicenses(db, later(3 * HOUR), filter),
      expireLicenses(db, later(3 * HOUR), filter),
    ]);
    expect(concurrent[0] + concurrent[1]).toBe(1);

    const statuses = await db.license.findMany({
      where: { accountId: f.accountId },
      select: { id: true, status: true },
    });
    const byId = new Map(statuses.map((s) => [s.id, s.status]));
    expect(byId.get(f.license.id)).toBe('expired');
    expect(byId.get(second.id)).toBe('expired');
    expect(byId.get(perpetual.id)).toBe('active');
    const events = await db.event.findMany({ where: { accountId: f.accountId, type: 'license.expired' } });
    expect(events.map((e) => e.resourceId).sort()).toEqual([f.license.id, second.id].sort());
    expect(events[0]).toMatchObject({ actorType: 'system', resourceType: 'license' });
    expect(events[0]?.data).toMatchObject({ status: 'expired' });
    expect(events[0]?.data).not.toHaveProperty('key');
  });

  it('REVOKE strategy → revoked with license.revoked', async () => {
    const db = await testDb();
    const f = await setupRuntime(
      db,
      { expirationStrategy: 'REVOKE' },
      { expiresAt: later(HOUR).toISOString() },
    );
    const runs = await Promise.all([
      expireLicenses(db, later(2 * HOUR), { accountId: f.accountId }),
      expireLicenses(db, later(2 * HOUR), { accountId: f.accountId }),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).status).toBe('revoked');
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'license.revoked' } })).toBe(1);
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'license.expired' } })).toBe(0);
  });
});

describe('cull-dead-machines', () => {
  it('DEACTIVATE_DEAD: machine.dead and machine.deactivated once, seat freed', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 60,
      heartbeatCullStrategy: 'DEACTIVATE_DEAD',
    });
    const alive = (await activateMachine(f.ctx, { licenseId: f.license.id, fingerprint: 'fp-cull-alive' }))
      .machine;
    const dying = (await activateMachine(f.ctx, { licenseId: f.license.id, fingerprint: 'fp-cull-dying' }))
      .machine;
    await heartbeatMachine(f.ctx, alive.id, later(50 * MINUTE));
    const filter = { accountId: f.accountId };

    expect(await cullDeadMachines(db, later(61 * MINUTE), filter)).toBe(0); // within interval + 2 min grace
    const runs = await Promise.all([
      cullDeadMachines(db, later(63 * MINUTE), filter),
      cullDeadMachines(db, later(63 * MINUTE), filter),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await cullDeadMachines(db, later(63 * MINUTE), filter)).toBe(0);

    const row = await db.machine.findUniqueOrThrow({ where: { id: dying.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deactivatedBy).toBe('system');
    expect((await db.machine.findUniqueOrThrow({ where: { id: alive.id } })).deletedAt).toBeNull();
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(1);
    expect(await db.event.count({ where: { type: 'machine.dead', resourceId: dying.id } })).toBe(1);
    expect(await db.event.count({ where: { type: 'machine.deactivated', resourceId: dying.id } })).toBe(1);
    expect(await db.event.count({ where: { type: 'machine.dead', resourceId: alive.id } })).toBe(0);
    await expect(heartbeatMachine(f.ctx, dying.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('KEEP_DEAD: machine.dead once, seat kept, validation needs a heartbeat, the next heartbeat revives it', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 60,
      heartbeatCullStrategy: 'KEEP_DEAD',
    });
    const machine = (await activateMachine(f.ctx, { licenseId: f.license.id, fingerprint: 'fp-keep-dead1' }))
      .machine;
    await heartbeatMachine(f.ctx, machine.id);
    const filter = { accountId: f.accountId };
    const runs = await Promise.all([
      cullDeadMachines(db, later(2 * HOUR), filter),
      cullDeadMachines(db, later(2 * HOUR), filter),
    ]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await cullDeadMachines(db, later(3 * HOUR), filter)).toBe(0); // still the same gap: no second event

    const row = await db.machine.findUniqueOrThrow({ where: { id: machine.id } });
    expect(row.deletedAt).toBeNull();
    expect(row.deadAt).not.toBeNull();
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(1);
    expect((await getMachine(f.ctx, machine.id)).heartbeatStatus).toBe('DEAD');
    expect(await db.event.count({ where: { type: 'machine.dead', resourceId: machine.id } })).toBe(1);
    expect(await db.event.count({ where: { type: 'machine.deactivated', resourceId: machine.id } })).toBe(0);
    expect(
      (await validateLicenseKey({ db }, { key: f.license.key, fingerprint: 'fp-keep-dead1' })).answer.code,
    ).toBe('HEARTBEAT_REQUIRED');

    const revived = await heartbeatMachine(f.ctx, machine.id);
    expect(revived.heartbeatStatus).toBe('ALIVE');
    expect((await db.machine.findUniqueOrThrow({ where: { id: machine.id } })).deadAt).toBeNull();
    expect(
      (await validateLicenseKey({ db }, { key: f.license.key, fingerprint: 'fp-keep-dead1' })).answer.code,
    ).toBe('VALID');
    // a new gap is a new death
    expect(await cullDeadMachines(db, later(2 * HOUR), filter)).toBe(1);
    expect(await db.event.count({ where: { type: 'machine.dead', resourceId: machine.id } })).toBe(2);
  });

  it('policies without heartbeats are never culled', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireHeartbeat: false });
    await activateMachine(f.ctx, { licenseId: f.license.id, fingerprint: 'fp-no-beats1' });
    expect(await cullDeadMachines(db, later(1000 * HOUR), { accountId: f.accountId })).toBe(0);
  });
});

describe('runner and worker', () => {
  it('startJobs runs each job on its interval and stops cleanly', async () => {
    const db = await testDb();
    let runs = 0;
    let active = 0;
    let overlapped = false;
    const ticker = defineJob({
      name: 'test-ticker',
      intervalMs: 20,
      run: async () => {
        active += 1;
        if (active > 1) overlapped = true;
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return 0;
      },
    });
    // only this job: the real ones would sweep every other test's data in the shared database
    const runner = startJobs(db, { log: () => {}, jobs: [ticker] });
    expect(startJobs(db)).toBe(runner); // once per process
    // at least 3 passes; waits longer when the event loop is busy (a loaded machine, the embedded database)
    for (const deadline = Date.now() + 10_000; runs < 3 && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await runner.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs).toBe(after);
  });

  it('npm run worker refuses the embedded database', async () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: '',
      LICENTRIC_DATA_DIR: '/tmp/licentric-worker-refusal',
    };
    const outcome = await promisify(execFile)(tsx, ['src/server/jobs/worker.ts'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('needs PostgreSQL');
  });
});
