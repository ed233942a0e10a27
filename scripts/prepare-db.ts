// Prepares the database before the server starts (a separate process, so the embedded folder is free again
// when the server opens it): applies pending migrations, and seeds demo data into an empty embedded database.
// `--seed` seeds whatever the database (npm run db:seed). Processes starting together take turns on the
// migration lock.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isEmbedded } from '@/env.ts';
import { closeDb, embeddedDataDir, getDb, type Db } from '@/server/db.ts';

interface SeedModule {
  seed?: (db: Db) => Promise<unknown>;
}

const MIGRATION_LOCK_ATTEMPTS = 6;

/**
 * The database with pending migrations applied. Prisma's engine waits at most 10 s for PostgreSQL's migration
 * lock and then fails with P1002; instances and workers that start together (compose, a rollout) queue on that
 * lock even when there is nothing to apply, so try again a few times before giving up.
 */
async function openMigrated(): Promise<Db> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await getDb({ migrate: true });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'P1002' || attempt === MIGRATION_LOCK_ATTEMPTS) throw error;
      console.log(
        `[licentric] another process holds the migration lock (or the database is slow): trying again (${attempt}/${MIGRATION_LOCK_ATTEMPTS - 1})`,
      );
    }
  }
}

function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative.startsWith('..') ? dir : relative;
}

async function main(): Promise<void> {
  const force = process.argv.includes('--seed');
  const started = Date.now();
  const db = await openMigrated();
  const where = isEmbedded() ? `embedded database ${displayPath(embeddedDataDir())}` : 'PostgreSQL';
  console.log(`[licentric] ${where}: migrations applied (${Date.now() - started} ms)`);
  try {
    const seedFile = path.resolve('prisma/seed.ts');
    const empty = (await db.account.count()) === 0;
    if (force || (isEmbedded() && empty)) {
      if (!fs.existsSync(seedFile)) {
        console.log('[licentric] no prisma/seed.ts yet: demo data skipped');
      } else {
        const mod = (await import(pathToFileURL(seedFile).href)) as SeedModule;
        if (typeof mod.seed !== 'function') throw new Error('prisma/seed.ts does not export seed(db)');
        await mod.seed(db);
        console.log('[licentric] demo data seeded');
      }
    }
  } finally {
    await closeDb();
  }
}

// Exit explicitly: the migration engine's pg pool would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[licentric] database preparation failed:', error);
    process.exit(1);
  },
);
