// Housekeeping jobs for tables that would only grow: Idempotency-Key records past their 24 h and portal sign-in
// links expired for more than a day are deleted in bounded runs (a run stops at its batch budget; the next run
// takes the rest), live rows stay, and both jobs are registered with the runner. The prunes run with the real
// clock, so they only ever remove rows that are expired for everyone: no other test's live data.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@/lib/crypto.ts';
import { createTestAccount, testDb } from '../../../tests/helpers.ts';
import { claimIdempotencyKey, pruneIdempotencyRecords } from '@/server/rest/idempotency.ts';
import { deleteExpiredPortalSignInTokens } from '@/server/domain/portal/sign-in.ts';
import type { Db } from '@/server/db.ts';
import { registeredJobs } from './registry.ts';
import './all-jobs.ts';

const HOUR = 3600_000;
const limits = { batchSize: 3, maxBatches: 2 };

async function storeRecord(db: Db, credentialId: string, key: string, at: Date): Promise<void> {
  const claim = await claimIdempotencyKey(
    db,
    credentialId,
    key,
    { method: 'POST', path: '/x', body: '' },
    at,
  );
  if (claim.kind !== 'claimed') throw new Error('expected a fresh claim');
  await claim.complete({ status: 201, body: '{"data":{}}', headers: {} });
}

/** Runs a prune until a run removes nothing; returns the run sizes. */
async function drain(prune: () => Promise<number>): Promise<number[]> {
  const runs: number[] = [];
  for (let n = await prune(); n > 0; n = await prune()) runs.push(n);
  return runs;
}

const job = (name: string) => {
  const found = registeredJobs().find((j) => j.name === name);
  if (!found) throw new Error(`job ${name} is not registered`);
  return found;
};

describe('idempotency-prune', () => {
  it('deletes records past their 24 h in bounded runs and keeps the live ones', async () => {
    const db = await testDb();
    const credentialId = `api_key:${randomUUID()}`;
    const mine = () => db.idempotencyRecord.findMany({ where: { credentialId }, select: { key: true } });
    const dayAgo = new Date(Date.now() - 25 * HOUR);
    for (let i = 0; i < 10; i++) await storeRecord(db, credentialId, `old-${i}`, dayAgo);
    await storeRecord(db, credentialId, 'live', new Date());
    // a claim that never completed (its process died) expires like any other
    await claimIdempotencyKey(
      db,
      credentialId,
      'abandoned',
      { method: 'POST', path: '/x', body: '' },
      dayAgo,
    );

    // 2 statements of 3, then the run stops (expired rows of earlier runs may be among them: any expired row goes)
    expect(await pruneIdempotencyRecords(db, new Date(), limits)).toBe(6);
    const runs = await drain(() => pruneIdempotencyRecords(db, new Date(), limits));
    expect(runs.every((n) => n <= 6)).toBe(true);
    expect(await mine()).toEqual([{ key: 'live' }]);

    await storeRecord(db, credentialId, 'old-again', dayAgo);
    expect(job('idempotency-prune').intervalMs).toBeLessThanOrEqual(HOUR);
    expect(await job('idempotency-prune').run(db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await mine()).toEqual([{ key: 'live' }]);
  });
});

describe('portal-token-prune', () => {
  it('deletes sign-in links expired for more than a day, in bounded runs', async () => {
    const db = await testDb();
    const account = await createTestAccount(db);
    const token = (expiresAt: Date, usedAt: Date | null = null) => ({
      tokenHash: sha256Hex(randomUUID()),
      email: `prune-${randomUUID()}@example.com`,
      accountId: account.id,
      environment: 'live' as const,
      expiresAt,
      usedAt,
    });
    const now = Date.now();
    await db.portalLoginToken.createMany({
      data: [
        ...Array.from({ length: 7 }, (_, i) =>
          token(new Date(now - 48 * HOUR - i * 1000), i % 2 ? null : new Date(now - 49 * HOUR)),
        ),
        token(new Date(now - HOUR)), // expired an hour ago: kept for a day (support can still see it was sent)
        token(new Date(now + 15 * 60_000)), // live
      ],
    });
    const mine = () => db.portalLoginToken.count({ where: { accountId: account.id } });

    expect(await deleteExpiredPortalSignInTokens({ db }, new Date(), limits)).toBe(6);
    await drain(() => deleteExpiredPortalSignInTokens({ db }, new Date(), limits));
    expect(await mine()).toBe(2);

    await db.portalLoginToken.create({ data: token(new Date(now - 30 * HOUR)) });
    expect(await job('portal-token-prune').run(db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await mine()).toBe(2);
  });
});
