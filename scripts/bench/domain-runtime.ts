// A small before/after bench of the runtime handlers without a server (not part of npm test): validate-key,
// heartbeat and activation called through their REST route handlers (auth, parsing, signing included) against
// the PostgreSQL database of DATABASE_URL (migrated), N sequential calls then CONCURRENCY in flight for
// DURATION seconds. `tsx scripts/bench/domain-runtime.ts`; settings: BENCH_N (default 200), BENCH_CONCURRENCY
// (default 50), BENCH_DURATION (seconds, default 5), BENCH_TARGETS (default validate,heartbeat,activation).
// Answers other than 2xx are counted (and reported), not thrown.
process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';
process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '0';

import { performance } from 'node:perf_hooks';
import { closeDb, getDb } from '@/server/db.ts';
import { activateMachineRoute, heartbeatMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';
import { createLicensesInBulk, jsonRequest, setupRuntime } from '../../tests/fixtures/runtime.ts';

const N = Number(process.env.BENCH_N ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const TARGETS = (process.env.BENCH_TARGETS ?? 'validate,heartbeat,activation').split(',');

const db = await getDb();
const f = await setupRuntime(db, {
  maxMachines: null,
  allowUnlimitedActivations: true,
  requireHeartbeat: true,
  heartbeatIntervalMinutes: 30,
});
const licenses = await createLicensesInBulk(f, 2000);
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)] as T;
let fingerprints = 0;
/** Answers other than 2xx, by status (e.g. 503 when a transaction waited too long for a pooled connection). */
let failures: Record<number, number> = {};

async function expectOk(response: Promise<Response>): Promise<void> {
  const answer = await response;
  await answer.arrayBuffer();
  if (answer.status >= 300) failures[answer.status] = (failures[answer.status] ?? 0) + 1;
}

const machines: Array<{ id: string; key: string }> = [];
for (const license of licenses.slice(0, 500)) {
  const { machine } = await activateMachine(f.ctx, {
    licenseId: license.id,
    fingerprint: `seed-${license.id}`,
  });
  machines.push({ id: machine.id, key: license.key });
}

const targets: Record<string, () => Promise<void>> = {
  validate: () => {
    const { key } = pick(licenses);
    return expectOk(validateKeyRoute(jsonRequest('POST', '/licenses/validate-key', { key })));
  },
  heartbeat: () => {
    const { id, key } = pick(machines);
    return expectOk(
      heartbeatMachineRoute(jsonRequest('POST', `/machines/${id}/heartbeat`, {}, `License ${key}`)),
    );
  },
  activation: () => {
    const { key } = pick(licenses.slice(500));
    fingerprints += 1;
    const fingerprint = `bench-${process.pid}-${fingerprints}`;
    return expectOk(
      activateMachineRoute(jsonRequest('POST', '/machines', { fingerprint }, `License ${key}`)),
    );
  },
};

for (const name of TARGETS) {
  const run = targets[name];
  if (!run) throw new Error(`unknown target ${name}`);
  for (let i = 0; i < 20; i += 1) await run(); // warm-up
  failures = {};
  let started = performance.now();
  for (let i = 0; i < N; i += 1) await run();
  const sequentialMs = (performance.now() - started) / N;
  let done = 0;
  started = performance.now();
  const until = started + DURATION * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await run();
        done += 1;
      }
    }),
  );
  const perSecond = done / ((performance.now() - started) / 1000);
  console.log(
    `${name.padEnd(10)} sequential ${sequentialMs.toFixed(2)} ms/req · ${CONCURRENCY} concurrent ${perSecond.toFixed(0)} req/s` +
      (Object.keys(failures).length ? ` · failed: ${JSON.stringify(failures)}` : ''),
  );
}
await closeDb();
process.exit(0);
