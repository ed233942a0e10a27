// Issue 11, defect 4: a stop request sent to `npm start`'s whole process group (Ctrl-C in a terminal, systemd's
// default KillMode, `kill -- -PGID`) reaches npm and the server, and npm forwards its copy too, so the server sees
// the signal two or more times. One orderly drain must follow: the "stopped" line, buffered writes (validation
// counters) flushed, the embedded folder closed and its lock released, exit status 0. A request in flight keeps the
// drain going while the repeated signals arrive.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  embeddedTarget,
  fixture,
  killServers,
  postgresTarget,
  sleep,
  slowRequest,
  startServer,
  validateKey,
  waitGroupGone,
  type Target,
} from './harness.ts';

test.afterEach(killServers);

const VALIDATIONS = 3; // plus the slow one

for (const kind of ['embedded', 'postgresql'] as const) {
  test(`${kind}: Ctrl-C twice and a SIGTERM to the process group: one drain, writes flushed, exit 0`, async () => {
    test.setTimeout(120_000);
    const target: Target | null = kind === 'embedded' ? embeddedTarget() : await postgresTarget();
    test.skip(!target, 'PostgreSQL: needs DATABASE_URL');
    if (!target) return;
    try {
      const seeded = fixture(target, 'seed', { licenses: 1, maxMachines: 1 });
      const license = seeded.licenses[0];
      if (!license) throw new Error('no license seeded');
      const server = await startServer(target);
      for (let i = 0; i < VALIDATIONS; i++) {
        const answer = await validateKey(server.base, license.key);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      }

      // a slow client keeps a request in flight, so the drain lasts until it is done; the counters are still
      // buffered (flushed once a second): the shutdown flush has to write them
      const slow = slowRequest(server.base, '/api/v1/licenses/validate-key', { key: license.key });
      await sleep(300);
      server.signalGroup('SIGINT');
      await sleep(300);
      server.signalGroup('SIGINT');
      server.signalGroup('SIGTERM');
      await sleep(500);
      const inFlight = await slow.finish();
      expect(inFlight.status, JSON.stringify(inFlight.body)).toBe(200);
      const exit = await server.exited;
      await waitGroupGone(server.pid);

      const output = server.output();
      expect(output).toContain('[licentric] stopped');
      expect(output).toMatch(/again: already shutting down/);
      expect(output.match(/: draining \d+ request/g) ?? [], output).toHaveLength(1);
      expect(exit, output).toEqual({ code: 0, signal: null });
      if (target.lockFile) expect(fs.existsSync(target.lockFile), 'lock file left behind').toBe(false);

      const [row] = fixture(
        target,
        'sql',
        `SELECT "lastValidatedAt" IS NOT NULL AS "touched", "usesCount" AS "uses"
           FROM "License" WHERE "id" = '${license.id}'`,
      );
      expect(row).toEqual({ touched: true, uses: VALIDATIONS + 1 });
    } finally {
      await killServers();
      await target.dispose();
    }
  });
}
