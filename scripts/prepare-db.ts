// Prepares the database before the server starts (a separate process, so the embedded folder is free again
// when the server opens it): applies pending migrations, and seeds demo data into an empty embedded database.
// `--seed` seeds whatever the database (npm run db:seed). Each attempt runs in a child process (`--once`), so that
// processes starting together can take turns on PostgreSQL's migration lock.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isEmbedded } from '@/env.ts';
import { closeDb, embeddedDataDir, getDb, type Db } from '@/server/db.ts';

interface SeedModule {
  seed?: (db: Db) => Promise<unknown>;
}

const ONCE = '--once';
const ATTEMPTS = 6;
const LOCK_TAKEN = 75; // EX_TEMPFAIL: the migration lock stayed taken; a fresh process may try again

/**
 * Prisma's engine waits at most 10 s for PostgreSQL's migration lock, then fails with P1002; instances and workers
 * that start together (compose, a rollout) queue on it even when there is nothing to apply. The waiting query of
 * a failed attempt stays queued on its connection and would take the lock later, for good, so a new attempt
 * needs a new process: the parent only runs `--once` children until one gets through.
 */
function runAttempts(): never {
  const args = [...process.execArgv, process.argv[1] ?? '', ...process.argv.slice(2), ONCE];
  for (let attempt = 1; ; attempt += 1) {
    const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (child.status !== LOCK_TAKEN || attempt === ATTEMPTS) process.exit(child.status ?? 1);
    console.log(
      `[licentric] another process holds the migration lock: trying again (${attempt}/${ATTEMPTS - 1})`,
    );
  }
}

function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative.startsWith('..') ? dir : relative;
}

async function main(): Promise<void> {
  const force = process.argv.includes('--seed');
  const started = Date.now();
  const db = await getDb({ migrate: true });
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

if (!process.argv.includes(ONCE)) runAttempts();

// Exit explicitly: the migration engine's pg pool would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    if ((error as { code?: unknown }).code === 'P1002') {
      console.log('[licentric] the migration lock stayed taken for 10 s');
      process.exit(LOCK_TAKEN);
    }
    console.error('[licentric] database preparation failed:', error);
    process.exit(1);
  },
);
