// The validate-key lookup's database access. On PostgreSQL it runs as a named prepared statement on a small
// dedicated `pg` pool, so the server plans the four-table join once per connection instead of on every request
// (through Prisma's $queryRaw every execution is re-planned — measured at several times the 0.2 ms execution).
// On the embedded database (one connection, one owner) it goes through the shared Prisma client.
import pg from 'pg';
import { env } from '@/env.ts';
import { PG_POOL_OPTIONS, type Db } from '@/server/db.ts';
import { onShutdown } from '@/server/lifecycle.ts';

const holder = globalThis as unknown as { __licentricHotPool?: pg.Pool | null };

function hotPool(): pg.Pool | null {
  if (holder.__licentricHotPool !== undefined) return holder.__licentricHotPool;
  const url = env().DATABASE_URL;
  if (!url) return (holder.__licentricHotPool = null);
  const pool = new pg.Pool({
    connectionString: url,
    max: env().DATABASE_POOL_MAX,
    allowExitOnIdle: true,
    ...PG_POOL_OPTIONS,
  });
  pool.on('error', (error) => console.error('[licentric] validation pool error:', error));
  holder.__licentricHotPool = pool;
  onShutdown(async () => {
    holder.__licentricHotPool = undefined;
    await pool.end();
  });
  return pool;
}

/**
 * Runs `text` ($1, $2 … placeholders) as the named statement `name`; rows come back typed like Prisma's. `db` is
 * the fallback (the embedded database) and takes only what it needs, so a domain context's client fits.
 */
export async function preparedQuery<T>(
  db: Pick<Db, '$queryRawUnsafe'>,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = hotPool();
  if (!pool) return db.$queryRawUnsafe<T[]>(text, ...values);
  const result = await pool.query<T & pg.QueryResultRow>({ name, text, values });
  return result.rows;
}
