// The deferred validation flush under a burst (DOMAIN.md §4 side effects): thousands of licenses validated once
// each are all written — lastValidatedAt, usesCount and exactly one license.activated each — in bounded,
// set-based batches; two processes flushing overlapping backlogs at once (PostgreSQL) reach the same exact
// totals without deadlocks; a batch that cannot make progress says so loudly, and the rest still gets written.
process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import type { Db } from '@/server/db.ts';
import { drainDeferredWrites, stopFlushLoop } from '@/server/domain/usage/deferred-writes.ts';
import { testDb } from '../../../../tests/helpers.ts';
import {
  createLicensesInBulk,
  setupRuntime,
  type RuntimeFixture,
} from '../../../../tests/fixtures/runtime.ts';
import { validateLicenseKey } from './validate-key.ts';
import { flushValidationEffects, recordFirstSuccess, recordTouch } from './validation-effects.ts';

resetEnvForTests();

const embedded = !process.env.DATABASE_URL;

async function validateAll(db: Db, keys: string[], concurrency = 64): Promise<void> {
  for (let i = 0; i < keys.length; i += concurrency) {
    const answers = await Promise.all(
      keys.slice(i, i + concurrency).map((key) => validateLicenseKey({ db }, { key })),
    );
    expect(answers.every((a) => a.answer.code === 'VALID')).toBe(true);
  }
}

/** Every license of the fixture with its counters, and the license.activated events per license. */
async function totals(f: RuntimeFixture) {
  const rows = await f.db.license.findMany({
    where: { accountId: f.accountId },
    select: { id: true, usesCount: true, lastValidatedAt: true, activatedAt: true },
  });
  const events = await f.db.event.groupBy({
    by: ['resourceId'],
    where: { accountId: f.accountId, type: 'license.activated' },
    _count: { _all: true },
  });
  return { rows, activated: new Map(events.map((e) => [e.resourceId, e._count._all])) };
}

describe('validation flush under a burst', () => {
  it('writes every one of 3,200 first validations: lastValidatedAt, usesCount, one license.activated each', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const licenses = [f.license, ...(await createLicensesInBulk(f, 3199))];
    const started = new Date();
    await validateAll(
      db,
      licenses.map((l) => l.key),
    );
    expect(await drainDeferredWrites(db)).toBe(0);

    const { rows, activated } = await totals(f);
    expect(rows).toHaveLength(3200);
    const unwritten = rows.filter((r) => r.lastValidatedAt === null || r.activatedAt === null);
    expect(unwritten.length, 'licenses without lastValidatedAt / activatedAt').toBe(0);
    expect(rows.every((r) => r.lastValidatedAt!.getTime() >= started.getTime() - 1000)).toBe(true);
    expect(rows.filter((r) => r.usesCount !== 1)).toEqual([]);
    expect(activated.size).toBe(3200);
    expect([...activated.values()].every((n) => n === 1)).toBe(true);
    const sample = await db.event.findFirstOrThrow({
      where: { accountId: f.accountId, type: 'license.activated', resourceId: licenses[1]!.id },
    });
    expect(sample).toMatchObject({ actorType: 'license', actorId: licenses[1]!.id, resourceType: 'license' });
    expect(sample.data).toMatchObject({ id: licenses[1]!.id, status: 'active', usesCount: 1 });
    expect(sample.data).not.toHaveProperty('key');
  }, 180_000);
});

interface Child {
  /** How many keys the child validated, and how many of them were VALID. */
  validated: Promise<{ validated: number; valid: number }>;
  /** The child's drain: how long it took and how many items it left unwritten. */
  flushed: Promise<{ flushedInMs: number; left: number }>;
  flush: () => void;
}

function startChild(keys: string[]): Child {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-burst-'));
  const file = path.join(dir, 'keys.json');
  fs.writeFileSync(file, JSON.stringify(keys));
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    [path.resolve('tests/children/validation-burst.child.ts'), file],
    { env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  // the keys file is read by the time the child says "validated"; removed then, or when it exits early
  const removeKeys = () => fs.rmSync(dir, { recursive: true, force: true });
  child.once('exit', removeKeys);
  const lines = readline.createInterface({ input: child.stdout });
  let markValidated: (counts: { validated: number; valid: number }) => void = () => {};
  const validated = new Promise<{ validated: number; valid: number }>((resolve) => (markValidated = resolve));
  const flushed = new Promise<{ flushedInMs: number; left: number }>((resolve, reject) => {
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      const message = JSON.parse(line) as {
        validated?: number;
        valid?: number;
        flushedInMs?: number;
        left?: number;
      };
      if (message.validated !== undefined) {
        removeKeys();
        markValidated({ validated: message.validated, valid: message.valid ?? 0 });
      } else if (message.flushedInMs !== undefined)
        resolve({ flushedInMs: message.flushedInMs, left: message.left ?? NaN });
    });
    child.once('exit', (code) =>
      reject(new Error(`burst child exited with ${code ?? 'a signal'} before it flushed`)),
    );
  });
  return { validated, flushed, flush: () => child.stdin.write('flush\n') };
}

