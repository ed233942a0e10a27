// The start-up migration step when several processes start at once (two instances and a worker in
// compose.yaml): the one that finds PostgreSQL's migration lock taken waits for it instead of failing. Runs on a
// database of its own, so that holding the lock cannot stall the other test files.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const PRISMA_MIGRATION_LOCK = 72707369; // the advisory lock key Prisma's schema engine takes while migrating

describe.skipIf(!process.env.DATABASE_URL)('scripts/prepare-db.ts on PostgreSQL', () => {
  it('waits while another process holds the migration lock, then starts', async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const database = `licentric_lock_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(process.env.DATABASE_URL ?? '');
    url.pathname = `/${database}`;
    const holder = new pg.Client({ connectionString: url.href });
    try {
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK]);

      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url.href },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const waiting = new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (/migration lock/.test(output)) resolve(clearInterval(poll));
        }, 100);
        void exited.then(() => resolve(clearInterval(poll)));
      });

      await waiting; // the child has given up once (or exited)
      await holder.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATION_LOCK]);
      expect(await exited, output).toBe(0);
      expect(output).toMatch(/another process holds the migration lock/);
      expect(output).toMatch(/PostgreSQL: migrations applied/);
    } finally {
      await holder.end();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
