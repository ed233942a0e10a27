// Daily usage counters (DOMAIN.md §4, §8): validations successful/failed and activations per account,
// environment, product and UTC day. Counted in memory and added to the DailyUsage rollup in one batched upsert
// by the deferred-write loop (deferred-writes.ts), so no request waits on (or serialises behind) a counter row.
// What a crash can lose: the counts of the last second or so — counters only, never license state.
import type { Environment } from '@/generated/prisma/enums.ts';
import type { Db } from '@/server/db.ts';
import { ensureFlushLoop, registerFlusher } from './deferred-writes.ts';

interface UsageScope {
  accountId: string;
  environment: Environment;
  productId: string;
}

interface Counter extends UsageScope {
  day: string;
  validationsSuccessful: number;
  validationsFailed: number;
  activations: number;
}

const holder = globalThis as unknown as { __licentricDailyUsage?: Map<string, Counter> };
const counters = (): Map<string, Counter> => (holder.__licentricDailyUsage ??= new Map<string, Counter>());

/** `YYYY-MM-DD` of a moment, in UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function bump(
  scope: UsageScope,
  at: Date,
  field: 'validationsSuccessful' | 'validationsFailed' | 'activations',
  by = 1,
): void {
  const day = utcDay(at);
  const key = `${scope.accountId}|${scope.environment}|${scope.productId}|${day}`;
  let counter = counters().get(key);
  if (!counter) {
    counter = { ...scope, day, validationsSuccessful: 0, validationsFailed: 0, activations: 0 };
    counters().set(key, counter);
  }
  counter[field] += by;
  ensureFlushLoop();
}

export function countValidation(scope: UsageScope, successful: boolean, at: Date = new Date()): void {
  bump(scope, at, successful ? 'validationsSuccessful' : 'validationsFailed');
}

export function countActivation(scope: UsageScope, at: Date = new Date()): void {
  bump(scope, at, 'activations');
}

/** Adds the pending counts to DailyUsage (one statement, rows in key order); on failure they stay pending. */
async function flushDailyUsage(db: Db): Promise<number> {
  const pending = counters();
  if (pending.size === 0) return 0;
  const rows = [...pending.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  holder.__licentricDailyUsage = new Map();
  try {
    await db.$executeRaw`
      INSERT INTO "DailyUsage" ("accountId", "environment", "productId", "day", "validationsSuccessful", "validationsFailed", "activations")
      SELECT a, e::"Environment", p, d, s, f, n
      FROM unnest(${rows.map((r) => r.accountId)}::uuid[], ${rows.map((r) => r.environment)}::text[], ${rows.map((r) => r.productId)}::uuid[],
                  ${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.validationsSuccessful)}::int[],
                  ${rows.map((r) => r.validationsFailed)}::int[], ${rows.map((r) => r.activations)}::int[]) AS v(a, e, p, d, s, f, n)
      ON CONFLICT ("accountId", "environment", "productId", "day") DO UPDATE SET
        "validationsSuccessful" = "DailyUsage"."validationsSuccessful" + EXCLUDED."validationsSuccessful",
        "validationsFailed" = "DailyUsage"."validationsFailed" + EXCLUDED."validationsFailed",
        "activations" = "DailyUsage"."activations" + EXCLUDED."activations"`;
  } catch (error) {
    for (const row of rows) {
      const scope = { accountId: row.accountId, environment: row.environment, productId: row.productId };
      const at = new Date(`${row.day}T12:00:00.000Z`);
      if (row.validationsSuccessful) bump(scope, at, 'validationsSuccessful', row.validationsSuccessful);
      if (row.validationsFailed) bump(scope, at, 'validationsFailed', row.validationsFailed);
      if (row.activations) bump(scope, at, 'activations', row.activations);
    }
    throw error;
  }
  return rows.length;
}

registerFlusher('daily-usage', { flush: flushDailyUsage, pending: () => counters().size });
