// `npm run bench` (not part of npm test): validate-key throughput and latency against a production build.
//   1. seeds 1,000,000 licenses (and 10,000 in a second database) with generate_series;
//   2. builds the app (`npm run build`) in a private copy of the repo, so concurrent edits and builds do not
//      interfere, with the reference route scripts/bench/next-lookup-route.ts added as app/api/bench/lookup/ (it
//      never ships in the app itself); BENCH_SKIP_BUILD=1 reuses the copy's last build;
//   3. starts the production server (server.ts, NODE_ENV=production, rate limits off, JOBS_IN_PROCESS=false)
//      and measures with autocannon (50 connections, random existing keys): validate-key, the minimal Next.js
//      route doing one indexed lookup (/api/bench/lookup, in the copy only), a bare node:http + pg server doing
//      the same lookup, validate-key at 10,000 licenses, and machine activation;
//   4. prints the table and the ratios.
// Settings: BENCH_PG_URL (server URL without database, default postgresql://postgres@127.0.0.1:5432),
// BENCH_DURATION (seconds per target, default 15, split into BENCH_ROUNDS interleaved rounds, default 3),
// BENCH_CONNECTIONS (default 50), BENCH_LICENSES (default 1000000).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchKey, ensureDatabase, seedLicenses } from './seed.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PG = (process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432').replace(/\/$/, '');
const BIG_URL = `${PG}/licentric_bench`;
const SMALL_URL = `${PG}/licentric_bench_10k`;
const BIG = Number(process.env.BENCH_LICENSES ?? 1_000_000);
const SMALL = 10_000;
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = 4;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MASTER_KEY = process.env.LICENTRIC_MASTER_KEY ?? Buffer.alloc(32, 9).toString('base64');
const BUILD_DIR = path.join(os.tmpdir(), 'licentric-bench-build');
const REFERENCE_ROUTE = 'app/api/bench/lookup/route.ts';

const log = (line: string) => console.log(line);

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function migrate(url: string): void {
  run(process.execPath, ['scripts/prisma-wasm.mjs', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
  });
}

/**
 * A private copy of the sources (node_modules hard-linked) so the build sees one consistent tree, plus the minimal
 * Next.js reference route, which exists only in this copy.
 */
function prepareBuildDir(): void {
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  run('rsync', [
    '-a',
    '--delete',
    '--exclude=/node_modules',
    '--exclude=/.next',
    '--exclude=/.git',
    '--exclude=/data',
    '--exclude=/test-results',
    '--exclude=/tsconfig.tsbuildinfo',
    `${ROOT}/`,
    `${BUILD_DIR}/`,
  ]);
  if (!fs.existsSync(path.join(BUILD_DIR, 'node_modules')))
    run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(BUILD_DIR, 'node_modules')]);
  const route = path.join(BUILD_DIR, REFERENCE_ROUTE);
  fs.mkdirSync(path.dirname(route), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'scripts/bench/next-lookup-route.ts'), route);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}

interface Server {
  base: string;
  stop: () => Promise<void>;
}

async function startProcess(args: string[], env: NodeJS.ProcessEnv, health: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(path.join(BUILD_DIR, 'node_modules/.bin/tsx'), args, {
    cwd: BUILD_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}${health}`, child);
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      }),
  };
}

function startNext(databaseUrl: string): Promise<Server> {
  return startProcess(
    ['server.ts'],
    {
      NODE_ENV: 'production',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      DATABASE_URL: databaseUrl,
      LICENTRIC_MASTER_KEY: MASTER_KEY,
      AUTH_SECRET: 'licentric-bench-auth-secret',
      RATE_LIMIT_VALIDATION_PER_MIN: '0',
      RATE_LIMIT_ACTIVATION_PER_MIN: '0',
      RATE_LIMIT_MANAGEMENT_PER_MIN: '0',
      JOBS_IN_PROCESS: 'false',
    },
    '/api/health',
  );
}

function startBare(databaseUrl: string): Promise<Server> {
  return startProcess(
    [path.join(BUILD_DIR, 'scripts/bench/bare-server.ts')],
    { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    '/',
  );
}

interface Measurement {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

type RequestShape = { path: string; body: () => string; headers?: () => Record<string, string> };

function cannon(base: string, shape: RequestShape, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: shape.path,
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', ...(shape.headers?.() ?? {}) },
          body: shape.body(),
        }),
      },
    ],
  });
}

interface Target {
  name: string;
  base: string;
  shape: RequestShape;
}

async function sample(target: Target): Promise<void> {
  const { base, shape } = target;
  const response = await fetch(`${base}${shape.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(shape.headers?.() ?? {}) },
    body: shape.body(),
  });
  log(`[bench] ${target.name}: sample answer ${response.status} ${(await response.text()).slice(0, 140)}`);
}

/**
 * Measures the targets in interleaved rounds (A B C A B C …, `ROUNDS` × DURATION/ROUNDS seconds each) so that
 * load from elsewhere on the machine spreads over all of them. req/s = requests / time; p50 = median of the
 * rounds; p99 = worst round.
 */
