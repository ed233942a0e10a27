// The runtime hot path's database access (validate-key, License auth, heartbeat, activation). On PostgreSQL its
// statements run as named prepared statements on a small dedicated `pg` pool, so the server plans them once per
// connection instead of on every request (through Prisma's $queryRaw every execution is re-planned — measured at
// several times the 0.2 ms execution); the lookups and heartbeats of concurrent requests share one statement
// (hotBatch), and activation's seat transaction runs on one of its connections. On the embedded database (one
// connection, one owner) they go through the shared Prisma client, one at a time.
import pg from 'pg';
import { env } from '@/env.ts';
import { PG_POOL_OPTIONS, type Db } from '@/server/db.ts';
import { onShutdown } from '@/server/lifecycle.ts';
import { AppError } from '@/server/errors.ts';
import { batchRequests } from '@/server/shared/batch-requests.ts';

const holder = globalThis as unknown as { __licentricHotPool?: pg.Pool | null };

function hotPool(): pg.Pool | null {
  if (holder.__licentricHotPool !== undefined) return holder.__licentricHotPool;
  const url = env().DATABASE_URL;
  if (!url) return (holder.__licentricHotPool = null);
  const pool = new pg.Pool({
    connectionString: url,
    max: env().DATABASE_POOL_MAX,
    allowExitOnIdle: true,
    statement_timeout: HOT_STATEMENT_TIMEOUT_MS,
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
 * How long one hot statement may run before its callers get a 503. A batch holds every request queued behind it,
 * so a statement stuck behind a row lock must not hold them longer: the server cancels it (statement_timeout of
 * the pool's connections; nothing of it commits), and the next batch goes on. Activation's transaction sets its
 * own limit. A server that stops answering altogether is given up on a second later (the connection is dropped).
 */
export const HOT_STATEMENT_TIMEOUT_MS = 4_000;
const HOT_QUERY_TIMEOUT_MS = HOT_STATEMENT_TIMEOUT_MS + 1_000;

/** Runs `text` ($1, $2 … placeholders) as the named statement `name` on the hot pool; rows typed like Prisma's. */
async function hotQuery<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = hotPool();
  if (!pool) throw new Error('hotQuery needs PostgreSQL (DATABASE_URL)');
  // pg reads query_timeout per query too (client.js), though its types list it only for the client
  const query: pg.QueryConfig & { query_timeout: number } = {
    name,
    text,
    values,
    query_timeout: HOT_QUERY_TIMEOUT_MS,
  };
  try {
    const result = await pool.query<T & pg.QueryResultRow>(query);
    return result.rows;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // 57014: cancelled by statement_timeout
    if (code === '57014' || (error instanceof Error && error.message === 'Query read timeout')) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The server is busy; retry the request in a moment.');
    }
    throw error;
  }
}

interface HotBatchOptions<I> {
  /** The prepared statement's name. */
  name: string;
  /**
   * A statement over a batch: its parameters are arrays (one element per item, built by `columns`), typically
   * `unnest(…) WITH ORDINALITY AS i(…, n)`, and it answers exactly one row per item, ordered by n.
   */
  text: string;
  columns: (items: I[]) => unknown[];
  /** Items with the same key never share a batch (see batchRequests). */
  key?: (item: I) => string;
  /** The order items take within a batch, e.g. so that every process locks rows in the same order. */
  compare?: (a: I, b: I) => number;
}

/**
 * Errors that may belong to one item of a batch (SQLSTATE class 22 data exception, 23 constraint violation, 40
 * deadlock or serialization failure), worth running each item alone; not a lost connection or a full pool, which
 * would only fail again, later.
 */
function isItemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23|40)/.test(code);
}

interface HotBatch<I, R> {
  /** On the hot pool: batched with concurrent callers; elsewhere (the embedded database) alone through `db`. */
  run: (db: Pick<Db, '$queryRawUnsafe'>, item: I) => Promise<R>;
  /** Alone, through this client (a transaction the caller holds). */
  runWith: (client: Pick<Db, '$queryRawUnsafe'>, item: I) => Promise<R>;
}

/**
 * A statement that callers run for one item each and that, on the hot pool, runs for the items of concurrent
 * callers together (batchRequests: one round trip per batch, as a named prepared statement).
 */
export function hotBatch<I, R>(options: HotBatchOptions<I>): HotBatch<I, R> {
  const oneRowEach = (rows: R[], items: I[]): R[] => {
    if (rows.length !== items.length) throw new Error(`${options.name}: one row per item expected`);
    return rows;
  };
  const onPool = async (items: I[]): Promise<R[]> =>
    oneRowEach(await hotQuery<R>(options.name, options.text, options.columns(items)), items);
  const { compare } = options;
  const submit = batchRequests<I, R>({
    runBatch: async (items) => {
      if (!compare) return onPool(items);
      const order = items.map((_, i) => i).sort((a, b) => compare(items[a] as I, items[b] as I));
      const rows = await onPool(order.map((i) => items[i] as I));
      const answers = new Array<R>(items.length);
      order.forEach((original, sorted) => (answers[original] = rows[sorted] as R));
      return answers;
    },
    runOne: async (item) => (await onPool([item]))[0] as R,
    retryAlone: isItemError,
    key: options.key,
  });
  const runWith = async (client: Pick<Db, '$queryRawUnsafe'>, item: I): Promise<R> => {
    const rows = await client.$queryRawUnsafe<R[]>(options.text, ...options.columns([item]));
    return oneRowEach(rows, [item])[0] as R;
  };
  return { run: (db, item) => (hasHotPool() ? submit(item) : runWith(db, item)), runWith };
}

/** A statement runner: named (prepared per connection) on the hot pool, plain raw SQL elsewhere. */
export type Sql = <T>(name: string, text: string, values: unknown[]) => Promise<T[]>;

/** True when `inHotTransaction` can run (PostgreSQL); the embedded database has no hot pool. */
export function hasHotPool(): boolean {
  return hotPool() !== null;
}

/**
 * Runs `fn` in a transaction on one connection of the hot pool: its statements are prepared once per connection
 * and cost one round trip each, without the ORM's interactive-transaction machinery (measured at about 1.5 ms per
 * statement under load, against 0.3–0.5 ms here). Commits what `fn` returns, rolls back what it throws; a
 * statement running past `timeoutMs` is cancelled. No connection free within the pool's connect timeout → 503.
 */
export async function inHotTransaction<T>(fn: (sql: Sql) => Promise<T>, timeoutMs: number): Promise<T> {
  const pool = hotPool();
  if (!pool) throw new Error('inHotTransaction needs PostgreSQL (DATABASE_URL)');
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    if (error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message)) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The server is busy; retry the request in a moment.');
    }
    throw error;
  }
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`);
    const result = await fn(async <R>(name: string, text: string, values: unknown[]) => {
      const answer = await client.query<R & pg.QueryResultRow>({ name, text, values });
      return answer.rows;
    });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: unknown) => {
      broken = rollback instanceof Error ? rollback : new Error(String(rollback));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
