// Background job definitions. Each job module calls defineJob(); the runner (in-process or `npm run worker`)
// runs every registered job on its interval. Jobs take the clock as a parameter so tests can move time, and
// must be safe when several workers run them at once (row locks / SKIP LOCKED / conditional updates).
import type { Db } from '@/server/db.ts';

export interface JobDefinition {
  name: string;
  intervalMs: number;
  /** One pass; returns how many items it processed (for logs and tests). */
  run: (db: Db, now: Date) => Promise<number>;
}

const holder = globalThis as unknown as { __licentricJobs?: Map<string, JobDefinition> };

export function defineJob(job: JobDefinition): JobDefinition {
  holder.__licentricJobs ??= new Map();
  holder.__licentricJobs.set(job.name, job);
  return job;
}

export function registeredJobs(): JobDefinition[] {
  return [...(holder.__licentricJobs?.values() ?? [])];
}
