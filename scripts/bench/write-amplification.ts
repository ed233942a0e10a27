// How validation counter flushes write the License table (not part of npm test): on a bulk-loaded table, bursts of
// flushes shaped like validation-effects.ts's writeBatch (lock the batch in id order, one UPDATE … FROM unnest of
// usesCount and lastValidatedAt) under three fillfactor setups — 100 (the default), 80 set by ALTER TABLE alone
// (what the migration does to an existing database: only pages written later keep room), and 80 on a rewritten
// table (a fresh install, or after VACUUM FULL) — reporting HOT updates (pg_stat_user_tables n_tup_hot_upd of
// n_tup_upd), table and index growth and time. `tsx scripts/bench/write-amplification.ts`; settings: BENCH_PG_URL,
// BENCH_DB_PREFIX (as run.ts; the database is <prefix>_wa), BENCH_WA_LICENSES (default 100000), BENCH_WA_BATCH
// (licenses per flush, default 2000), BENCH_WA_FLUSHES (flushes per burst, default 10).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, seedLicenses } from './seed.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PG = (process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432').replace(/\/$/, '');
const URL_ = `${PG}/${process.env.BENCH_DB_PREFIX ?? 'licentric_bench'}_wa`;
const LICENSES = Number(process.env.BENCH_WA_LICENSES ?? 100_000);
const BATCH = Number(process.env.BENCH_WA_BATCH ?? 2_000);
const FLUSHES = Number(process.env.BENCH_WA_FLUSHES ?? 10);

await ensureDatabase(URL_);
const migrated = spawnSync(process.execPath, ['scripts/prisma-wasm.mjs', 'deploy'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: URL_ },
});
if (migrated.status !== 0) throw new Error('migrations failed');
await seedLicenses(URL_, LICENSES, console.log);

const client = new pg.Client({ connectionString: URL_ });
await client.connect();
const ids = (await client.query<{ id: string }>('SELECT id FROM "License"')).rows.map((r) => r.id);

interface Stats {
  upd: number;
  hot: number;
  table: number;
  indexes: number;
}
async function stats(): Promise<Stats> {
  await client.query('SELECT pg_stat_force_next_flush()');
  await client.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ upd: string; hot: string; table: string; indexes: string }>(
    `SELECT n_tup_upd::text AS upd, n_tup_hot_upd::text AS hot,
            pg_relation_size('"License"')::text AS "table", pg_indexes_size('"License"')::text AS indexes
     FROM pg_stat_user_tables WHERE relname = 'License'`,
  );
  const row = rows[0];
  if (!row) throw new Error('no statistics for License');
  return {
    upd: Number(row.upd),
    hot: Number(row.hot),
    table: Number(row.table),
    indexes: Number(row.indexes),
  };
}

/** One flush of BATCH random licenses, as writeBatch does it. */
async function flush(): Promise<void> {
  const batch = new Set<string>();
  while (batch.size < Math.min(BATCH, ids.length))
    batch.add(ids[Math.floor(Math.random() * ids.length)] ?? '');
  const list = [...batch];
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM "License" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [list]);
  await client.query(
    `UPDATE "License" AS l
     SET "usesCount" = l."usesCount" + v.n, "lastValidatedAt" = GREATEST(COALESCE(l."lastValidatedAt", v.at), v.at)
     FROM unnest($1::uuid[], $2::int[], $3::timestamptz[]) AS v(id, n, at) WHERE l.id = v.id`,
    [list, list.map(() => 1), list.map(() => new Date().toISOString())],
  );
  await client.query('COMMIT');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const lines: string[] = [
  `${LICENSES.toLocaleString()} licenses, bursts of ${FLUSHES} flushes × ${BATCH.toLocaleString()} licenses`,
  '',
  '| setup | burst | updates | HOT | HOT % | table MB (after) | indexes MB (after) | ms per flush |',
  '|---|---|---|---|---|---|---|---|',
];
const setups = [
  { name: 'fillfactor 100 (default)', fillfactor: 100, rewrite: true },
  { name: 'fillfactor 80, ALTER only', fillfactor: 80, rewrite: false },
  { name: 'fillfactor 80, table rewritten', fillfactor: 80, rewrite: true },
];
for (const setup of setups) {
  // back to a densely packed table (as bulk-loaded), then the setup's fillfactor
  await client.query('ALTER TABLE "License" SET (fillfactor = 100)');
  await client.query('VACUUM FULL "License"');
  await client.query(`ALTER TABLE "License" SET (fillfactor = ${setup.fillfactor})`);
  if (setup.rewrite) await client.query('VACUUM FULL "License"');
  await client.query('ANALYZE "License"');
  for (const burst of [1, 2]) {
    const before = await stats();
    const started = performance.now();
    for (let i = 0; i < FLUSHES; i += 1) await flush();
    const ms = (performance.now() - started) / FLUSHES;
    const after = await stats();
    const upd = after.upd - before.upd;
    const hot = after.hot - before.hot;
    lines.push(
      `| ${setup.name} | ${burst} | ${upd} | ${hot} | ${((100 * hot) / Math.max(upd, 1)).toFixed(0)} % | ` +
        `${mb(after.table)} | ${mb(after.indexes)} | ${ms.toFixed(0)} |`,
    );
  }
}
await client.query('ALTER TABLE "License" RESET (fillfactor)');
await client.end();
console.log(lines.join('\n'));
