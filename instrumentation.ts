// Next.js instrumentation: runs once when the server process boots. In the Node.js runtime it registers the
// database shutdown hook and is the place where in-process background jobs will be started.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ onShutdown }, { closeDb, getDb }] = await Promise.all([
    import('@/server/lifecycle.ts'),
    import('@/server/db.ts'),
  ]);
  onShutdown(closeDb); // hooks run newest first: jobs registered later stop before the database closes
  // Open the database now: the embedded folder is locked by this process from the start, and a broken
  // connection shows up in the log at boot (the ready probe keeps retrying either way).
  getDb().catch((error: unknown) => console.error('[licentric] database not available at boot:', error));
  startBackgroundJobs();
}

/** In-process jobs (webhook delivery, expiry, culling) when JOBS_IN_PROCESS is on; else `npm run worker` runs them. */
function startBackgroundJobs(): void {
  void (async () => {
    const [{ env }, { getDb }, { startJobs }] = await Promise.all([
      import('@/env.ts'),
      import('@/server/db.ts'),
      import('@/server/jobs/runner.ts'),
    ]);
    if (env().JOBS_IN_PROCESS) startJobs(await getDb());
  })().catch((error: unknown) => console.error('[licentric] background jobs not started:', error));
}
