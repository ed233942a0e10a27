// The dashboard's `q` license search timed on a bench database: the first page (25) through the domain's own
// listLicenses (the query the dashboard and GET /licenses?q= run), best of three after a warm-up, for the texts in
// QUERIES. timeSearches() runs this
// file in a child process per database (DATABASE_URL is read once per process); run alone it prints JSON.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface SearchTiming {
  q: string;
  licenses: number;
  ms: number;
  rows: number;
}

/**
 * A customer number (selective trigrams), part of a customer name, a full address (all of its trigrams but the
 * number's occur in every seeded row: the trigram index's worst case), text every license matches, and none.
 */
const QUERIES = ['00000042', 'a87ff679', 'customer-00000042@example.com', 'example.com', 'no-such-customer'];

export function timeSearches(url: string, licenses: number, log: (line: string) => void): SearchTiming[] {
  const result = spawnSync(
    path.join(import.meta.dirname, '../../node_modules/.bin/tsx'),
    [import.meta.filename],
    {
      cwd: path.join(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        DATABASE_URL: url,
        LICENTRIC_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`q search timing failed: ${result.stderr}`);
  const timings = (JSON.parse(result.stdout.trim().split('\n').pop() ?? '[]') as SearchTiming[]).map((t) => ({
    ...t,
    licenses,
  }));
  for (const t of timings)
    log(
      `[bench] q search "${t.q}" (${licenses.toLocaleString('en-US')}): ${t.ms.toFixed(1)} ms, ${t.rows} rows`,
    );
  return timings;
}

async function measure(): Promise<void> {
  const [
    { getDb, closeDb },
    { listLicenses },
    { LICENSE_KEY_AAD },
    { BENCH_ACCOUNT },
    { encrypt },
    { masterKey },
  ] = await Promise.all([
    import('@/server/db.ts'),
    import('@/server/domain/licenses/license-queries.ts'),
    import('@/server/domain/licenses/license-views.ts'),
    import('./seed.ts'),
    import('@/lib/crypto.ts'),
    import('@/server/secrets.ts'),
  ]);
  const db = await getDb();
  // the seed stores a placeholder instead of each encrypted key; the rows these searches list (their views show the
  // key) get a real ciphertext
  await db.$executeRaw`
    UPDATE "License" SET "keyEncrypted" = ${encrypt('BENCH-PLACEHOLDER', masterKey(), LICENSE_KEY_AAD)}
    WHERE "accountId" = ${BENCH_ACCOUNT}::uuid AND "keyEncrypted" = 'bench-placeholder'
      AND ("userEmail" LIKE ${`%${QUERIES[0]}%`} OR "userName" LIKE ${`%${QUERIES[1]}%`} OR "id" IN (
        SELECT "id" FROM "License" WHERE "accountId" = ${BENCH_ACCOUNT}::uuid ORDER BY "createdAt" DESC, "id" DESC LIMIT 25))`;
  const ctx = {
    db,
    accountId: BENCH_ACCOUNT,
    environment: 'live' as const,
    actor: { type: 'system' as const, id: null },
  };
  const timings: Array<Omit<SearchTiming, 'licenses'>> = [];
  for (const q of QUERIES) {
    let best = Infinity;
    let rows = 0;
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      const page = await listLicenses(ctx, { limit: 25, q });
      if (i > 0) best = Math.min(best, performance.now() - started); // the first run warms caches and Prisma
      rows = page.items.length;
    }
    timings.push({ q, ms: best, rows });
  }
  await closeDb();
  console.log(JSON.stringify(timings));
}

if (process.argv[1] === import.meta.filename) await measure();
