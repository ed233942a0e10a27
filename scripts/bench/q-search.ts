// The dashboard's `q` license search timed on a bench database: the first page (25) through the domain's own
// listLicenses (the query the dashboard and GET /licenses?q= run), best of three after a warm-up, for a text that
// matches a handful of licenses, one that matches every license, and one that matches none. timeSearches() runs this
// file in a child process per database (DATABASE_URL is read once per process); run alone it prints JSON.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface SearchTiming {
  q: string;
  licenses: number;
  ms: number;
  rows: number;
}

const QUERIES = ['customer-0000042', 'example.com', 'no-such-customer'];

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
  const [{ getDb, closeDb }, { listLicenses }, { BENCH_ACCOUNT }] = await Promise.all([
    import('@/server/db.ts'),
    import('@/server/domain/licenses/licenses.ts'),
    import('./seed.ts'),
  ]);
  const db = await getDb();
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
