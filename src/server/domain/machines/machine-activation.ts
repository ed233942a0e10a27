// Machine activation (DOMAIN.md §5): the seat transaction with race-proof seat limits (license row lock; advisory
// lock on the fingerprint for cross-license uniqueness scopes), as raw SQL prepared on the hot pool on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { hasHotPool, inHotTransaction, type Sql } from '@/server/domain/validation/hot-lookup.ts';
import { isUuid, newEventId } from '@/lib/ids.ts';
import { metadataSchema } from '@/server/domain/shared/schemas.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';
import { effectiveLimits, effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import { assertLicenseReach } from '@/server/domain/licenses/license-access.ts';
import { toLicenseEventView, type LicenseRow } from '@/server/domain/licenses/license-views.ts';
import { countActivation } from '@/server/domain/usage/daily-usage.ts';
import type { License, Policy } from '@/generated/prisma/client.ts';
import { PLATFORMS, toMachineView, type MachineView } from './machine-view.ts';
import { withKeyLock } from './keyed-mutex.ts';

/** Seat transactions wait on the license row lock (other processes): allow for a queue of them. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export const fingerprintSchema = z.string().min(8).max(256);

export const activateMachineInput = z.strictObject({
  licenseId: z
    .uuid()
    .optional()
    .describe('Required with an API key; implied (and optional) with License auth'),
  fingerprint: fingerprintSchema,
  name: z.string().max(255).nullable().optional(),
  platform: z.enum(PLATFORMS).nullable().optional(),
  hostname: z.string().max(255).nullable().optional(),
  cores: z.number().int().min(1).max(4096).nullable().optional(),
  metadata: metadataSchema.default({}),
});
type ActivateMachineInput = z.input<typeof activateMachineInput>;

/** What activation reads of the locked license and its policy (LOCK_LICENSE_SQL). */
type SeatLicense = Pick<
  License,
  | 'id'
  | 'productId'
  | 'policyId'
  | 'status'
  | 'expiresAt'
  | 'maxMachinesOverride'
  | 'maxUsesOverride'
  | 'machineCount'
>;
type SeatPolicy = Pick<
  Policy,
  | 'maxMachines'
  | 'maxUses'
  | 'overridable'
  | 'expirationStrategy'
  | 'fingerprintUniqueness'
  | 'maxUniqueFingerprints'
  | 'requireHeartbeat'
  | 'heartbeatIntervalMinutes'
>;

/** The advisory-lock key of a fingerprint within a cross-license uniqueness scope (transaction-scoped). */
function fingerprintScopeKey(
  ctx: DomainContext,
  license: SeatLicense,
  policy: SeatPolicy,
  fingerprint: string,
): string | null {
  switch (policy.fingerprintUniqueness) {
    case 'PER_LICENSE':
      return null; // the license row lock already serialises it
    case 'PER_POLICY':
      return `fp:policy:${license.policyId}:${fingerprint}`;
    case 'PER_PRODUCT':
      return `fp:product:${license.productId}:${fingerprint}`;
    case 'PER_ACCOUNT':
      return `fp:account:${ctx.accountId}:${ctx.environment}:${fingerprint}`;
  }
}

// Activation's statements: raw SQL, each one round trip (the ORM spent several, and ~1.5 ms each inside an
// interactive transaction under load). On PostgreSQL they run prepared on a hot-pool connection (inHotTransaction).
// 1. Lock the license row and read it with its policy's activation settings in one statement.
const LOCK_LICENSE_SQL = `
  SELECT l.id, l."productId", l."policyId", l.status::text AS status, l."expiresAt", l."maxMachinesOverride",
    l."maxUsesOverride", l."machineCount", p."maxMachines", p."maxUses", p.overridable,
    p."expirationStrategy"::text AS "expirationStrategy", p."fingerprintUniqueness"::text AS "fingerprintUniqueness",
    p."maxUniqueFingerprints", p."requireHeartbeat", p."heartbeatIntervalMinutes"
  FROM "License" l JOIN "Policy" p ON p.id = l."policyId"
  WHERE l.id = $1::uuid AND l."accountId" = $2::uuid AND l.environment = $3::"Environment" AND l."deletedAt" IS NULL
  FOR UPDATE OF l`;
// 2. After the lock (a fresh snapshot, so a machine committed by the previous holder is seen): the fingerprint's
//    active machine on this license (the whole row, for a re-activation's answer), and, when $3, the distinct
//    fingerprints the license has ever had and whether this one is among them (maxUniqueFingerprints).
const SEATS_SQL = `
  SELECT e.id, e."licenseId", e.fingerprint, e.name, e.platform::text AS platform, e.hostname, e.cores, e.metadata,
    e."lastHeartbeatAt", e."deadAt", e."createdAt", e."updatedAt",
    (SELECT count(DISTINCT m.fingerprint)::int FROM "Machine" m WHERE m."licenseId" = $1::uuid AND $3::boolean) AS "distinct",
    ($3::boolean AND EXISTS (SELECT 1 FROM "Machine" m WHERE m."licenseId" = $1::uuid AND m.fingerprint = $2)) AS "seen"
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (
    SELECT * FROM "Machine" m WHERE m."licenseId" = $1::uuid AND m.fingerprint = $2 AND m."deletedAt" IS NULL
    ORDER BY m."createdAt" ASC LIMIT 1
  ) e ON true`;
// Cross-license uniqueness scopes: a transaction-scoped advisory lock on the fingerprint, then whether an active
// machine of another live license in the scope ($5 policy, $6 product, neither: the account) has it.
const FINGERPRINT_LOCK_SQL = `SELECT count(*)::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))) AS l`;
const FINGERPRINT_TAKEN_SQL = `
  SELECT 1 AS taken FROM "Machine" m JOIN "License" l ON l.id = m."licenseId"
  WHERE m."accountId" = $1::uuid AND m.environment = $2::"Environment" AND m.fingerprint = $3
    AND m."deletedAt" IS NULL AND m."licenseId" <> $4::uuid AND l."deletedAt" IS NULL
    AND ($5::uuid IS NULL OR l."policyId" = $5::uuid) AND ($6::uuid IS NULL OR l."productId" = $6::uuid)
  LIMIT 1`;
// 3. The new machine, its seat (machineCount; updatedAt as Prisma's @updatedAt sets it) and its event, in one.
const ACTIVATE_SQL = `
  WITH machine AS (
    INSERT INTO "Machine" (id, "accountId", environment, "licenseId", fingerprint, name, platform, hostname, cores,
      metadata, "createdAt", "updatedAt")
    VALUES ($1::uuid, $2::uuid, $3::"Environment", $4::uuid, $5, $6, $7::"Platform", $8, $9::int, $10::jsonb,
      $11::timestamptz, $12::timestamptz)
  ), seat AS (
    UPDATE "License" SET "machineCount" = "machineCount" + 1, "updatedAt" = $12::timestamptz WHERE id = $4::uuid
  )
  INSERT INTO "Event" (id, "accountId", environment, type, "actorType", "actorId", "resourceType", "resourceId", data)
  VALUES ($13, $2::uuid, $3::"Environment", 'machine.activated', $14::"ActorType", $15::text, 'machine', $1, $16::jsonb)
  RETURNING id`;
// The rare MACHINE_LIMIT_EXCEEDED path: the whole license as its event shows it (LicenseRow), and the event.
const LIMIT_LICENSE_SQL = `
  SELECT to_jsonb(l) AS license, to_jsonb(p) AS policy,
    COALESCE((SELECT jsonb_agg(e.code ORDER BY e.code) FROM "LicenseEntitlement" le
              JOIN "Entitlement" e ON e.id = le."entitlementId" AND e."deletedAt" IS NULL
              WHERE le."licenseId" = l.id), '[]'::jsonb) AS "licenseCodes",
    COALESCE((SELECT jsonb_agg(e.code ORDER BY e.code) FROM "PolicyEntitlement" pe
              JOIN "Entitlement" e ON e.id = pe."entitlementId" AND e."deletedAt" IS NULL
              WHERE pe."policyId" = p.id), '[]'::jsonb) AS "policyCodes"
  FROM "License" l JOIN "Policy" p ON p.id = l."policyId" WHERE l.id = $1::uuid`;
const INSERT_EVENT_SQL = `
  INSERT INTO "Event" (id, "accountId", environment, type, "actorType", "actorId", "resourceType", "resourceId", data)
  VALUES ($1, $2::uuid, $3::"Environment", $4, $5::"ActorType", $6::text, $7, $8, $9::jsonb)
  RETURNING id`;

/** JSON (to_jsonb) of a row back into its Prisma shape: the named timestamp columns become Dates. */
function reviveDates<T>(json: Record<string, unknown>, dates: string[]): T {
  const row: Record<string, unknown> = { ...json };
  for (const key of dates) {
    const value = row[key];
    if (typeof value === 'string') row[key] = new Date(value);
  }
  return row as T;
}

async function licenseRowForEvent(sql: Sql, licenseId: string): Promise<LicenseRow> {
  const [row] = await sql<{
    license: Record<string, unknown>;
    policy: Record<string, unknown>;
    licenseCodes: string[];
    policyCodes: string[];
  }>('licentric_activation_limit_license_v1', LIMIT_LICENSE_SQL, [licenseId]);
  if (!row) throw notFound('License');
  const codes = (list: string[]) => list.map((code) => ({ entitlement: { code } }));
  const dates = ['createdAt', 'updatedAt', 'deletedAt'];
  return {
    ...reviveDates<License>(row.license, [...dates, 'expiresAt', 'lastValidatedAt', 'activatedAt']),
    policy: { ...reviveDates<Policy>(row.policy, dates), entitlements: codes(row.policyCodes) },
    entitlements: codes(row.licenseCodes),
  };
}

/**
 * The seat transaction: on a hot-pool connection when the caller has no open transaction and the database is
 * PostgreSQL, else in the caller's (or a new) Prisma transaction with the same statements as raw SQL.
 */
function seatTransaction<T>(
  ctx: DomainContext,
  fn: (sql: Sql, ctx: DomainContext) => Promise<T>,
): Promise<T> {
  if (!ctx.tx && hasHotPool()) return inHotTransaction((sql) => fn(sql, ctx), TX_OPTIONS.timeout);
  return inTransaction(
    ctx,
    (tx, ctx) => fn((_name, text, values) => tx.$queryRawUnsafe(text, ...values), ctx),
    TX_OPTIONS,
  );
}

interface ActivationResult {
  machine: MachineView;
  /** false when the fingerprint was already active on the license (200, no new seat). */
  created: boolean;
}

/**
 * Activates a machine on a license. Serialised per license by the row lock, so N concurrent activations with k
 * free seats create exactly k machines, from any number of processes. MACHINE_LIMIT_EXCEEDED still commits its
 * `license.limit_reached` event. The common case is BEGIN, three statements (lock+read, seats, write) and COMMIT;
 * the answer and the event are built from what the transaction already has (no re-read of the license or of the
 * new machine, no decryption).
 */
export async function activateMachine(
  ctx: DomainContext,
  rawInput: ActivateMachineInput,
  now: Date = new Date(),
): Promise<ActivationResult> {
  const input = parseInput(activateMachineInput, rawInput);
  const licenseId = input.licenseId ?? (ctx.actor.type === 'license' ? ctx.actor.id : null);
  if (!licenseId) {
    throw new AppError('VALIDATION_ERROR', 'licenseId is required when activating with an API key', {
      issues: [{ path: ['licenseId'], message: 'Required', code: 'invalid_type' }],
    });
  }
  assertLicenseReach(ctx, licenseId);
  if (!isUuid(licenseId)) throw notFound('License');

  const outcome = await withKeyLock(`license:${licenseId}`, () =>
    seatTransaction(ctx, async (sql, ctx) => {
      const [license] = await sql<SeatLicense & SeatPolicy>(
        'licentric_activation_lock_v1',
        LOCK_LICENSE_SQL,
        [licenseId, ctx.accountId, ctx.environment],
      );
      if (!license) throw notFound('License');
      const policy: SeatPolicy = license;
      const status = effectiveStatus(license, policy, now);
      if (status === 'banned' || status === 'revoked' || status === 'suspended') {
        throw new AppError(
          'LICENSE_NOT_ACTIVE',
          `The license is ${status}; machines cannot be activated on it`,
          { status },
        );
      }

      const [seats] = await sql<
        | (Parameters<typeof toMachineView>[0] & { distinct: number; seen: boolean })
        | ({ [K in keyof Parameters<typeof toMachineView>[0]]: null } & { distinct: number; seen: boolean })
      >('licentric_activation_seats_v1', SEATS_SQL, [
        license.id,
        input.fingerprint,
        policy.maxUniqueFingerprints !== null,
      ]);
      if (seats && seats.id !== null) {
        return { kind: 'existing' as const, machine: toMachineView(seats, policy, now) };
      }

      const scopeKey = fingerprintScopeKey(ctx, license, policy, input.fingerprint);
      if (scopeKey) {
        await sql('licentric_activation_fp_lock_v1', FINGERPRINT_LOCK_SQL, [scopeKey]);
        const scopeOf = policy.fingerprintUniqueness;
        const taken = await sql('licentric_activation_fp_taken_v1', FINGERPRINT_TAKEN_SQL, [
          ctx.accountId,
          ctx.environment,
          input.fingerprint,
          license.id,
          scopeOf === 'PER_POLICY' ? license.policyId : null,
          scopeOf === 'PER_PRODUCT' ? license.productId : null,
        ]);
        if (taken.length > 0) {
          throw new AppError(
            'FINGERPRINT_TAKEN',
            'This fingerprint is already activated on another license',
            {
              fingerprintUniqueness: policy.fingerprintUniqueness,
            },
          );
        }
      }

      const { maxMachines } = effectiveLimits(license, policy);
      if (maxMachines !== null && license.machineCount >= maxMachines) {
        // the rare path: the event shows the whole license (entitlements included), read under the lock
        const data = toLicenseEventView(await licenseRowForEvent(sql, license.id), now);
        await sql('licentric_event_insert_v1', INSERT_EVENT_SQL, [
          newEventId(),
          ctx.accountId,
          ctx.environment,
          'license.limit_reached',
          ctx.actor.type,
          ctx.actor.id,
          'license',
          license.id,
          JSON.stringify(data),
        ]);
        return { kind: 'limit' as const, maxMachines, machineCount: license.machineCount };
      }

      if (policy.maxUniqueFingerprints !== null && seats) {
        if (!seats.seen && seats.distinct >= policy.maxUniqueFingerprints) {
          throw new AppError(
            'FINGERPRINT_LIMIT_EXCEEDED',
            `This license has already been activated on ${seats.distinct} distinct machines, its lifetime limit; contact the vendor`,
            { maxUniqueFingerprints: policy.maxUniqueFingerprints },
          );
        }
      }

      // the row as the insert writes it, so the answer and the event need no read back
      const machine = {
        id: randomUUID(),
        licenseId: license.id,
        fingerprint: input.fingerprint,
        name: input.name ?? null,
        platform: input.platform ?? null,
        hostname: input.hostname ?? null,
        cores: input.cores ?? null,
        metadata: input.metadata,
        lastHeartbeatAt: null,
        deadAt: null,
        createdAt: now,
        updatedAt: new Date(), // as Prisma's @updatedAt sets it
      };
      const view = toMachineView(machine, policy, now);
      await sql('licentric_activation_write_v1', ACTIVATE_SQL, [
        machine.id,
        ctx.accountId,
        ctx.environment,
        machine.licenseId,
        machine.fingerprint,
        machine.name,
        machine.platform,
        machine.hostname,
        machine.cores,
        JSON.stringify(machine.metadata),
        machine.createdAt,
        machine.updatedAt,
        newEventId(),
        ctx.actor.type,
        ctx.actor.id,
        JSON.stringify(view),
      ]);
      return { kind: 'created' as const, machine: view, productId: license.productId };
    }),
  );

  if (outcome.kind === 'limit') {
    throw new AppError(
      'MACHINE_LIMIT_EXCEEDED',
      `All ${outcome.maxMachines} machine seat(s) of this license are in use; deactivate a machine first`,
      { maxMachines: outcome.maxMachines, machineCount: outcome.machineCount },
    );
  }
  if (outcome.kind === 'existing') return { machine: outcome.machine, created: false };
  countActivation({ ...scope(ctx), productId: outcome.productId }, now);
  return { machine: outcome.machine, created: true };
}
