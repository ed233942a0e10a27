// WEB_CONCURRENCY: the embedded database refuses it (server.ts itself), and the cluster primary runs N copies on one
// port, only the first with in-process jobs, replaces a copy that dies and drains every copy on SIGTERM (over a
// stand-in worker, tests/cluster/worker.fixture.ts, so no Next build is needed).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../tests/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(file: string, env: Record<string, string | undefined>): Started {
  const child = spawn(TSX, [file], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Who {
  pid: number;
  index: string;
  jobs: string | null;
}
const who = async (port: number, url = '/'): Promise<Who> =>
  (await (await fetch(`http://127.0.0.1:${port}${url}`)).json()) as Who;

describe('WEB_CONCURRENCY', { timeout: 90_000 }, () => {
  it('is refused with the embedded database, with a message that says why', async () => {
    const server = start('server.ts', {
      WEB_CONCURRENCY: '2',
      DATABASE_URL: undefined,
      PORT: String(await freePort()),
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('WEB_CONCURRENCY=2 needs PostgreSQL (DATABASE_URL)');
  });

  it('runs N processes on one port, jobs in the first only, replaces a dead one and drains all on SIGTERM', async () => {
    const port = await freePort();
    const primary = start('tests/cluster/primary.fixture.ts', {
      WEB_CONCURRENCY: '2',
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/never-opened',
      RATE_LIMIT_STORE: 'postgres',
      JOBS_IN_PROCESS: undefined,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    await until(() => primary.output().includes('(2 processes)'), 'both processes');

    const seen = new Map<number, Who>();
    await until(async () => {
      const answer = await who(port);
      seen.set(answer.pid, answer);
      return seen.size === 2;
    }, 'answers from two processes');
    const byIndex = [...seen.values()].sort((a, b) => a.index.localeCompare(b.index));
    expect(byIndex.map((w) => [w.index, w.jobs])).toEqual([
      ['0', null],
      ['1', 'false'],
    ]);

    // a copy that dies after it was serving is replaced
    await fetch(`http://127.0.0.1:${port}/crash`).catch(() => undefined);
    await until(async () => !seen.has((await who(port)).pid), 'a replacement process', 20_000);

    // SIGTERM: a request in flight still gets its answer, then every copy and the primary exit
    const slow = who(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 150));
    primary.child.kill('SIGTERM');
    expect((await slow).pid).toBeGreaterThan(0);
    expect(await primary.exited).toBe(0);
    expect(primary.output()).toContain('all server processes stopped');
  });
});
