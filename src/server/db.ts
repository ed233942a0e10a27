// The process's single Prisma client: PostgreSQL through adapter-pg when DATABASE_URL is set, else the
// embedded PGlite database under the data folder. Kept on globalThis so Next's bundles, jobs and the
// shutdown hook all share one instance; PGlite must be closed on shutdown or it loses nothing but hangs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/generated/prisma/client.ts';
import { env } from '@/env.ts';

export type Db = PrismaClient;
/** What domain code runs queries on: the client or an interactive transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

interface OpenDb {
  client: PrismaClient;
  close: () => Promise<void>;
}

const holder = globalThis as unknown as { __licentricDb?: Promise<OpenDb> };

/**
 * Options of every `pg` pool on DATABASE_URL: a connection attempt gives up after 5 s (the default waits forever,
 * so an unreachable server would hang requests instead of answering 503), and TCP keep-alive notices a peer
 * that vanished without closing its connections.
 */
export const PG_POOL_OPTIONS = { connectionTimeoutMillis: 5_000, keepAlive: true } as const;

export function embeddedDataDir(): string {
  return path.resolve(env().LICENTRIC_DATA_DIR, 'pglite');
}

/** Another live process (typically the running server) holds the embedded database folder. */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database ${dir} is in use by process ${pid}. Stop it first, or use PostgreSQL (DATABASE_URL) to share a database between processes.`,
    );
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

/**
 * One owner per PGlite folder: a second process opening it would corrupt it, so it is refused. The lock file
 * names its owner by process id and, on Linux, the process's start time, so a lock left by a killed process
 * (`kill -9`, power loss) is recognised as stale even when its id now belongs to another process. The file is
 * created exclusively, so two processes starting at once cannot both take it.
 */
function lockEmbeddedFolder(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lock = `${dir}.lock`;
  const mine = JSON.stringify({ pid: process.pid, started: processStartTime(process.pid) });
  for (let attempt = 0; ; attempt += 1) {
    try {
      fs.writeFileSync(lock, mine, { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readLockOwner(lock);
    if (owner && owner.pid !== process.pid && ownerAlive(owner)) {
      throw new EmbeddedDatabaseInUseError(dir, owner.pid);
    }
    if (attempt >= 2) throw new Error(`${lock}: another process keeps taking the lock; try again`);
    console.warn(
      `[licentric] ${lock}: left by process ${owner?.pid ?? '?'}, which has ended: taking it over`,
    );
    fs.rmSync(lock, { force: true });
  }
}

interface LockOwner {
  pid: number;
  started: string | null;
}

/** The lock's owner; older locks hold only the process id. Null for an empty or unreadable file. */
function readLockOwner(lock: string): LockOwner | null {
  let text: string;
  try {
    text = fs.readFileSync(lock, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null }
      : null;
  } catch {
    return null; // half-written by a process killed while taking the lock
  }
}

function ownerAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // the id is in use: by the owner only if it is the same process (same start time), where that can be told
  const started = processStartTime(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** Start time of a process in clock ticks since boot (Linux /proc/<pid>/stat, field 22); null elsewhere. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) is in parentheses and may contain spaces: count fields after its last ')'
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

interface MigrationScript {
  adapterFor: (url: string) => Promise<SqlDriverAdapterFactory & { close?: () => Promise<void> }>;
  openEngine: (
    adapter: unknown,
  ) => Promise<{ applyMigrations: (input: unknown) => Promise<unknown>; free: () => void }>;
  listMigrations: (provider: string) => unknown;
  filters: unknown;
}

/** scripts/prisma-wasm.mjs, loaded at run time only (never bundled into the Next server). */
async function migrationScript(): Promise<MigrationScript> {
  const file = pathToFileURL(path.resolve('scripts/prisma-wasm.mjs')).href;
  return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ file)) as MigrationScript;
}

async function open(options: { migrate: boolean }): Promise<OpenDb> {
  const url = env().DATABASE_URL;
  if (url) {
    if (options.migrate) {
      const script = await migrationScript();
      const engine = await script.openEngine(await script.adapterFor(url));
      await engine.applyMigrations({
        migrationsList: script.listMigrations('postgresql'),
        filters: script.filters,
      });
      engine.free();
    }
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_MAX, ...PG_POOL_OPTIONS }),
    });
    return { client, close: () => client.$disconnect() };
  }
  const dir = embeddedDataDir();
  const unlock = lockEmbeddedFolder(dir);
  let adapter: SqlDriverAdapterFactory & { close?: () => Promise<void> };
  if (options.migrate) {
    // PGlite has one owner: migrate on the same instance the client then uses
    const script = await migrationScript();
    adapter = await script.adapterFor(`file:${dir}`);
    const engine = await script.openEngine(adapter);
    await engine.applyMigrations({
      migrationsList: script.listMigrations('postgresql'),
      filters: script.filters,
    });
    engine.free();
  } else {
    const [{ PGlite }, { PrismaPGlite }, { pg_trgm }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('pglite-prisma-adapter'),
      // the extensions the migrations create (as pgliteExtensions() in scripts/prisma-wasm.mjs)
      import('@electric-sql/pglite/contrib/pg_trgm'),
    ]);
    const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
    adapter = Object.assign(new PrismaPGlite(pglite), { close: () => pglite.close() });
  }
  const client = new PrismaClient({ adapter });
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await adapter.close?.();
      unlock();
    },
  };
}

/**
 * The shared client. `migrate: true` (CLI, seed, tests, worker) applies pending migrations first; the Next
 * server never migrates: `npm start` does it in a step before the server starts.
 */
export async function getDb(options: { migrate?: boolean } = {}): Promise<Db> {
  holder.__licentricDb ??= open({ migrate: options.migrate ?? false });
  try {
    return (await holder.__licentricDb).client;
  } catch (error) {
    holder.__licentricDb = undefined;
    throw error;
  }
}

export async function closeDb(): Promise<void> {
  const opened = holder.__licentricDb;
  holder.__licentricDb = undefined;
  if (opened) await (await opened).close();
}
