// The primary process of WEB_CONCURRENCY=N: forks N copies of server.ts that share one port (node:cluster), replaces
// a copy that dies after it was serving, and on SIGTERM/SIGINT lets every copy drain and stop before it exits.
// Only the first copy runs the in-process jobs (when JOBS_IN_PROCESS is on); the jobs are safe across processes
// either way. PostgreSQL only: the embedded database has a single owning process.
import cluster, { type Worker } from 'node:cluster';
import { env } from '@/env.ts';

const RESTART_DELAY_MS = 1_000;

/** Node flags for the copies: server.ts is TypeScript, so tsx's loader comes along when it is not already there. */
function workerExecArgv(): string[] {
  const argv = [...process.execArgv];
  if (!argv.some((arg) => arg.includes('tsx'))) argv.push('--import', import.meta.resolve('tsx'));
  return argv;
}

/** Forks the copies and returns; the primary then lives on their IPC channels until stopAll exits it. */
export function runPrimary(serverFile: string): void {
  const settings = env();
  const count = settings.WEB_CONCURRENCY;
  if (!settings.DATABASE_URL) {
    console.error(
      `[licentric] WEB_CONCURRENCY=${count} needs PostgreSQL (DATABASE_URL): the embedded database can only be opened by one process. Unset WEB_CONCURRENCY or set DATABASE_URL.`,
    );
    process.exit(1);
  }
  if (settings.RATE_LIMIT_STORE === 'memory')
    console.warn(
      `[licentric] RATE_LIMIT_STORE=memory keeps counters per process: with ${count} processes each limit is up to ${count}× looser; use postgres or redis to share them.`,
    );

  cluster.setupPrimary({ exec: serverFile, execArgv: workerExecArgv() });
  let stopping = false;
  const listening = new Set<number>();
  const indexOf = new Map<Worker, number>();

  const fork = (index: number): void => {
    const worker = cluster.fork({
      LICENTRIC_WORKER_INDEX: String(index),
      ...(index > 0 ? { JOBS_IN_PROCESS: 'false' } : {}),
    });
    indexOf.set(worker, index);
    worker.once('listening', () => {
      listening.add(index);
      if (listening.size === count && !stopping)
        console.log(
          `[licentric] listening on http://${settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST}:${settings.PORT} (${count} processes)`,
        );
    });
    worker.once('exit', (code, signal) => {
      indexOf.delete(worker);
      if (stopping) return;
      if (!listening.has(index)) {
        // it never served: a boot failure (port in use, bad settings) that a restart would only repeat
        console.error(`[licentric] server process ${index} failed to start (${signal ?? code}); stopping`);
        void stopAll(1);
        return;
      }
      listening.delete(index);
      console.error(`[licentric] server process ${index} exited (${signal ?? code}); starting a new one`);
      setTimeout(() => fork(index), RESTART_DELAY_MS);
    });
  };

  const stopAll = async (exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const workers = [...indexOf.keys()];
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM'); // each copy drains its own requests, then stops its jobs and database
          }),
      ),
    );
    console.log('[licentric] all server processes stopped');
    process.exit(exitCode);
  };

  // `on`, not `once`: a stop request can arrive as several signals (process group, npm's forwarded copy) and the
  // primary must not die of the second one while its copies drain; stopAll acts once. The copies get SIGTERM either
  // way (after a terminal's Ctrl-C they also got SIGINT themselves: server.ts ignores the repeat)
  process.on('SIGTERM', () => void stopAll(0));
  process.on('SIGINT', () => void stopAll(0));
  for (let index = 0; index < count; index++) fork(index);
}
