// Integration setup file (runs in each test worker before each file): same settings as the global setup,
// and the shared database client is closed after the file so the next worker can open the embedded folder.
import { afterAll, inject } from 'vitest';
import { applyTestEnv } from './test-env.ts';

applyTestEnv(inject('licentricDataDir') ?? undefined);

afterAll(async () => {
  const { closeDb } = await import('@/server/db.ts');
  await closeDb();
});
