// Harness of the process specs (signals, crashes, database outages): production servers started the way an
// operator starts them (`npm start -- --no-build`, on the build the e2e phase has already made), each in a process
// group of its own so a spec can signal the whole group like a terminal or systemd does; databases of their own
// (a temporary embedded folder, or a fresh database on DATABASE_URL's server); fixtures through fixture.ts.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../tests/free-port.ts';
import type { SeedRequest, SeedResult } from './fixture.ts';

const root = process.cwd(); // Playwright runs from the repository root

export interface Target {
  kind: 'embedded' | 'postgresql';
  env: Record<string, string>;
  /** The embedded folder's lock file (embedded only). */
  lockFile?: string;
  dispose: () => Promise<void>;
}

const SECRETS = {
  LICENTRIC_MASTER_KEY: randomBytes(32).toString('base64'),
  AUTH_SECRET: randomBytes(32).toString('base64'),
};

export function embeddedTarget(): Target {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-proc-'));
  return {
    kind: 'embedded',
    env: { LICENTRIC_DATA_DIR: dir },
    lockFile: path.join(dir, 'pglite.lock'),
    dispose: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
  };
}

/** A fresh database on the server DATABASE_URL points at (dropped afterwards); null without DATABASE_URL. */
export async function postgresTarget(serverUrl = process.env.DATABASE_URL): Promise<Target | null> {
  if (!serverUrl) return null;
  const name = `licentric_proc_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgresql',
    env: { DATABASE_URL: url.href, ...SECRETS },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined),
  };
}

/** The environment of a child process: this one's, minus the database settings of the e2e server, plus the target's. */
function childEnv(target: Target, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'LICENTRIC_DATA_DIR', 'LICENTRIC_MASTER_KEY', 'AUTH_SECRET', 'PORT'])
    delete env[name];
  return { ...env, ...target.env, ...extra };
}

/** Runs fixture.ts (`seed` or `sql`) against the target; throws with its output when it fails. */
export function fixture(target: Target, command: 'sql', argument: string): Array<Record<string, unknown>>;
export function fixture(target: Target, command: 'seed', argument: SeedRequest): SeedResult;
export function fixture(target: Target, command: 'seed' | 'sql', argument: unknown): unknown {
  const result = tryFixture(
    target,
    command,
    typeof argument === 'string' ? argument : JSON.stringify(argument),
  );
  if (result.status !== 0) throw new Error(`fixture ${command} failed (${result.status}): ${result.output}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null') as unknown;
}

export function tryFixture(
  target: Target,
  command: string,
  argument: string,
): { status: number | null; stdout: string; output: string } {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'e2e/process/fixture.ts', command, argument],
    { cwd: root, env: childEnv(target), encoding: 'utf8', timeout: 60_000 },
  );
  return { status: child.status, stdout: child.stdout, output: `${child.stdout}${child.stderr}` };
}

export interface Server {
  pid: number;
  base: string;
  output: () => string;
  /** Resolves with npm's (or the server's) exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** A signal to the whole process group (npm, the server, anything they started). */
  signalGroup: (signal: NodeJS.Signals) => void;
  /** kill -9 of the group, if it is still running. */
  kill: () => Promise<void>;
}

const running = new Set<Server>();

/** `npm start -- --no-build` in a new process group on a free port; resolves once /api/health answers. */
export async function startServer(target: Target, extra: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npm', ['start', '--', '--no-build'], {
    cwd: root,
    detached: true, // its own process group, led by npm
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv(target, {
      PORT: String(port),
      HOST: '127.0.0.1',
      LICENTRIC_BASE_URL: base,
      RATE_LIMIT_VALIDATION_PER_MIN: '0',
      RATE_LIMIT_ACTIVATION_PER_MIN: '0',
      RATE_LIMIT_MANAGEMENT_PER_MIN: '0',
      ...extra,
    }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pid = child.pid ?? 0;
  let ended = false;
  void exited.then(() => (ended = true));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  const server: Server = {
    pid,
    base,
    output: () => output,
    exited,
    signalGroup,
    kill: async () => {
      signalGroup('SIGKILL');
      await exited;
      await waitGroupGone(pid);
    },
  };
  running.add(server);
  void exited.then(() => running.delete(server));
  const deadline = Date.now() + 90_000;
  while (!ended) {
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`the server did not answer /api/health within 90 s:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server exited before it answered:\n${output}`);
}

/** kill -9 of every server a spec left running (afterEach). */
export async function killServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()));
}

/** Waits until no process of the group is left (the server may outlive npm by a moment). */
export async function waitGroupGone(pgid: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`process group ${pgid} still running`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Answer {
  status: number;
  body: Record<string, unknown> & { data?: Record<string, unknown>; code?: string; requestId?: string };
}

async function call(
  base: string,
  method: string,
  route: string,
  init: { key?: string; body?: unknown } = {},
) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(init.key ? { authorization: `License ${init.key}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Answer['body'] };
  } catch {
    return { status: response.status, body: { text } };
  }
}

export const validateKey = (base: string, key: string): Promise<Answer> =>
  call(base, 'POST', '/api/v1/licenses/validate-key', { body: { key } });

export const activate = (base: string, key: string, fingerprint: string): Promise<Answer> =>
  call(base, 'POST', '/api/v1/machines', { key, body: { fingerprint } });

export const ready = (base: string): Promise<Answer> => call(base, 'GET', '/api/ready');

/**
 * A request whose body arrives in two parts: the server has it in flight from the first part until `finish`
 * sends the rest (a slow client, so that a drain has something to wait for).
 */
export function slowRequest(base: string, route: string, body: unknown): { finish: () => Promise<Answer> } {
  const bytes = Buffer.from(JSON.stringify(body));
  const url = new URL(route, base);
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] }));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined); // a failure is reported by `finish`, not as an unhandled rejection
  req.write(bytes.subarray(0, 1));
  req.flushHeaders();
  return {
    finish: () => {
      req.end(bytes.subarray(1));
      return answer;
    },
  };
}
