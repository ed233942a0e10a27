// `npm run worker`: a separate process that runs the background jobs against PostgreSQL (set
// JOBS_IN_PROCESS=false on the web servers then). Several workers may run at once. Refuses the embedded
// database: its folder has one owner, the web server.
import { env, isEmbedded } from '@/env.ts';
import { closeDb, getDb } from '@/server/db.ts';
import { onShutdown, runShutdown } from '@/server/lifecycle.ts';
import { startJobs } from './runner.ts';

async function main(): Promise<void> {
  if (isEmbedded()) {
    console.error(
      '[licentric] npm run worker needs PostgreSQL (DATABASE_URL). The embedded database has a single owner — the web server, ' +
        'which runs the jobs itself (JOBS_IN_PROCESS=true, the default).',
    );
    process.exit(1);
  }
  if (env().JOBS_IN_PROCESS) {
    console.warn(
      '[licentric] note: JOBS_IN_PROCESS is on, so the web servers run the jobs too (safe, but usually set it to false when running workers)',
    );
  }
  const db = await getDb({ migrate: true });
  onShutdown(closeDb); // hooks run newest first: the jobs stop before the database closes
  startJobs(db);
  const stop = (signal: NodeJS.Signals) => {
    console.log(`[licentric] worker ${signal}: stopping`);
    void runShutdown().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // timers are unref'd: keep the process alive until a signal
  setInterval(() => {}, 1 << 30);
}

await main();
