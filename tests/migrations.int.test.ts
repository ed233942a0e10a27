// The migration history applies cleanly to an empty database: a fresh PostgreSQL database (when DATABASE_URL
// points at a server) and a fresh embedded PGlite folder. Runs the same command as `npm run db:migrate:deploy`.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { pgliteExtensions } from '../scripts/prisma-wasm.mjs';

const run = promisify(execFile);
const serverUrl = process.env.DATABASE_URL;
const migrationNames = fs
  .readdirSync('prisma/migrations', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface MigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}
const LIST =
  'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name';

async function deploy(databaseUrl: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['scripts/prisma-wasm.mjs', 'deploy'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return stdout;
}

type Query = (sql: string) => Promise<{ rows: unknown[] }>;

/** The q search's trigram indexes exist and the planner uses one for a case-insensitive "contains". */
async function expectTrigramSearch(query: Query): Promise<void> {
  const indexes = await query(
    `SELECT indexname FROM pg_indexes WHERE tablename = 'License' AND indexdef LIKE '%gin_trgm_ops%'`,
  );
  expect((indexes.rows as Array<{ indexname: string }>).map((r) => r.indexname).sort()).toEqual([
    'License_name_trgm_idx',
    'License_userEmail_trgm_idx',
    'License_userName_trgm_idx',
  ]);
  await query('SET enable_seqscan = off');
  const plan = await query(`EXPLAIN SELECT id FROM "License" WHERE "name" ILIKE '%needle%'`);
  const lines = (plan.rows as Array<{ 'QUERY PLAN': string }>).map((r) => r['QUERY PLAN']);
  expect(lines.join('\n')).toContain('License_name_trgm_idx');
}

function expectAllApplied(rows: MigrationRow[]): void {
  expect(migrationNames.some((name) => name.endsWith('_init'))).toBe(true);
  expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
  for (const row of rows) {
    expect(row.finished_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
  }
}

// A fresh PGlite folder runs initdb: seconds alone, much longer on a busy machine with parallel test files.
describe('migrations', { timeout: 180_000 }, () => {
  it.skipIf(!serverUrl)('apply to an empty PostgreSQL database', async () => {
    const name = `licentric_migrations_${Date.now()}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      expect(await deploy(url.toString())).toContain(`Applied ${migrationNames.length} migration(s)`);
      expect(await deploy(url.toString())).toContain('No pending migrations');
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        expectAllApplied((await client.query<MigrationRow>(LIST)).rows);
        await expectTrigramSearch((sql) => client.query(sql));
      } finally {
        await client.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('apply to a fresh embedded PGlite folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-migrations-'));
    try {
      const dataDir = path.join(dir, 'pglite');
      expect(await deploy(`file:${dataDir}`)).toContain(`Applied ${migrationNames.length} migration(s)`);
      const db = await PGlite.create(dataDir, { extensions: await pgliteExtensions() });
      try {
        expectAllApplied((await db.query<MigrationRow>(LIST)).rows);
        await expectTrigramSearch((sql) => db.query(sql));
        const tables = await db.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        );
        expect(tables.rows.map((t) => t.table_name)).toEqual(
          expect.arrayContaining(['Account', 'License', 'Event']),
        );
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
