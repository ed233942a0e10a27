// Job: moves licenses whose expiry passed from `active` to `expired` (or `revoked` under the REVOKE strategy)
// with their `license.expired` / `license.revoked` event (recordExpiry, the licenses module's own), exactly once. Batches are claimed with
// `FOR UPDATE SKIP LOCKED` and the update is conditional on status = active, so concurrent workers (and the
// lazy materialisation in the licenses module) never emit an expiry twice.
import type { Db } from '@/server/db.ts';
import { SYSTEM_ACTOR } from '@/server/context.ts';
import type { Environment, ExpirationStrategy } from '@/generated/prisma/enums.ts';
import { recordExpiry } from '@/server/domain/licenses/license-lifecycle.ts';
import { defineJob } from './registry.ts';

const BATCH = 100;

export interface JobFilter {
  /** Only this account (test isolation; jobs normally run over every account). */
  accountId?: string;
}

interface DueLicense {
  id: string;
  accountId: string;
  environment: Environment;
  expiresAt: Date;
  expirationStrategy: ExpirationStrategy;
}

/** One pass over every due license; returns how many it expired or revoked. */
export async function expireLicenses(
  db: Db,
  now: Date = new Date(),
  filter: JobFilter = {},
): Promise<number> {
  let total = 0;
  for (;;) {
    const processed = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<DueLicense[]>`
        SELECT l."id", l."accountId", l."environment"::text AS "environment", l."expiresAt", p."expirationStrategy"::text AS "expirationStrategy"
        FROM "License" l JOIN "Policy" p ON p."id" = l."policyId"
        WHERE l."status" = 'active' AND l."expiresAt" <= ${now} AND l."deletedAt" IS NULL
          AND (${filter.accountId ?? null}::uuid IS NULL OR l."accountId" = ${filter.accountId ?? null}::uuid)
        ORDER BY l."expiresAt", l."id"
        LIMIT ${BATCH}
        FOR UPDATE OF l SKIP LOCKED`;
      let count = 0;
      for (const license of due) {
        const ctx = { accountId: license.accountId, environment: license.environment, actor: SYSTEM_ACTOR };
        const expiry = { ...license, status: 'active' as const, policy: license };
        if (await recordExpiry(tx, ctx, expiry, now)) count += 1;
      }
      return { seen: due.length, count };
    });
    total += processed.count;
    if (processed.seen < BATCH) return total;
  }
}

defineJob({
  name: 'expire-licenses',
  intervalMs: 60_000,
  run: (db, now) => expireLicenses(db, now),
});
