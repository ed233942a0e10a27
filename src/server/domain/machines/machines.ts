// Machines (DOMAIN.md §5): deactivation with the holder/vendor rules, list and get; activation
// (machine-activation.ts) and heartbeats (machine-heartbeat.ts) are re-exported here. License auth (actor type
// `license`) only ever sees its own license's machines.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { lockLicense } from '@/server/domain/licenses/license-queries.ts';
import { assertLicenseReach } from '@/server/domain/licenses/license-access.ts';
import type { LicenseRow } from '@/server/domain/licenses/license-views.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Machine } from '@/generated/prisma/client.ts';
import type { ActorType } from '@/generated/prisma/enums.ts';
import type { Tx } from '@/server/db.ts';
import type { HeartbeatPolicy } from './heartbeat.ts';
import { toMachineView, type MachineView } from './machine-view.ts';

export { heartbeatMachine } from './machine-heartbeat.ts';
export { activateMachine, activateMachineInput } from './machine-activation.ts';

export const listMachinesQuery = z.strictObject({ ...paginationQuery, licenseId: z.uuid().optional() });

const heartbeatSelect = { requireHeartbeat: true, heartbeatIntervalMinutes: true } as const;
const withPolicy = { license: { select: { policy: { select: heartbeatSelect } } } } as const;
type MachineWithPolicy = Machine & { license: { policy: HeartbeatPolicy } };

/** An active (not deactivated) machine of this account+environment, or NOT_FOUND. */
async function findMachine(
  ctx: DomainContext,
  id: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<MachineWithPolicy> {
  const row = await tx.machine.findFirst({
    where: { id, ...scope(ctx), deletedAt: null },
    include: withPolicy,
  });
  if (!row) throw notFound('Machine');
  assertLicenseReach(ctx, row.licenseId);
  return row;
}

export async function getMachine(ctx: DomainContext, id: string): Promise<MachineView> {
  const row = await findMachine(ctx, id);
  return toMachineView(row, row.license.policy);
}

export async function listMachines(
  ctx: DomainContext,
  query: PageInput & { licenseId?: string | undefined },
) {
  let licenseId = query.licenseId;
  if (ctx.actor.type === 'license') {
    if (licenseId !== undefined) assertLicenseReach(ctx, licenseId);
    licenseId = ctx.actor.id ?? undefined;
  }
  const where = { ...scope(ctx), deletedAt: null, ...(licenseId ? { licenseId } : {}) };
  const now = new Date();
  return paginate(
    query,
    (id) => ctx.db.machine.findFirst({ where: { ...where, id }, select: cursorSelect }),
    (q) =>
      ctx.db.machine.findMany({
        where: { AND: [where, q.where] },
        orderBy: q.orderBy,
        take: q.take,
        include: withPolicy,
      }),
    (row: MachineWithPolicy) => toMachineView(row, row.license.policy, now),
  );
}

/** Who asks: the vendor (API key, dashboard), the license holder (License auth), the portal's customer, or a job. */
type DeactivatedBy = 'vendor' | 'holder' | 'customer' | 'system';

/**
 * Soft-deletes a machine and frees its seat, with its `machine.deactivated` event: the one deactivation, used by
 * the API, the dashboard, the portal, license deletion and the cull job (which compose it into their own
 * transaction through `ctx.tx`). Vendors and jobs may always; the license holder (License auth, or the customer
 * portal with `by: 'customer'`) only when the policy is floating or allows machine transfer.
 * `allowedUnderLock` adds a caller's rules (the portal's daily limit), checked with the license row locked, so
 * concurrent deactivations of one license are judged one after another.
 */
export async function deactivateMachine(
  ctx: DomainContext,
  id: string,
  options: { by: DeactivatedBy; allowedUnderLock?: (tx: Tx, license: LicenseRow) => Promise<void> },
  now: Date = new Date(),
): Promise<MachineView> {
  return inTransaction(ctx, async (tx, ctx) => {
    const found = await findMachine(ctx, id, tx);
    const license = await lockLicense(ctx, tx, found.licenseId);
    const { policy } = license;
    await options.allowedUnderLock?.(tx, license);
    const byHolder = options.by === 'holder' || options.by === 'customer';
    if (byHolder && !policy.floating && !policy.allowMachineTransfer) {
      throw new AppError(
        'DEACTIVATION_NOT_ALLOWED',
        'This license is node-locked and does not allow machine transfers; ask the vendor to deactivate the machine',
      );
    }
    const actorType: ActorType = ctx.actor.type;
    // conditional on deletedAt IS NULL under the license lock: a concurrent deactivation frees the seat once
    const updated = await tx.machine.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now, deactivatedBy: actorType },
    });
    if (updated.count === 0) throw notFound('Machine');
    await tx.license.update({ where: { id: found.licenseId }, data: { machineCount: { decrement: 1 } } });
    const row = await tx.machine.findUniqueOrThrow({ where: { id } });
    const view = toMachineView(row, policy, now);
    await writeEvent(tx, ctx, {
      type: 'machine.deactivated',
      resourceType: 'machine',
      resourceId: id,
      data: view,
    });
    return view;
  });
}
