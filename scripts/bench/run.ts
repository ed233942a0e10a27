// `npm run bench` (not part of npm test): the runtime endpoints' throughput and latency against a production build.
//   1. seeds 10,000 and 1,000,000 licenses (two databases) with generate_series (seed.ts);
//   2. builds the app (`npm run build`) in a private copy of the repo, so concurrent edits and builds do not
//      interfere, with the reference route scripts/bench/next-lookup-route.ts added as app/api/bench/lookup/ (it
//      never ships in the app itself); BENCH_SKIP_BUILD=1 reuses the copy's last build;
//   3. for each size, starts the production server twice (server.ts, NODE_ENV=production, rate limits off,
//      JOBS_IN_PROCESS=false): with the runtime fast path (RUNTIME_FAST_PATH=true) and without it (false, every
//      request through Next), plus a bare node:http + pg server; then measures with autocannon (50 connections,
//      random existing keys) in interleaved rounds: validate-key on both mounts, heartbeat, the minimal Next.js route
//      doing one indexed lookup (/api/bench/lookup, in the copy only), the bare server's same lookup, and machine
//      activation on both mounts; BENCH_WEB_CONCURRENCY=2 adds validate-key with 2 server processes;
//   4. times the dashboard's `q` license search at each size (q-search.ts);
//   5. prints the table (markdown, for docs/benchmarks.md) and the ratios.
// Settings: BENCH_PG_URL (server URL without database, default postgresql://postgres@127.0.0.1:5432),
// BENCH_DB_PREFIX (database names, default licentric_bench), BENCH_DURATION (seconds per target, default 10, split
// into BENCH_ROUNDS interleaved rounds, default 2), BENCH_CONNECTIONS (default 50), BENCH_LICENSES (default
// 1000000), BENCH_WEB_CONCURRENCY (default 1: no multi-process run).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../tests/free-port.ts';
import { timeSearches } from './q-search.ts';
import {
  BENCH_MACHINES,
  benchKey,
  benchMachineId,
  benchServerEnv,
  ensureDatabase,
  seedLicenses,
} from './seed.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PG = (process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432').replace(/\/$/, '');
const PREFIX = process.env.BENCH_DB_PREFIX ?? 'licentric_bench';
const BIG = Number(process.env.BENCH_LICENSES ?? 1_000_000);
const SMALL = 10_000;
const SIZES = [
  { licenses: SMALL, url: `${PG}/${PREFIX}_10k` },
  { licenses: BIG, url: `${PG}/${PREFIX}` },
];
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PROCESSES = Number(process.env.BENCH_WEB_CONCURRENCY ?? 1);
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

function startNext(databaseUrl: string, options: { fastPath: boolean; processes?: number }): Promise<Server> {
  return startProcess(
    ['server.ts'],
    {
      ...benchServerEnv(databaseUrl),
      RUNTIME_FAST_PATH: String(options.fastPath),
      WEB_CONCURRENCY: String(options.processes ?? 1),
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
  licenses: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** One request of a target: a POST with a JSON body (a fresh one for every request). */
type RequestShape = () => { path: string; body: string; headers?: Record<string, string> };

function cannon(base: string, shape: RequestShape, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { path: requestPath, body, headers } = shape();
          return {
            ...request,
            path: requestPath,
            headers: { 'content-type': 'application/json', ...headers },
            body,
          };
        },
      },
    ],
  });
}

interface Target {
  name: string;
  licenses: number;
  base: string;
  shape: RequestShape;
}

