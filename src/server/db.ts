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

export function embeddedDataDir(): string {
  return path.resolve(env().LICENTRIC_DATA_DIR, 'pglite');
}

/** One owner per PGlite folder: a second process opening it would corrupt it, so it is refused. */
function lockEmbeddedFolder(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lock = `${dir}.lock`;
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `The embedded database ${dir} is in use by process ${pid}. Stop it first, or use PostgreSQL (DATABASE_URL) to share a database between processes.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => fs.rmSync(lock, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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
      adapter: new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_MAX }),
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
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('pglite-prisma-adapter'),
    ]);
    const pglite = await PGlite.create(dir);
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
