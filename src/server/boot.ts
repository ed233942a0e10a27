// Boot of the web process (called from instrumentation.ts): the database shutdown hook, an early database open,
// and the in-process background jobs when JOBS_IN_PROCESS is on (else `npm run worker` runs them).
import { env } from '@/env.ts';
import { closeDb, getDb } from '@/server/db.ts';
import { onShutdown } from '@/server/lifecycle.ts';
import { startJobs } from '@/server/jobs/runner.ts';

export function bootServer(): void {
  onShutdown(closeDb); // hooks run newest first: the jobs registered later stop before the database closes
  // Open the database now: the embedded folder is locked by this process from the start, and a broken
  // connection shows up in the log at boot (the ready probe keeps retrying either way).
  getDb()
    .then((db) => {
      if (env().JOBS_IN_PROCESS) startJobs(db);
    })
    .catch((error: unknown) => console.error('[licentric] database not available at boot:', error));
}
