// Analytics (DOMAIN.md §8): license counts by status, machines, and daily activation/validation trends for an
// account+environment (optionally one product), from indexed counts and the DailyUsage rollup — never a scan
// of the event log. Shared by GET /api/v1/analytics and the dashboard's Overview.
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { findProduct } from '@/server/domain/products/products.ts';
import type { LicenseStatus } from '@/generated/prisma/enums.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

export const analyticsQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(90).default(7),
  productId: z.uuid().optional(),
});
type AnalyticsQuery = z.input<typeof analyticsQuery>;

export const analyticsView = z
  .object({
    licenses: z.object({
      total: z.number().int(),
      active: z.number().int(),
      expired: z.number().int(),
      suspended: z.number().int(),
      revoked: z.number().int(),
      banned: z.number().int(),
    }),
    machines: z.object({
      total: z.number().int().describe('Activated (not deactivated) machines'),
      active: z.number().int().describe('Activated machines that are not dead'),
      dead: z.number().int().describe('Activated machines whose heartbeat stopped (kept under KEEP_DEAD)'),
    }),
    activations: z.object({ trend: z.array(z.object({ date: z.iso.date(), count: z.number().int() })) }),
    validations: z.object({
      total: z.number().int(),
      successful: z.number().int(),
      failed: z.number().int(),
      trend: z.array(
        z.object({ date: z.iso.date(), successful: z.number().int(), failed: z.number().int() }),
      ),
    }),
  })
  .meta({ id: 'Analytics' });
type AnalyticsView = z.infer<typeof analyticsView>;

const DAY_MS = 86_400_000;
const dayKey = (date: Date): string => date.toISOString().slice(0, 10);

/** UTC midnight `days - 1` days before `now`: the first day of the range (today included). */
export function rangeStart(days: number, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

export async function getAnalytics(
  ctx: DomainContext,
  input: AnalyticsQuery = {},
  now: Date = new Date(),
): Promise<AnalyticsView> {
  const q = parseInput(analyticsQuery, input);
  if (q.productId) await findProduct(ctx, q.productId);
  const product = q.productId ? { productId: q.productId } : {};
  const licenseWhere = { ...scope(ctx), ...product, deletedAt: null };
  const machineWhere = {
    ...scope(ctx),
    deletedAt: null,
    ...(q.productId ? { license: { productId: q.productId } } : {}),
  };
  const since = rangeStart(q.days, now);

  const [byStatus, lapsed, machinesTotal, machinesDead, usage] = await Promise.all([
    ctx.db.license.groupBy({ by: ['status'], where: licenseWhere, _count: { _all: true } }),
    // active licenses whose expiry passed before the expiry job ran: count them as they read now
    ctx.db.license.groupBy({
      by: ['policyId'],
      where: { ...licenseWhere, status: 'active', expiresAt: { lte: now } },
      _count: { _all: true },
    }),
    ctx.db.machine.count({ where: machineWhere }),
    ctx.db.machine.count({ where: { ...machineWhere, deadAt: { not: null } } }),
    ctx.db.dailyUsage.groupBy({
      by: ['day'],
      where: { ...scope(ctx), ...product, day: { gte: since } },
      _sum: { validationsSuccessful: true, validationsFailed: true, activations: true },
    }),
  ]);

  const counts: Record<LicenseStatus, number> = {
    active: 0,
    expired: 0,
    suspended: 0,
    revoked: 0,
    banned: 0,
  };
  for (const row of byStatus) counts[row.status] = row._count._all;
  if (lapsed.length > 0) {
    const revokePolicies = new Set(
      (
        await ctx.db.policy.findMany({
          where: { id: { in: lapsed.map((l) => l.policyId) }, expirationStrategy: 'REVOKE' },
          select: { id: true },
        })
      ).map((p) => p.id),
    );
    for (const row of lapsed) {
      counts.active -= row._count._all;
      counts[revokePolicies.has(row.policyId) ? 'revoked' : 'expired'] += row._count._all;
    }
  }

  const byDay = new Map(usage.map((u) => [dayKey(u.day), u._sum]));
  const activationTrend: AnalyticsView['activations']['trend'] = [];
  const validationTrend: AnalyticsView['validations']['trend'] = [];
  let successful = 0;
  let failed = 0;
  for (let i = 0; i < q.days; i++) {
    const date = dayKey(new Date(since.getTime() + i * DAY_MS));
    const sums = byDay.get(date);
    const ok = sums?.validationsSuccessful ?? 0;
    const bad = sums?.validationsFailed ?? 0;
    successful += ok;
    failed += bad;
    activationTrend.push({ date, count: sums?.activations ?? 0 });
    validationTrend.push({ date, successful: ok, failed: bad });
  }

  return {
    licenses: { total: Object.values(counts).reduce((a, b) => a + b, 0), ...counts },
    machines: { total: machinesTotal, active: machinesTotal - machinesDead, dead: machinesDead },
    activations: { trend: activationTrend },
    validations: { total: successful + failed, successful, failed, trend: validationTrend },
  };
}
