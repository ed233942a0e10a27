// Seeds a benchmark database with N licenses in one INSERT … SELECT generate_series (keys BENCH-00000001 …, so
// the load generator can pick random existing keys without reading them back), each with a customer address and
// name (what the dashboard's q search looks through), and one machine on each of the first BENCH_MACHINES licenses
// (ids benchMachineId(i), for the heartbeat run). Idempotent per database and seed version.
import pg from 'pg';

export const BENCH_ACCOUNT = '00000000-0000-4000-8000-00000000b001';
export const BENCH_PRODUCT = '00000000-0000-4000-8000-00000000b002';
export const BENCH_POLICY = '00000000-0000-4000-8000-00000000b003';

export const benchKey = (i: number): string => `BENCH-${String(i).padStart(8, '0')}`;
/** The machine seeded on license i (1 … BENCH_MACHINES). */
export const benchMachineId = (i: number): string =>
  `00000000-0000-4000-9000-${i.toString(16).padStart(12, '0')}`;
export const BENCH_MACHINES = 1_000;
/** Changes when what is seeded changes: an older bench database is seeded again. */
const SEED_VERSION = 'Benchmark v2';

/** The master key the bench seeds keys with, unless LICENTRIC_MASTER_KEY is set (servers must use the same). */
export const BENCH_MASTER_KEY = process.env.LICENTRIC_MASTER_KEY ?? Buffer.alloc(32, 9).toString('base64');

/** The settings of a production server under benchmark: rate limits and in-process jobs off. */
export function benchServerEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    DATABASE_URL: databaseUrl,
    LICENTRIC_MASTER_KEY: BENCH_MASTER_KEY,
    AUTH_SECRET: 'licentric-bench-auth-secret',
    RATE_LIMIT_VALIDATION_PER_MIN: '0',
    RATE_LIMIT_ACTIVATION_PER_MIN: '0',
    RATE_LIMIT_MANAGEMENT_PER_MIN: '0',
    JOBS_IN_PROCESS: 'false',
  };
}

/** Creates the database when missing (connecting to the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Seeds `count` licenses (unless exactly that many bench licenses exist); returns the seconds it took. */
export async function seedLicenses(url: string, count: number, log: (line: string) => void): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const existing = await client.query<{ n: string; name: string | null }>(
      `SELECT count(*)::text AS n, (SELECT "name" FROM "Account" WHERE "id" = $1) AS name
       FROM "License" WHERE "accountId" = $1`,
      [BENCH_ACCOUNT],
    );
    if (Number(existing.rows[0]?.n) === count && existing.rows[0]?.name === SEED_VERSION) {
      log(`[bench] ${url.split('/').pop()}: ${count.toLocaleString()} licenses already seeded`);
      return 0;
    }
    log(`[bench] seeding ${count.toLocaleString()} licenses into ${url.split('/').pop()} …`);
    await client.query('BEGIN');
    await client.query('DELETE FROM "Machine" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "Event" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "DailyUsage" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "License" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "Policy" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "Product" WHERE "accountId" = $1', [BENCH_ACCOUNT]);
    await client.query('DELETE FROM "Account" WHERE "id" = $1', [BENCH_ACCOUNT]);
    await client.query(
      `INSERT INTO "Account" ("id", "slug", "name", "updatedAt") VALUES ($1, 'bench', $2, now())`,
      [BENCH_ACCOUNT, SEED_VERSION],
    );
    await client.query(
      `INSERT INTO "Product" ("id", "accountId", "environment", "name", "code", "keyPrefix", "updatedAt")
       VALUES ($1, $2, 'live', 'Bench', 'bench', 'BENCH', now())`,
      [BENCH_PRODUCT, BENCH_ACCOUNT],
    );
    // unlimited seats, no fingerprint: every validation runs the full path to VALID
    await client.query(
      `INSERT INTO "Policy" ("id", "accountId", "environment", "productId", "name", "maxMachines", "requireFingerprint", "updatedAt")
       VALUES ($1, $2, 'live', $3, 'Bench', NULL, false, now())`,
      [BENCH_POLICY, BENCH_ACCOUNT, BENCH_PRODUCT],
    );
    // bulk-load practice: drop the secondary indexes, insert, rebuild them by sorting (much faster than
    // maintaining six b-trees row by row under random keyHash order)
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'License' AND indexname <> 'License_pkey'`,
    );
    for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    // activatedAt is set: the steady state (first-success events are not what is measured); keyEncrypted is a
    // placeholder — nothing on the measured paths decrypts it
    await client.query(
      `INSERT INTO "License" ("id", "accountId", "environment", "productId", "policyId", "keyHash", "keyEncrypted",
                              "userEmail", "userName", "activatedAt", "updatedAt")
       SELECT gen_random_uuid(), $1, 'live', $2, $3,
              encode(sha256(convert_to('BENCH-' || lpad(i::text, 8, '0'), 'UTF8')), 'hex'), 'bench-placeholder',
              'customer-' || lpad(i::text, 8, '0') || '@example.com', 'Customer ' || md5(i::text), now(), now()
       FROM generate_series(1, $4::int) AS i`,
      [BENCH_ACCOUNT, BENCH_PRODUCT, BENCH_POLICY, count],
    );
    await client.query(
      `INSERT INTO "Machine" ("id", "accountId", "environment", "licenseId", "fingerprint", "updatedAt")
       SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, $1, 'live', l."id", 'bench-machine-' || i, now()
       FROM generate_series(1, $2::int) AS i
       JOIN "License" l ON l."keyHash" = encode(sha256(convert_to('BENCH-' || lpad(i::text, 8, '0'), 'UTF8')), 'hex')`,
      [BENCH_ACCOUNT, Math.min(BENCH_MACHINES, count)],
    );
    for (const index of indexes.rows) await client.query(index.indexdef);
    await client.query('COMMIT');
    await client.query('ANALYZE "License"');
    const seconds = (Date.now() - started) / 1000;
    log(`[bench] seeded ${count.toLocaleString()} licenses in ${seconds.toFixed(1)} s`);
    return seconds;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
