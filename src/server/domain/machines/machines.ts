// Machines (DOMAIN.md §5): deactivation with the holder/vendor rules, heartbeats, list and get; activation is
// machine-activation.ts (re-exported here). License auth (actor type `license`) only ever sees its own license's
// machines.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { preparedQuery } from '@/server/domain/validation/hot-lookup.ts';
import { isUuid, newEventId } from '@/lib/ids.ts';
import { lockLicense } from '@/server/domain/licenses/license-queries.ts';
import { assertLicenseReach } from '@/server/domain/licenses/license-access.ts';
import type { LicenseRow } from '@/server/domain/licenses/license-views.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Machine } from '@/generated/prisma/client.ts';
import type { ActorType } from '@/generated/prisma/enums.ts';
import type { Tx } from '@/server/db.ts';
import type { HeartbeatPolicy } from './heartbeat.ts';
import { toMachineView, type MachineView } from './machine-view.ts';

export {
  activateMachine,
  activateMachineInput,
  fingerprintSchema,
  type ActivateMachineInput,
  type ActivationResult,
} from './machine-activation.ts';

export const listMachinesQuery = z.strictObject({ ...paginationQuery, licenseId: z.uuid().optional() });

const heartbeatSelect = { requireHeartbeat: true, heartbeatIntervalMinutes: true } as const;
const withPolicy = { license: { select: { policy: { select: heartbeatSelect } } } } as const;
type MachineWithPolicy = Machine & { license: { policy: HeartbeatPolicy } };

/** An active (not deactivated) machine of this account+environment, or NOT_FOUND. */
export async function findMachine(
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
export type DeactivatedBy = 'vendor' | 'holder' | 'customer' | 'system';

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

// One statement, so one round trip and atomic with its event: find the active machine of this scope (with its
// policy's heartbeat settings), update it unless a license key reaches for another license's machine or it was
// deactivated meanwhile (the UPDATE re-checks deletedAt on the row it locks), and write `machine.heartbeat` with
// the machine's view built from the updated row — the same view toMachineView builds for the answer (after a
// heartbeat the status is ALIVE, or NOT_REQUIRED). The target row comes back even when nothing was updated, so
// the caller can tell 404 from 403.
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const HEARTBEAT_SQL = `
  WITH target AS (
    SELECT m.id, m."licenseId", p."requireHeartbeat", p."heartbeatIntervalMinutes"
    FROM "Machine" m
    JOIN "License" l ON l.id = m."licenseId"
    JOIN "Policy" p ON p.id = l."policyId"
    WHERE m.id = $1::uuid AND m."accountId" = $2::uuid AND m.environment = $3::"Environment"
      AND m."deletedAt" IS NULL
  ), beat AS (
    UPDATE "Machine" AS m
    SET "lastHeartbeatAt" = $5::timestamptz, "deadAt" = NULL, "updatedAt" = $6::timestamptz
    FROM target t
    WHERE m.id = t.id AND m."deletedAt" IS NULL AND ($4::uuid IS NULL OR t."licenseId" = $4::uuid)
    RETURNING m.id, m."licenseId", m.fingerprint, m.name, m.platform::text AS platform, m.hostname, m.cores,
      m.metadata, m."lastHeartbeatAt", m."deadAt", m."createdAt", m."updatedAt", m."accountId", m.environment
  ), written AS (
    INSERT INTO "Event" (id, "accountId", environment, type, "actorType", "actorId", "resourceType",
      "resourceId", data)
    SELECT $7, b."accountId", b.environment, 'machine.heartbeat', $8::"ActorType", $9::text, 'machine',
      b.id::text,
      jsonb_build_object(
        'id', b.id, 'licenseId', b."licenseId", 'fingerprint', b.fingerprint, 'name', b.name,
        'platform', b.platform, 'hostname', b.hostname, 'cores', b.cores,
        'heartbeatStatus', CASE WHEN t."requireHeartbeat" THEN 'ALIVE' ELSE 'NOT_REQUIRED' END,
        'lastHeartbeatAt', to_char(b."lastHeartbeatAt" AT TIME ZONE 'UTC', ${ISO}),
        'nextHeartbeatAt', CASE WHEN t."requireHeartbeat" THEN to_char(
          (b."lastHeartbeatAt" + make_interval(mins => t."heartbeatIntervalMinutes")) AT TIME ZONE 'UTC', ${ISO}) END,
        'metadata', b.metadata,
        'createdAt', to_char(b."createdAt" AT TIME ZONE 'UTC', ${ISO}),
        'updatedAt', to_char(b."updatedAt" AT TIME ZONE 'UTC', ${ISO}))
    FROM beat b JOIN target t ON t.id = b.id
  )
  SELECT t."licenseId" AS "targetLicenseId", t."requireHeartbeat", t."heartbeatIntervalMinutes",
    b.id, b."licenseId", b.fingerprint, b.name, b.platform, b.hostname, b.cores, b.metadata,
    b."lastHeartbeatAt", b."deadAt", b."createdAt", b."updatedAt"
  FROM target t LEFT JOIN beat b ON b.id = t.id`;

type HeartbeatRow = HeartbeatPolicy & { targetLicenseId: string } & (
    Parameters<typeof toMachineView>[0] | { [K in keyof Parameters<typeof toMachineView>[0]]: null }
  );

/**
 * Records a heartbeat; a dead machine kept under KEEP_DEAD revives (deadAt cleared). Deactivated → 404; a license
 * key reaching for another license's machine → 403. One statement (HEARTBEAT_SQL), prepared on the hot pool.
 */
export async function heartbeatMachine(
  ctx: DomainContext,
  id: string,
  now: Date = new Date(),
): Promise<MachineView> {
  if (!isUuid(id)) throw notFound('Machine');
  const values = [
    id,
    ctx.accountId,
    ctx.environment,
    ctx.actor.type === 'license' ? ctx.actor.id : null,
    now,
    new Date(), // updatedAt, as Prisma's @updatedAt sets it
    newEventId(),
    ctx.actor.type,
    ctx.actor.id,
  ];
  const [row] = ctx.tx
    ? await ctx.tx.$queryRawUnsafe<HeartbeatRow[]>(HEARTBEAT_SQL, ...values)
    : await preparedQuery<HeartbeatRow>(ctx.db, 'licentric_heartbeat_v1', HEARTBEAT_SQL, values);
  if (!row) throw notFound('Machine');
  assertLicenseReach(ctx, row.targetLicenseId);
  if (row.id === null) throw notFound('Machine');
  return toMachineView(row, row, now);
}
