// Integration global setup (runs once, in the main Vitest process): picks the database, applies migrations
// once, and hands the settings to the test workers. Embedded mode uses a fresh temporary data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyTestEnv } from './test-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    licentricDataDir: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dataDir = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-int-'));
  applyTestEnv(dataDir ?? undefined);
  project.provide('licentricDataDir', dataDir);

  const { getDb, closeDb } = await import('@/server/db.ts');
  const started = Date.now();
  await getDb({ migrate: true });
  await closeDb();
  console.log(
    `[tests] ${dataDir ? `embedded PGlite in ${dataDir}` : 'PostgreSQL'}: migrated in ${Date.now() - started} ms`,
  );

  return () => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
