// Ad-hoc A/B of the runtime fast path between two production builds (not part of npm test): `tsx
// scripts/bench/fast-path-ab.ts <dirA> <dirB>` starts server.ts from each built checkout (RUNTIME_FAST_PATH on,
// rate limits off, JOBS_IN_PROCESS=false) on one database seeded with BENCH_LICENSES (default 10,000) licenses
// (BENCH_DB, default postgresql://postgres@127.0.0.1:5432/licentric_bench_ab), then runs autocannon
// (BENCH_CONNECTIONS, default 20) on validate-key with random existing keys, BENCH_ROUNDS (default 4) interleaved
// rounds of BENCH_DURATION seconds (default 5) per build. Both servers stay up during the rounds; only the one
// measured gets requests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../tests/free-port.ts';
import { benchKey, benchServerEnv, ensureDatabase, seedLicenses } from './seed.ts';

const DB = process.env.BENCH_DB ?? 'postgresql://postgres@127.0.0.1:5432/licentric_bench_ab';
const LICENSES = Number(process.env.BENCH_LICENSES ?? 10_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function start(dir: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(path.join(dir, 'node_modules/.bin/tsx'), ['server.ts'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...benchServerEnv(DB),
      RUNTIME_FAST_PATH: 'true',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${dir}: server did not start`);
}

async function measure(
  base: string,
  duration: number,
): Promise<{ rps: number; latency: number; bad: number }> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/licenses/validate-key',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ key: benchKey(Math.floor(Math.random() * LICENSES)) }),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    latency: result.latency.average,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

const [dirA, dirB] = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirA || !dirB) throw new Error('usage: fast-path-ab.ts <dirA> <dirB>');
await ensureDatabase(DB);
const migrate = spawnSync(process.execPath, ['scripts/prisma-wasm.mjs', 'deploy'], {
  cwd: dirB,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: DB },
});
if (migrate.status !== 0) throw new Error('migration failed');
await seedLicenses(DB, LICENSES, console.log);
const servers = { A: await start(dirA), B: await start(dirB) };
try {
  for (const s of Object.values(servers)) await measure(s.base, 2); // warm-up
  const rps: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of ['A', 'B'] as const) {
      const r = await measure(servers[name].base, DURATION);
      rps[name].push(r.rps);
      console.log(
        `round ${round} ${name}: ${r.rps.toFixed(0)} req/s, ${r.latency.toFixed(1)} ms avg${r.bad ? `, ${r.bad} not 2xx` : ''}`,
      );
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`A ${dirA}: ${mean(rps.A).toFixed(0)} req/s; B ${dirB}: ${mean(rps.B).toFixed(0)} req/s`);
} finally {
  for (const s of Object.values(servers)) s.child.kill('SIGTERM');
}
