// Database outage (issue 11): the server runs on a PostgreSQL cluster of this spec's own, which is stopped under
// traffic. Requests must answer 503 in the error envelope within seconds (no hang, no 500), /api/ready 503, the
// process stays up; once PostgreSQL is back everything works again, nothing the clients were told happened is
// lost (machines, validation counters), and the server still stops cleanly (no job or flush stuck). The timings
// are printed.
import { expect, test } from '@playwright/test';
import { createCluster } from './cluster.ts';
import {
  activate,
  fixture,
  killServers,
  postgresTarget,
  ready,
  sleep,
  startServer,
  validateKey,
  type Answer,
} from './harness.ts';

test.afterEach(killServers);

const NO_HANG_MS = 5_000;

/** Every answer while the database is down: 503 in the envelope, within NO_HANG_MS. */
async function timed(request: () => Promise<Answer>): Promise<Answer & { ms: number }> {
  const started = Date.now();
  const answer = await request();
  return { ...answer, ms: Date.now() - started };
}

test('PostgreSQL stopped under traffic: 503s within seconds, the process stays up, everything back after', async () => {
  test.setTimeout(120_000);
  const cluster = await createCluster();
  test.skip(!cluster, 'needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin)');
  if (!cluster) return;
  const target = await postgresTarget(cluster.url);
  if (!target) throw new Error('no target');
  try {
    const seeded = fixture(target, 'seed', { licenses: 2, maxMachines: 10 });
    const [first, second] = seeded.licenses;
    if (!first || !second) throw new Error('no licenses seeded');
    const server = await startServer(target, { JOBS_IN_PROCESS: 'true' });
    let exitedEarly = false;
    void server.exited.then(() => (exitedEarly = true));

    let validations = 0;
    let machines = 0;
    const traffic = async () => {
      for (const license of [first, second]) {
        const answer = await validateKey(server.base, license.key);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        validations += 1;
      }
      const activated = await activate(server.base, first.key, `outage-${machines}`);
      expect(activated.status, JSON.stringify(activated.body)).toBe(201);
      machines += 1;
    };
    await traffic();
    expect((await ready(server.base)).status).toBe(200);
    await traffic(); // validations buffered now: the flush has to survive the outage

    const stoppedAt = Date.now();
    cluster.stop();
    const stopMs = Date.now() - stoppedAt;
    let firstUnavailableMs = -1;
    let slowestMs = 0;
    const outageEnds = Date.now() + 4_000;
    while (Date.now() < outageEnds) {
      const answers = await Promise.all([
        timed(() => validateKey(server.base, first.key)),
        timed(() => activate(server.base, first.key, `outage-down-${Date.now()}`)),
        timed(() => ready(server.base)),
      ]);
      for (const answer of answers) {
        slowestMs = Math.max(slowestMs, answer.ms);
        expect(answer.ms, 'no hang').toBeLessThan(NO_HANG_MS);
        expect(answer.status, JSON.stringify(answer.body)).toBe(503);
        expect(answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
        expect(answer.body.requestId).toEqual(expect.any(String));
      }
      if (firstUnavailableMs < 0) firstUnavailableMs = Date.now() - stoppedAt;
      await sleep(250);
    }
    expect(exitedEarly, 'the server process stays up').toBe(false);

    const restartedAt = Date.now();
    cluster.start();
    const startMs = Date.now() - restartedAt;
    let recoveredMs = -1;
    while (Date.now() - restartedAt < 30_000) {
      const [validated, probe] = await Promise.all([validateKey(server.base, first.key), ready(server.base)]);
      if (validated.status === 200 && probe.status === 200) {
        recoveredMs = Date.now() - restartedAt;
        validations += 1;
        break;
      }
      await sleep(100);
    }
    expect(recoveredMs, 'recovered within 30 s').toBeGreaterThanOrEqual(0);
    await traffic();

    console.log(
      `[outage] pg_ctl stop ${stopMs} ms; first 503 answered ${firstUnavailableMs} ms after the stop began; ` +
        `slowest answer while down ${slowestMs} ms; pg_ctl start ${startMs} ms; ` +
        `validate-key and /api/ready 200 again ${recoveredMs} ms after the start began`,
    );

    // SIGTERM: the drain flushes what is still buffered and the jobs stop (a stuck one would block this)
    server.signalGroup('SIGTERM');
    expect(await server.exited, server.output()).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('[licentric] stopped');
    const [state] = fixture(
      target,
      'sql',
      `SELECT (SELECT COUNT(*) FROM "Machine" WHERE "accountId" = '${seeded.accountId}') AS "machines",
              (SELECT COUNT(*) FROM "Event" WHERE "accountId" = '${seeded.accountId}'
                 AND "type" = 'machine.activated') AS "activatedEvents",
              (SELECT SUM("usesCount") FROM "License"
                 WHERE "accountId" = '${seeded.accountId}') AS "validations",
              (SELECT COUNT(*) FROM "License" WHERE "accountId" = '${seeded.accountId}'
                 AND "lastValidatedAt" IS NOT NULL) AS "validatedLicenses"`,
    );
    expect(state).toEqual({ machines, activatedEvents: machines, validations, validatedLicenses: 2 });
  } finally {
    await killServers();
    cluster.dispose();
  }
});
