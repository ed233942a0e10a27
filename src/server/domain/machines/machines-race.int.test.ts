// Seat limits under concurrency (DOMAIN.md §5), against PostgreSQL: 50 simultaneous activations with 3 free
// seats → exactly 3 machines, in one process and spread over two processes; concurrent re-activation of one
// fingerprint → one machine; cross-license fingerprint scopes hold under concurrency (advisory lock); heartbeat
// batches of two processes on the same machines neither fail nor lose a heartbeat.
process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';
process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '0';

import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { testDb } from '../../../../tests/helpers.ts';
import pg from 'pg';
import { activateMachineRoute, heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { HOT_STATEMENT_TIMEOUT_MS } from '@/server/domain/validation/hot-lookup.ts';
import { call, setupRuntime } from '../../../../tests/fixtures/runtime.ts';
import { activateMachine } from './machines.ts';

resetEnvForTests();

const embedded = !process.env.DATABASE_URL;
const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

interface Answer {
  status: number;
  code: string | null;
}
interface Child<T> {
  ready: Promise<void>;
  result: Promise<T>;
  go: () => void;
}

/** A child process (tests/children/<script>) that answers "ready", acts on "go" and prints one JSON line. */
function startChild<T>(script: string, args: string[], pick: (line: Record<string, unknown>) => T): Child<T> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, [path.resolve('tests/children', script), ...args], {
    env: process.env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const result = new Promise<T>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') markReady();
      else if (line.startsWith('{')) resolve(pick(JSON.parse(line) as Record<string, unknown>));
    });
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code ?? 'a signal'} before answering`)),
    );
  });
  return { ready, result, go: () => child.stdin.write('go\n') };
}

const activationChild = (key: string, count: number, prefix: string) =>
  startChild('activation-race.child.ts', [key, String(count), prefix], (line) => line.answers as Answer[]);

describe.skipIf(embedded)('activation races (PostgreSQL)', () => {
  it('50 concurrent activations, 3 free seats → exactly 3 machines and 47 × 422', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 3 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(
          activateMachineRoute,
          'POST',
          '/machines',
          { fingerprint: `fp-race-${i}-xxxx` },
          `License ${f.license.key}`,
        ),
      ),
    );
    expect(tally(results.map((r) => r.status))).toEqual({ 201: 3, 422: 47 });
    expect(
      results.filter((r) => r.status === 422).every((r) => r.body.code === 'MACHINE_LIMIT_EXCEEDED'),
    ).toBe(true);
    expect(await db.machine.count({ where: { licenseId: f.license.id, deletedAt: null } })).toBe(3);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(3);
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'license.limit_reached' } })).toBe(
      47,
    );
  });

  it('the same spread over two processes (25 each) → exactly 3 machines, 47 × MACHINE_LIMIT_EXCEEDED, their events', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 3 });
    const children = [
      activationChild(f.license.key, 25, 'fp-proc-a'),
      activationChild(f.license.key, 25, 'fp-proc-b'),
    ];
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.go();
    const answers = (await Promise.all(children.map((c) => c.result))).flat();
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 3, 422: 47 });
    expect(answers.filter((a) => a.status === 422).map((a) => a.code)).toEqual(
      Array<string>(47).fill('MACHINE_LIMIT_EXCEEDED'),
    );
    expect(answers.filter((a) => a.status === 201).map((a) => a.code)).toEqual([null, null, null]);
    const machines = await db.machine.findMany({ where: { licenseId: f.license.id, deletedAt: null } });
    expect(machines).toHaveLength(3);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(3);
    // each state change has its event, and each refusal its license.limit_reached
    const activated = await db.event.findMany({
      where: { accountId: f.accountId, type: 'machine.activated' },
    });
    expect(activated.map((e) => e.resourceId).sort()).toEqual(machines.map((m) => m.id).sort());
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'license.limit_reached' } })).toBe(
      47,
    );
  }, 90_000);

  it('20 concurrent re-activations of one fingerprint → one machine (1 × 201, 19 × 200)', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 3 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(
          activateMachineRoute,
          'POST',
          '/machines',
          { fingerprint: 'fp-same-machine' },
          `License ${f.license.key}`,
        ),
      ),
    );
    expect(tally(results.map((r) => r.status))).toEqual({ 200: 19, 201: 1 });
    expect(new Set(results.map((r) => (r.body.data as { id: string }).id)).size).toBe(1);
    expect(await db.machine.count({ where: { licenseId: f.license.id } })).toBe(1);
    expect((await db.license.findUniqueOrThrow({ where: { id: f.license.id } })).machineCount).toBe(1);
  });

  it('PER_ACCOUNT uniqueness across licenses under concurrency → one machine', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { maxMachines: 3, fingerprintUniqueness: 'PER_ACCOUNT' });
    const licenses = [f.license, await f.addLicense(), await f.addLicense(), await f.addLicense()];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        activateMachine(f.ctx, { licenseId: licenses[i % 4]!.id, fingerprint: 'fp-everywhere' }),
      ),
    );
    expect(
      await db.machine.count({
        where: { accountId: f.accountId, fingerprint: 'fp-everywhere', deletedAt: null },
      }),
    ).toBe(1);
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(rejected.every((o) => (o.reason as { code?: string }).code === 'FINGERPRINT_TAKEN')).toBe(true);
    expect(rejected.length).toBe(15); // the 5 calls on the winning license get the same machine back
  });

  it('heartbeats from two processes on the same machines (their batches overlap): all 200, one event each', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {
      maxMachines: null,
      allowUnlimitedActivations: true,
      requireHeartbeat: true,
    });
    const machines = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        activateMachine(f.ctx, { licenseId: f.license.id, fingerprint: `fp-beat-${i}-xxxx` }),
      ),
    );
    const ids = machines.map((m) => m.machine.id).join(',');
    const children = [0, 1].map(() =>
      startChild('heartbeat-burst.child.ts', [f.license.key, ids, '3'], (line) => line.statuses as number[]),
    );
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.go();
    const statuses = (await Promise.all(children.map((c) => c.result))).flat();
    expect(tally(statuses)).toEqual({ 200: 180 });
    expect(await db.event.count({ where: { accountId: f.accountId, type: 'machine.heartbeat' } })).toBe(180);
    const beaten = await db.machine.findMany({ where: { licenseId: f.license.id } });
    expect(beaten.every((m) => m.lastHeartbeatAt !== null)).toBe(true);
  }, 90_000);

  it('a heartbeat stuck behind a row lock answers 503 after the statement limit, and holds up no other machine', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, {
      maxMachines: null,
      allowUnlimitedActivations: true,
      requireHeartbeat: true,
    });
    const [locked, free] = await Promise.all(
      ['fp-locked-xxxx', 'fp-free-xxxxx'].map(async (fingerprint) => {
        return (await activateMachine(f.ctx, { licenseId: f.license.id, fingerprint })).machine;
      }),
    );
    const beat = (id: string) =>
      call(heartbeatMachineRoute, 'POST', `/machines/${id}/heartbeat`, undefined, `License ${f.license.key}`);
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM "Machine" WHERE id = $1 FOR UPDATE', [locked!.id]);
      const started = Date.now();
      const stuck = await beat(locked!.id);
      expect(stuck.status).toBe(503);
      expect(stuck.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(HOT_STATEMENT_TIMEOUT_MS + 3_000);
      // the batches behind it go on while the lock is still held
      expect((await beat(free!.id)).status).toBe(200);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await beat(locked!.id)).status).toBe(200);
    // the cancelled heartbeat wrote nothing: one event per answered heartbeat
    const events = await db.event.findMany({ where: { accountId: f.accountId, type: 'machine.heartbeat' } });
    expect(events.map((e) => e.resourceId).sort()).toEqual([free!.id, locked!.id].sort());
  }, 30_000);
});