async function sample(target: Target): Promise<void> {
  const { path: requestPath, body, headers } = target.shape();
  const response = await fetch(`${target.base}${requestPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
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
      licenses: target.licenses,
      rps: requests / (seconds * results.length),
      p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
      p99: Math.max(...results.map((r) => r.latency.p99)),
      requests,
      non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
      errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    };
    log(
      `[bench] ${m.name} (${m.licenses.toLocaleString()}): ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms (${m.non2xx} non-2xx, ${m.errors} errors)`,
    );
    return m;
  });
}

const randomIndex = (n: number) => 1 + Math.floor(Math.random() * n);
const validateShape =
  (n: number): RequestShape =>
  () => ({ path: '/api/v1/licenses/validate-key', body: JSON.stringify({ key: benchKey(randomIndex(n)) }) });
const lookupShape =
  (n: number): RequestShape =>
  () => ({ path: '/api/bench/lookup', body: JSON.stringify({ key: benchKey(randomIndex(n)) }) });
let activationSeq = 0;
const activationShape =
  (n: number): RequestShape =>
  () => ({
    path: '/api/v1/machines',
    headers: { authorization: `License ${benchKey(randomIndex(n))}` },
    body: JSON.stringify({ fingerprint: `bench-${process.pid}-${Date.now()}-${activationSeq++}` }),
  });
/** A heartbeat of one of the seeded machines, with its own license's key. */
const heartbeatShape =
  (n: number): RequestShape =>
  () => {
    const i = randomIndex(Math.min(n, BENCH_MACHINES));
    return {
      path: `/api/v1/machines/${benchMachineId(i)}/heartbeat`,
      headers: { authorization: `License ${benchKey(i)}` },
      body: '{}',
    };
  };

const NAMES = {
  validateFast: 'validate-key, fast path',
  validateNext: 'validate-key, through Next',
  validateTwo: 'validate-key, fast path, 2 processes',
  heartbeat: 'heartbeat, fast path',
  minimal: 'minimal Next route, 1 lookup',
  bare: 'bare node:http + pg, 1 lookup',
  activateFast: 'activation, fast path',
  activateNext: 'activation, through Next',
};

function table(rows: Measurement[]): string {
  const reference = (m: Measurement, name: string) =>
    rows.find((r) => r.name === name && r.licenses === m.licenses)?.rps ?? NaN;
  const header = [
    'server',
    'licenses',
    'req/s',
    'p50 ms',
    'p99 ms',
    '× minimal Next',
    '× bare node',
    'non-2xx',
  ];
  const lines = rows.map((m) => [
    m.name,
    m.licenses.toLocaleString('en-US'),
    m.rps.toFixed(0),
    String(m.p50),
    String(m.p99),
    (m.rps / reference(m, NAMES.minimal)).toFixed(2),
    (m.rps / reference(m, NAMES.bare)).toFixed(2),
    String(m.non2xx + m.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join(
    '\n',
  );
}

/** Every measurement of one database size: the read targets interleaved, then the activations (they write). */
async function measureSize(licenses: number, url: string): Promise<Measurement[]> {
  const servers = await Promise.all([
    startNext(url, { fastPath: true }),
    startNext(url, { fastPath: false }),
    startBare(url),
    ...(PROCESSES > 1 ? [startNext(url, { fastPath: true, processes: PROCESSES })] : []),
  ]);
  const [fast, routed, bare, multi] = servers as [Server, Server, Server, Server | undefined];
  try {
    const reads = await measureInterleaved([
      { name: NAMES.validateFast, licenses, base: fast.base, shape: validateShape(licenses) },
      { name: NAMES.validateNext, licenses, base: routed.base, shape: validateShape(licenses) },
      ...(multi
        ? [{ name: NAMES.validateTwo, licenses, base: multi.base, shape: validateShape(licenses) }]
        : []),
      { name: NAMES.heartbeat, licenses, base: fast.base, shape: heartbeatShape(licenses) },
      { name: NAMES.minimal, licenses, base: routed.base, shape: lookupShape(licenses) },
      { name: NAMES.bare, licenses, base: bare.base, shape: lookupShape(licenses) },
    ]);
    const writes = await measureInterleaved([
      { name: NAMES.activateFast, licenses, base: fast.base, shape: activationShape(licenses) },
      { name: NAMES.activateNext, licenses, base: routed.base, shape: activationShape(licenses) },
    ]);
    return [...reads, ...writes];
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

async function main(): Promise<void> {
  log(
    `[bench] ${os.cpus().length} CPU(s), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${CONNECTIONS} connections, ${DURATION} s per target`,
  );
  for (const { licenses, url } of SIZES) {
    await ensureDatabase(url);
    migrate(url);
    await seedLicenses(url, licenses, log);
  }
  const searches = [];
  for (const { licenses, url } of SIZES) searches.push(...timeSearches(url, licenses, log));

  if (process.env.BENCH_SKIP_BUILD !== '1') {
    prepareBuildDir();
    log(`[bench] building the production server in ${BUILD_DIR} …`);
    run('npm', ['run', 'build'], { cwd: BUILD_DIR });
  }

  const results: Measurement[] = [];
  for (const { licenses, url } of SIZES) results.push(...(await measureSize(licenses, url)));

  log('');
  log(table(results));
  log('');
  for (const { licenses } of SIZES) {
    const rps = (name: string) => results.find((r) => r.name === name && r.licenses === licenses)?.rps ?? NaN;
    const ratio = (a: string, b: string) => (rps(a) / rps(b)).toFixed(2);
    log(
      `${licenses.toLocaleString('en-US')} licenses: validate-key fast / bare ${ratio(NAMES.validateFast, NAMES.bare)} (goal ≥ 0.35), ` +
        `fast / through Next ${ratio(NAMES.validateFast, NAMES.validateNext)}; activation fast / minimal Next ` +
        `${ratio(NAMES.activateFast, NAMES.minimal)} (goal ≥ 0.6); heartbeat / validate-key ` +
        `${ratio(NAMES.heartbeat, NAMES.validateFast)} (goal ≥ 0.8)` +
        (PROCESSES > 1
          ? `; ${PROCESSES} processes / 1: ${ratio(NAMES.validateTwo, NAMES.validateFast)}`
          : ''),
    );
  }
  for (const s of searches)
    log(
      `q search "${s.q}" at ${s.licenses.toLocaleString('en-US')} licenses: ${s.ms.toFixed(1)} ms (${s.rows} rows)`,
    );
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
        searches,
      },
      null,
      2,
    ),
  );
  log(`[bench] results written to ${out}`);
}

await main();
