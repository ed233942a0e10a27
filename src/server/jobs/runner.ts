// Runs every registered job on its interval (in the web process when JOBS_IN_PROCESS, or in `npm run worker`).
// Each job runs once at start, then again `intervalMs` after the previous pass ended (passes never overlap within
// a process; across processes the jobs themselves are safe). Stops cleanly via lifecycle onShutdown: no new
// passes, and the running ones are awaited.
import type { Db } from '@/server/db.ts';
import { onShutdown } from '@/server/lifecycle.ts';
import { registeredJobs, type JobDefinition } from './registry.ts';
import './all-jobs.ts';

interface JobRunner {
  stop: () => Promise<void>;
}

const holder = globalThis as unknown as { __licentricJobRunner?: JobRunner };

/** Starts the jobs once per process (a second call returns the running runner). */
export function startJobs(
  db: Db,
  options: { log?: (line: string) => void; jobs?: JobDefinition[] } = {},
): JobRunner {
  if (holder.__licentricJobRunner) return holder.__licentricJobRunner;
  const log = options.log ?? ((line: string) => console.log(line));
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (job: JobDefinition, delayMs: number): void => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const pass = (async () => {
        const started = Date.now();
        try {
          const count = await job.run(db, new Date());
          if (count > 0) log(`[licentric] job ${job.name}: ${count} item(s) in ${Date.now() - started} ms`);
        } catch (error) {
          console.error(`[licentric] job ${job.name} failed:`, error);
        }
      })();
      running.add(pass);
      void pass.finally(() => {
        running.delete(pass);
        schedule(job, job.intervalMs);
      });
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };

  const jobs = options.jobs ?? registeredJobs();
  for (const job of jobs) schedule(job, 0);
  log(`[licentric] background jobs started: ${jobs.map((j) => j.name).join(', ')}`);

  const runner: JobRunner = {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
      if (holder.__licentricJobRunner === runner) holder.__licentricJobRunner = undefined;
    },
  };
  holder.__licentricJobRunner = runner;
  onShutdown(runner.stop);
  return runner;
}