describe.skipIf(embedded)('two processes flushing at once (PostgreSQL)', () => {
  it('overlapping backlogs of 2,000 licenses each: exact totals, one license.activated per license', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const licenses = [f.license, ...(await createLicensesInBulk(f, 2999))];
    const keys = licenses.map((l) => l.key);
    // A validates [0, 2000), B validates [1000, 3000): licenses 1000..1999 are in both backlogs
    const children = [startChild(keys.slice(0, 2000)), startChild(keys.slice(1000))];
    expect(await Promise.all(children.map((c) => c.validated))).toEqual([
      { validated: 2000, valid: 2000 },
      { validated: 2000, valid: 2000 },
    ]);
    for (const c of children) c.flush();
    expect((await Promise.all(children.map((c) => c.flushed))).map((f) => f.left)).toEqual([0, 0]);

    const { rows, activated } = await totals(f);
    const index = new Map(licenses.map((l, i) => [l.id, i]));
    const expectedUses = (id: string) => {
      const i = index.get(id)!;
      return i >= 1000 && i < 2000 ? 2 : 1;
    };
    expect(rows).toHaveLength(3000);
    expect(rows.filter((r) => r.lastValidatedAt === null || r.activatedAt === null)).toEqual([]);
    expect(rows.filter((r) => r.usesCount !== expectedUses(r.id))).toEqual([]);
    expect(rows.reduce((sum, r) => sum + r.usesCount, 0)).toBe(4000);
    expect(activated.size).toBe(3000);
    expect([...activated.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  }, 240_000);
});

describe.skipIf(embedded)('a batch that cannot make progress (PostgreSQL)', () => {
  it('is reported loudly, holds up no other license, and is written once the row is free', async () => {
    const db = await testDb();
    const f = await setupRuntime(db, { requireFingerprint: false });
    const licenses = [f.license, ...(await createLicensesInBulk(f, 59))];
    const stuck = licenses[17]!.id;
    // another transaction holds the row of one license for as long as it likes
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM "License" WHERE id = $1 FOR UPDATE', [stuck]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const at = new Date();
      for (const l of licenses) {
        recordTouch(l.id, at, true);
        recordFirstSuccess(l.id, f.accountId, 'test', at);
      }
      stopFlushLoop(); // this test drives the flush itself, with a short time budget per batch
      const unwritten = async () =>
        (
          await db.license.findMany({
            where: { accountId: f.accountId, lastValidatedAt: null },
            select: { id: true },
          })
        ).map((r) => r.id);
      for (let pass = 0; pass < 20 && (await unwritten()).length > 1; pass++)
        await flushValidationEffects(db, { batchBudgetMs: 300 });
      expect(await unwritten()).toEqual([stuck]);
      // halving isolates the locked row; then the log says plainly that it cannot be written, and which it is
      for (let pass = 0; pass < 3; pass++) await flushValidationEffects(db, { batchBudgetMs: 300 });
      const logged = errors.mock.calls.map((call) => String(call[0]));
      expect(logged.some((line) => line.includes('validation flush batch failed'))).toBe(true);
      expect(
        logged.some((line) =>
          line.includes(`cannot make progress, even one license at a time: license ${stuck}`),
        ),
      ).toBe(true);
      expect(await unwritten()).toEqual([stuck]);

      await holder.query('ROLLBACK');
      await flushValidationEffects(db, { batchBudgetMs: 300 });
      expect(await unwritten()).toEqual([]);
      expect(warnings.mock.calls.some((call) => String(call[0]).includes('writing again after'))).toBe(true);
      const { rows, activated } = await totals(f);
      expect(rows.filter((r) => r.usesCount !== 1 || r.activatedAt === null)).toEqual([]);
      expect(activated.size).toBe(60);
      expect([...activated.values()].every((n) => n === 1)).toBe(true);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
      await holder.end();
    }
  }, 120_000);
});