async function measureInterleaved(targets: Target[]): Promise<Measurement[]> {
  for (const target of targets) {
    await sample(target);
    await cannon(target.base, target.shape, WARMUP);
  }
  const rounds = new Map<string, autocannon.Result[]>(targets.map((t) => [t.name, []]));
  const seconds = Math.max(1, Math.round(DURATION / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets)
      rounds.get(target.name)?.push(await cannon(target.base, target.shape, seconds));
  }
  return targets.map((target) => {
    const results = rounds.get(target.name) ?? [];
    const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
    const p50s = results.map((r) => r.latency.p50).sort((a, b) => a - b);
    const m: Measurement = {
      name: target.name,
      rps: requests / (seconds * results.length),
      p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
      p99: Math.max(...results.map((r) => r.latency.p99)),
      requests,
      non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
      errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    };
    log(
      `[bench] ${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms (${m.non2xx} non-2xx, ${m.errors} errors)`,
    );
    return m;
  });
}

const randomIndex = (n: number) => 1 + Math.floor(Math.random() * n);
const validateShape = (n: number): RequestShape => ({
  path: '/api/v1/licenses/validate-key',
  body: () => JSON.stringify({ key: benchKey(randomIndex(n)) }),
});
const lookupShape = (n: number): RequestShape => ({
  path: '/api/bench/lookup',
  body: () => JSON.stringify({ key: benchKey(randomIndex(n)) }),
});
let activationSeq = 0;
const activationShape = (n: number): RequestShape => ({
  path: '/api/v1/machines',
  headers: () => ({ authorization: `License ${benchKey(randomIndex(n))}` }),
  body: () => JSON.stringify({ fingerprint: `bench-${process.pid}-${Date.now()}-${activationSeq++}` }),
});

function table(rows: Measurement[], reference: { next: Measurement; bare: Measurement }): string {
  const header = ['server', 'req/s', 'p50 ms', 'p99 ms', 'vs minimal Next', 'vs bare node', 'non-2xx'];
  const lines = rows.map((m) => [
    m.name,
    m.rps.toFixed(0),
    String(m.p50),
    String(m.p99),
    `${((m.rps / reference.next.rps) * 100).toFixed(0)} %`,
    `${((m.rps / reference.bare.rps) * 100).toFixed(0)} %`,
    String(m.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join(
    '\n',
  );
}

async function main(): Promise<void> {
  log(
    `[bench] ${os.cpus().length} CPU(s), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${CONNECTIONS} connections, ${DURATION} s per run`,
  );
  for (const url of [BIG_URL, SMALL_URL]) {
    await ensureDatabase(url);
    migrate(url);
  }
  await seedLicenses(BIG_URL, BIG, log);
  await seedLicenses(SMALL_URL, SMALL, log);

  if (process.env.BENCH_SKIP_BUILD !== '1') {
    prepareBuildDir();
    log(`[bench] building the production server in ${BUILD_DIR} …`);
    run('npm', ['run', 'build'], { cwd: BUILD_DIR });
  }

  // all reference servers run at once (idle while another is measured), measured in interleaved rounds
  const servers = await Promise.all([startNext(BIG_URL), startNext(SMALL_URL), startBare(BIG_URL)]);
  const [nextBig, nextSmall, bareServer] = servers;
  let results: Measurement[];
  let activation: Measurement;
  try {
    results = await measureInterleaved([
      {
        name: `validate-key (${BIG.toLocaleString()} licenses)`,
        base: nextBig.base,
        shape: validateShape(BIG),
      },
      { name: 'minimal Next route, 1 lookup', base: nextBig.base, shape: lookupShape(BIG) },
      { name: 'bare node:http + pg, 1 lookup', base: bareServer.base, shape: lookupShape(BIG) },
      {
        name: `validate-key (${SMALL.toLocaleString()} licenses)`,
        base: nextSmall.base,
        shape: validateShape(SMALL),
      },
    ]);
    const activations = await measureInterleaved([
      { name: 'activation POST /machines (1M)', base: nextBig.base, shape: activationShape(BIG) },
    ]);
    activation = activations[0] as Measurement;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  const [validate, minimal, bare, small] = results as [Measurement, Measurement, Measurement, Measurement];
  results.push(activation);

  log('');
  log(table(results, { next: minimal, bare }));
  log('');
  const ratio = validate.rps / minimal.rps;
  log(
    `validate-key / minimal Next route: ${(ratio * 100).toFixed(0)} % (goal ≥ 80 %); p99 ${validate.p99} ms (goal < 100 ms)`,
  );
  log(`validate-key / bare node:http: ${((validate.rps / bare.rps) * 100).toFixed(0)} %`);
  log(`validate-key 10k vs 1M licenses: ${small.rps.toFixed(0)} vs ${validate.rps.toFixed(0)} req/s`);
  const out = path.join(BUILD_DIR, 'bench-results.json');
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        cpus: os.cpus().length,
        connections: CONNECTIONS,
        duration: DURATION,
        results,
      },
      null,
      2,
    ),
  );
  log(`[bench] results written to ${out}`);
}

await main();
