// Licenses (management half, API.md §4, DOMAIN.md §3): create (generated or imported key), list with filters,
// get, update, soft delete (deactivating its machines), the lifecycle transitions suspend / reinstate / renew /
// revoke / ban, and entitlement attach/detach. Each change runs in one transaction with its `license.*` event.
// Also the license views: the full one (with the decrypted key) and the reduced one used by validate-key.
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { AppError, isUniqueViolation, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { isoDate, metadataSchema, positiveCount } from '@/server/domain/shared/schemas.ts';
import { findProduct } from '@/server/domain/products/products.ts';
import {
  attachEntitlementsInput,
  resolveEntitlementIds,
  type AttachEntitlementsInput,
} from '@/server/domain/entitlements/entitlements.ts';
import { heartbeatStatus, nextHeartbeatAt } from '@/server/domain/machines/heartbeat.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { decrypt, encrypt } from '@/lib/crypto.ts';
import { isUuid } from '@/lib/ids.ts';
import { containsText, normalizeEmail } from '@/lib/text-match.ts';
import { masterKey } from '@/server/secrets.ts';
import { effectiveLimits, effectiveStatus } from './license-state.ts';
import type { License, Machine, Policy } from '@/generated/prisma/client.ts';
import type { Environment, LicenseStatus } from '@/generated/prisma/enums.ts';
import type { Prisma } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';

export const LICENSE_STATUSES = ['active', 'suspended', 'expired', 'revoked', 'banned'] as const;
/** AAD of the encrypted key column: binds the ciphertext to its use. */
export const LICENSE_KEY_AAD = 'license-key';
const DAY_MS = 24 * 60 * 60 * 1000;

// ------------------------------------------------------------------------------------------------ schemas

const importedKey = z
  .string()
  .trim()
  .min(8)
  .max(256)
  .regex(/^[\x21-\x7E]+$/, 'key may contain printable ASCII characters without spaces')
  .describe('Import an existing key (≥ 8 characters, unique across the deployment); generated when omitted');
const override = positiveCount.nullable();
const email = z
  .email()
  .max(320)
  .transform(normalizeEmail)
  .nullable()
  .describe('Stored lower case; looked up exactly (portal sign-in, the userEmail filter)');

export const createLicenseInput = z.strictObject({
  productId: z.uuid(),
  policyId: z.uuid(),
  key: importedKey.optional(),
  name: z.string().trim().min(1).max(255).nullable().optional(),
  expiresAt: isoDate
    .nullable()
    .optional()
    .describe(
      'Defaults to now + policy.durationDays (null = perpetual); a past date creates an expired license',
    ),
  maxMachinesOverride: override.optional().describe('Only when the policy is overridable'),
  maxUsesOverride: override.optional().describe('Only when the policy is overridable'),
  userEmail: email.optional(),
  userName: z.string().trim().min(1).max(255).nullable().optional(),
  entitlementIds: z.array(z.uuid()).max(100).optional(),
  metadata: metadataSchema.default({}),
});

/**
 * Editable fields. `policyId` moves the license to another policy of the same product. `expiresAt` may be moved
 * (a past date expires an active license at once), but an expired license is brought back with `renew`.
 */
export const updateLicenseInput = z.strictObject({
  name: z.string().trim().min(1).max(255).nullable().optional(),
  policyId: z.uuid().optional(),
  expiresAt: isoDate.nullable().optional(),
  maxMachinesOverride: override.optional(),
  maxUsesOverride: override.optional(),
  userEmail: email.optional(),
  userName: z.string().trim().min(1).max(255).nullable().optional(),
  metadata: metadataSchema.optional(),
});

export const renewLicenseInput = z.strictObject({
  expiresAt: isoDate
    .optional()
    .describe('New expiry (must be in the future); default max(now, expiresAt) + policy.durationDays'),
});

export const listLicensesQuery = z.strictObject({
  ...paginationQuery,
  productId: z.uuid().optional(),
  policyId: z.uuid().optional(),
  status: z
    .enum(LICENSE_STATUSES)
    .optional()
    .describe('Effective status (a license whose expiry passed counts as expired)'),
  userEmail: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .optional()
    .describe('Exact address, any letter case (no wildcards: `_` and `%` are plain characters)'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(256)
    .optional()
    .describe(
      'name, userEmail or userName contains the text (case-insensitive, literally: `_` and `%` are plain characters), or the exact license key',
    ),
});
export type ListLicensesQuery = z.infer<typeof listLicensesQuery>;

export const licenseEntitlementParams = z.strictObject({ id: z.uuid(), entitlementId: z.uuid() });

const runtimeFields = {
  id: z.uuid(),
  name: z.string().nullable(),
  status: z.enum(LICENSE_STATUSES),
  productId: z.uuid(),
  policyId: z.uuid(),
  expiresAt: z.string().nullable(),
  maxMachines: z
    .number()
    .int()
    .nullable()
    .describe('Effective: the override when the policy is overridable, else the policy’s; null = unlimited'),
  maxMachinesOverride: z.number().int().nullable(),
  maxUses: z.number().int().nullable().describe('Effective, like maxMachines'),
  maxUsesOverride: z.number().int().nullable(),
  usesCount: z.number().int(),
  machineCount: z.number().int().describe('Active machines'),
  entitlements: z.array(z.string()).describe('Effective entitlement codes: policy ∪ license, sorted'),
  lastValidatedAt: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const licenseView = z.object({
  ...runtimeFields,
  key: z.string(),
  userEmail: z.string().nullable(),
  userName: z.string().nullable(),
});
export type LicenseView = z.infer<typeof licenseView>;

/** The license inside validate-key answers: no key, userEmail or userName; with its environment. */
export const licenseRuntimeView = z.object({ ...runtimeFields, environment: z.enum(['live', 'test']) });
export type LicenseRuntimeView = z.infer<typeof licenseRuntimeView>;

/** Inputs as REST (ISO strings) or in-process callers (Dates, or the route's already parsed body) send them. */
type WithDates<T> = { [K in keyof T]: K extends 'expiresAt' ? T[K] | Date : T[K] };
export type CreateLicenseInput = WithDates<z.input<typeof createLicenseInput>>;
export type UpdateLicenseInput = WithDates<z.input<typeof updateLicenseInput>>;
export type RenewLicenseInput = WithDates<z.input<typeof renewLicenseInput>>;

function parseWithDates<S extends z.ZodType>(schema: S, input: object): z.output<S> {
  return schema.parse(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])),
  );
}

// ------------------------------------------------------------------------------------------------ views

const liveEntitlementCodes = {
  where: { entitlement: { deletedAt: null } },
  select: { entitlement: { select: { code: true } } },
} as const;

/** What the views need; `findLicense` loads it, and validate-key can load the same with `licenseInclude`. */
export const licenseInclude = {
  policy: { include: { entitlements: liveEntitlementCodes } },
  entitlements: liveEntitlementCodes,
} as const;

type Codes = Array<{ entitlement: { code: string } }>;
/** The row shape the views read (a license with its policy and the live entitlement codes of both). */
export type LicenseRow = License & { policy: Policy & { entitlements: Codes }; entitlements: Codes };
type RuntimeRow = Omit<LicenseRow, 'keyEncrypted' | 'keyHash' | 'userEmail' | 'userName'>;

export function effectiveEntitlements(row: Pick<RuntimeRow, 'policy' | 'entitlements'>): string[] {
  return [
    ...new Set([...row.policy.entitlements, ...row.entitlements].map((e) => e.entitlement.code)),
  ].sort();
}

function runtimeView(row: RuntimeRow, now: Date) {
  const limits = effectiveLimits(row, row.policy);
  return {
    id: row.id,
    name: row.name,
    status: effectiveStatus(row, row.policy, now),
    productId: row.productId,
    policyId: row.policyId,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    maxMachines: limits.maxMachines,
    maxMachinesOverride: row.maxMachinesOverride,
    maxUses: limits.maxUses,
    maxUsesOverride: row.maxUsesOverride,
    usesCount: row.usesCount,
    machineCount: row.machineCount,
    entitlements: effectiveEntitlements(row),
    lastValidatedAt: row.lastValidatedAt?.toISOString() ?? null,
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function decryptLicenseKey(keyEncrypted: string): string {
  return decrypt(keyEncrypted, masterKey(), LICENSE_KEY_AAD).toString('utf8');
}

/** The API view without the key: what license.* events carry (built without decrypting anything). */
export function toLicenseEventView(row: LicenseRow, now: Date = new Date()): Omit<LicenseView, 'key'> {
  const {
    id,
    name,
    status,
    productId,
    policyId,
    expiresAt,
    maxMachines,
    maxMachinesOverride,
    maxUses,
    maxUsesOverride,
    ...rest
  } = runtimeView(row, now);
  return {
    id,
    name,
    status,
    productId,
    policyId,
    userEmail: row.userEmail,
    userName: row.userName,
    expiresAt,
    maxMachines,
    maxMachinesOverride,
    maxUses,
    maxUsesOverride,
    ...rest,
  };
}

/** The API view of a license (API.md §4): lazily evaluated status, effective limits and entitlements, the key. */
export function toLicenseView(row: LicenseRow, now: Date = new Date()): LicenseView {
  const { id, ...rest } = toLicenseEventView(row, now);
  return { id, key: decryptLicenseKey(row.keyEncrypted), ...rest };
}

/** The license as validate-key shows it: `toLicenseView` without key, userEmail, userName, plus `environment`. */
export function toLicenseRuntimeView(
  row: RuntimeRow & { environment: Environment },
  now: Date = new Date(),
): LicenseRuntimeView {
  const { id, ...rest } = runtimeView(row, now);
  return { id, environment: row.environment, ...rest };
}

/** Event payloads carry the view without the key, so the event log never holds license keys in clear. */
function eventData(view: LicenseView): Omit<LicenseView, 'key'> {
  const { key: _key, ...data } = view;
  return data;
}

// ------------------------------------------------------------------------------------------------ lookups

/** A live (non-deleted) license of this account+environment, or NOT_FOUND. */
export async function findLicense(ctx: DomainContext, id: string, tx: Tx = ctx.db): Promise<LicenseRow> {
  if (!isUuid(id)) throw notFound('License');
  const row = await tx.license.findFirst({
    where: { id, ...scope(ctx), deletedAt: null },
    include: licenseInclude,
  });
  if (!row) throw notFound('License');
  return row;
}

/**
 * Locks the license row (`SELECT … FOR UPDATE`) for the rest of the transaction, so concurrent transitions and
 * activations on one license serialise, and returns it. NOT_FOUND when it is not a live license of this scope.
 */
export async function lockLicense(ctx: DomainContext, tx: Tx, id: string): Promise<LicenseRow> {
  if (!isUuid(id)) throw notFound('License');
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "License"
    WHERE id = ${id}::uuid AND "accountId" = ${ctx.accountId}::uuid
      AND environment = ${ctx.environment}::"Environment" AND "deletedAt" IS NULL
    FOR UPDATE`;
  if (locked.length === 0) throw notFound('License');
  return findLicense(ctx, id, tx);
}

async function findPolicyOfProduct(
  ctx: DomainContext,
  tx: Tx,
  policyId: string,
  productId: string,
): Promise<Policy> {
  const policy = await tx.policy.findFirst({ where: { id: policyId, ...scope(ctx), deletedAt: null } });
  if (!policy) throw notFound('Policy');
  if (policy.productId !== productId) {
    throw new AppError(
      'POLICY_PRODUCT_MISMATCH',
      `Policy ${policyId} belongs to another product than ${productId}`,
      { policyId, productId },
    );
  }
  return policy;
}

function assertOverridable(
  policy: Policy,
  input: { maxMachinesOverride?: number | null | undefined; maxUsesOverride?: number | null | undefined },
) {
  const set = (['maxMachinesOverride', 'maxUsesOverride'] as const).filter(
    (field) => input[field] !== undefined && input[field] !== null,
  );
  if (set.length && !policy.overridable) {
    throw new AppError(
      'UNPROCESSABLE',
      `The policy does not allow overrides (overridable: false); remove ${set.join(' and ')}`,
      { fields: set },
    );
  }
}

/** The event of an expiry: `license.revoked` under REVOKE, else `license.expired`. */
function expiryEventType(status: LicenseStatus): string {
  return status === 'revoked' ? 'license.revoked' : 'license.expired';
}

async function emit(
  tx: Tx,
  ctx: DomainContext,
  type: string,
  id: string,
  now: Date = new Date(),
): Promise<LicenseView> {
  const view = toLicenseView(await findLicense(ctx, id, tx), now);
  await writeEvent(tx, ctx, { type, resourceType: 'license', resourceId: id, data: eventData(view) });
  return view;
}

/**
 * Writes down a lazy expiry (stored `active`, expiry passed) as the stored status with its `license.expired`
 * (or `license.revoked` under REVOKE) event, so the expiry job will not report it a second time.
 */
async function materializeExpiry(tx: Tx, ctx: DomainContext, row: LicenseRow, now: Date): Promise<void> {
  const status = effectiveStatus(row, row.policy, now);
  if (status === row.status) return;
  await tx.license.update({ where: { id: row.id }, data: { status } });
  await emit(tx, ctx, expiryEventType(status), row.id, now);
}

// ------------------------------------------------------------------------------------------------ create / read

export async function createLicense(ctx: DomainContext, input: CreateLicenseInput): Promise<LicenseView> {
  const data = parseWithDates(createLicenseInput, input);
  const now = new Date();
  for (let attempt = 0; ; attempt++) {
    const key = data.key ?? null;
    try {
      return await ctx.db.$transaction(async (tx) => {
        const product = await findProduct(ctx, data.productId, tx);
        const policy = await findPolicyOfProduct(ctx, tx, data.policyId, data.productId);
        assertOverridable(policy, data);
        const entitlementIds = await resolveEntitlementIds(ctx, tx, { entitlementIds: data.entitlementIds });
        const rawKey = key ?? generateLicenseKey(product.keyPrefix);
        const expiresAt =
          data.expiresAt !== undefined
            ? data.expiresAt
            : policy.durationDays
              ? new Date(now.getTime() + policy.durationDays * DAY_MS)
              : null;
        const status = effectiveStatus({ status: 'active', expiresAt }, policy, now);
        const row = await tx.license.create({
          data: {
            ...scope(ctx),
            productId: product.id,
            policyId: policy.id,
            keyHash: hashLicenseKey(rawKey),
            keyEncrypted: encrypt(rawKey, masterKey(), LICENSE_KEY_AAD),
            name: data.name ?? null,
            status,
            expiresAt,
            maxMachinesOverride: data.maxMachinesOverride ?? null,
            maxUsesOverride: data.maxUsesOverride ?? null,
            userEmail: data.userEmail ?? null,
            userName: data.userName ?? null,
            metadata: data.metadata,
            entitlements: {
              create: entitlementIds.map((entitlementId) => ({ entitlementId, ...scope(ctx) })),
            },
          },
        });
        const view = await emit(tx, ctx, 'license.created', row.id, now);
        if (status !== 'active') await emit(tx, ctx, expiryEventType(status), row.id, now);
        return view;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (key !== null) throw new AppError('CONFLICT', 'A license with this key already exists');
      if (attempt >= 2) throw error; // three collisions of 80-bit random keys: something else is wrong
    }
  }
}

function statusWhere(status: LicenseStatus, now: Date): Prisma.LicenseWhereInput {
  const lapsed = { status: 'active' as const, expiresAt: { lte: now } };
  switch (status) {
    case 'active':
      return { status: 'active', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
    case 'expired':
      return {
        OR: [{ status: 'expired' }, { ...lapsed, policy: { expirationStrategy: { not: 'REVOKE' } } }],
      };
    case 'revoked':
      return { OR: [{ status: 'revoked' }, { ...lapsed, policy: { expirationStrategy: 'REVOKE' } }] };
    default:
      return { status };
  }
}

/** Filters combine with AND; `status` is the effective status; `q` matches name/userEmail/userName or the exact key. */
export async function listLicenses(
  ctx: DomainContext,
  query: PageInput & Partial<Omit<ListLicensesQuery, 'limit' | 'cursor'>>,
) {
  const now = new Date();
  const base = { ...scope(ctx), deletedAt: null };
  const filters: Prisma.LicenseWhereInput[] = [base];
  if (query.productId) filters.push({ productId: query.productId });
  if (query.policyId) filters.push({ policyId: query.policyId });
  if (query.status) filters.push(statusWhere(query.status, now));
  // stored addresses are normalised: an exact comparison on the (accountId, environment, userEmail) index
  if (query.userEmail) filters.push({ userEmail: normalizeEmail(query.userEmail) });
  if (query.q) {
    const q = query.q.trim();
    filters.push({
      OR: [
        { name: containsText(q) },
        { userEmail: containsText(q) },
        { userName: containsText(q) },
        { keyHash: hashLicenseKey(q) },
      ],
    });
  }
  return paginate(
    query,
    (id) => ctx.db.license.findFirst({ where: { ...base, id }, select: cursorSelect }),
    (q) =>
      ctx.db.license.findMany({
        where: { AND: [...filters, q.where] },
        orderBy: q.orderBy,
        take: q.take,
        include: licenseInclude,
      }),
    (row) => toLicenseView(row, now),
  );
}

export async function getLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return toLicenseView(await findLicense(ctx, id));
}

// ------------------------------------------------------------------------------------------------ update / delete

export async function updateLicense(
  ctx: DomainContext,
  id: string,
  input: UpdateLicenseInput,
): Promise<LicenseView> {
  const data = parseWithDates(updateLicenseInput, input);
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const row = await lockLicense(ctx, tx, id);
    const policy =
      data.policyId && data.policyId !== row.policyId
        ? await findPolicyOfProduct(ctx, tx, data.policyId, row.productId)
        : row.policy;
    assertOverridable(policy, data);
    const current = effectiveStatus(row, row.policy, now);
    if (
      data.expiresAt !== undefined &&
      current === 'expired' &&
      (data.expiresAt === null || data.expiresAt > now)
    ) {
      throw new AppError(
        'CONFLICT',
        'Cannot move the expiry of an expired license to make it active; renew it with POST /licenses/{id}/renew',
      );
    }
    const { policyId, ...fields } = data;
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    ) as Prisma.LicenseUncheckedUpdateInput;
    if (policyId) changes.policyId = policyId;
    await tx.license.update({ where: { id }, data: changes });
    const view = await emit(tx, ctx, 'license.updated', id, now);
    // an active license given a past expiry (or a policy whose strategy now reads it differently) expires now
    await materializeExpiry(tx, ctx, await findLicense(ctx, id, tx), now);
    return row.status === 'active' && view.status !== 'active'
      ? toLicenseView(await findLicense(ctx, id, tx), now)
      : view;
  });
}

/** The machine's API shape (API.md §4 Machines) for the machine.deactivated events of a license delete. */
function machineEventData(machine: Machine, policy: Policy, now: Date) {
  return {
    id: machine.id,
    licenseId: machine.licenseId,
    fingerprint: machine.fingerprint,
    name: machine.name,
    platform: machine.platform,
    hostname: machine.hostname,
    cores: machine.cores,
    heartbeatStatus: heartbeatStatus(machine, policy, now),
    lastHeartbeatAt: machine.lastHeartbeatAt?.toISOString() ?? null,
    nextHeartbeatAt: nextHeartbeatAt(machine, policy)?.toISOString() ?? null,
    metadata: machine.metadata as Record<string, unknown>,
    createdAt: machine.createdAt.toISOString(),
    updatedAt: machine.updatedAt.toISOString(),
  };
}

/** Soft delete in any status: active machines are deactivated (each with `machine.deactivated`), then `license.deleted`. */
export async function deleteLicense(ctx: DomainContext, id: string): Promise<void> {
  const now = new Date();
  await ctx.db.$transaction(async (tx) => {
    const row = await lockLicense(ctx, tx, id);
    const machines = await tx.machine.findMany({
      where: { licenseId: id, ...scope(ctx), deletedAt: null },
      orderBy: { createdAt: 'asc' },
    });
    for (const machine of machines) {
      const deactivated = await tx.machine.update({
        where: { id: machine.id },
        data: { deletedAt: now, deactivatedBy: ctx.actor.type },
      });
      await writeEvent(tx, ctx, {
        type: 'machine.deactivated',
        resourceType: 'machine',
        resourceId: machine.id,
        data: machineEventData(deactivated, row.policy, now),
      });
    }
    const deleted = await tx.license.update({
      where: { id },
      data: { deletedAt: now, machineCount: 0 },
      include: licenseInclude,
    });
    await writeEvent(tx, ctx, {
      type: 'license.deleted',
      resourceType: 'license',
      resourceId: id,
      data: eventData(toLicenseView(deleted, now)),
    });
  });
}

// ------------------------------------------------------------------------------------------------ lifecycle

export type LicenseAction = 'suspend' | 'reinstate' | 'renew' | 'revoke' | 'ban';

/** DOMAIN.md §3: the effective statuses each action accepts, and where it leads. */
export const LICENSE_TRANSITIONS: Record<
  LicenseAction,
  { from: readonly LicenseStatus[]; to: LicenseStatus; event: string }
> = {
  suspend: { from: ['active', 'expired'], to: 'suspended', event: 'license.suspended' },
  reinstate: { from: ['suspended'], to: 'active', event: 'license.reinstated' },
  renew: { from: ['active', 'expired'], to: 'active', event: 'license.renewed' },
  revoke: { from: ['active', 'suspended', 'expired'], to: 'revoked', event: 'license.revoked' },
  ban: { from: ['active', 'suspended', 'expired', 'revoked'], to: 'banned', event: 'license.banned' },
};

const article = (status: string) => (/^[aeiou]/.test(status) ? 'an' : 'a');

/** 409 naming both states, e.g. "Cannot suspend a revoked license: only active or expired licenses can become suspended". */
function transitionConflict(action: LicenseAction, from: LicenseStatus): AppError {
  const rule = LICENSE_TRANSITIONS[action];
  const to = action === 'reinstate' ? 'active (or expired)' : rule.to;
  return new AppError(
    'CONFLICT',
    `Cannot ${action} ${article(from)} ${from} license: only ${rule.from.join(' or ')} licenses can become ${to}`,
    {
      action,
      from,
      to: rule.to,
    },
  );
}

async function transition(
  ctx: DomainContext,
  id: string,
  action: LicenseAction,
  next: (row: LicenseRow, now: Date) => Prisma.LicenseUncheckedUpdateInput,
): Promise<LicenseView> {
  return ctx.db.$transaction(async (tx) => {
    const now = new Date();
    const row = await lockLicense(ctx, tx, id);
    const from = effectiveStatus(row, row.policy, now);
    if (!LICENSE_TRANSITIONS[action].from.includes(from)) throw transitionConflict(action, from);
    const changes = next(row, now);
    await materializeExpiry(tx, ctx, row, now);
    await tx.license.update({ where: { id }, data: changes });
    return emit(tx, ctx, LICENSE_TRANSITIONS[action].event, id, now);
  });
}

/** active | expired → suspended (reversible). */
export function suspendLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'suspend', () => ({ status: 'suspended' }));
}

/** suspended → active, or expired (revoked under REVOKE) when its expiry has passed meanwhile. */
export function reinstateLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'reinstate', (row, now) => ({
    status: effectiveStatus({ status: 'active', expiresAt: row.expiresAt }, row.policy, now),
  }));
}

/** Renewal arithmetic: the given future `expiresAt`, else max(now, expiresAt) + durationDays; 422 when neither exists. */
export function renewedExpiry(
  current: Date | null,
  durationDays: number | null,
  given: Date | undefined,
  now: Date,
): Date {
  if (given !== undefined) {
    if (given.getTime() <= now.getTime())
      throw new AppError('UNPROCESSABLE', 'expiresAt must be in the future to renew a license');
    return given;
  }
  if (!durationDays) {
    throw new AppError(
      'UNPROCESSABLE',
      'The policy has no durationDays; pass { "expiresAt": "<future date>" } to renew this license',
    );
  }
  const start = Math.max(now.getTime(), current?.getTime() ?? 0);
  return new Date(start + durationDays * DAY_MS);
}

/** active | expired → active with a new expiry (see `renewedExpiry`). */
export async function renewLicense(
  ctx: DomainContext,
  id: string,
  input: RenewLicenseInput = {},
): Promise<LicenseView> {
  const { expiresAt } = parseWithDates(renewLicenseInput, input);
  return transition(ctx, id, 'renew', (row, now) => ({
    status: 'active',
    expiresAt: renewedExpiry(row.expiresAt, row.policy.durationDays, expiresAt, now),
  }));
}

/** active | suspended | expired → revoked (terminal). */
export function revokeLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'revoke', () => ({ status: 'revoked' }));
}

/** Any status but banned → banned (terminal, abuse). */
export function banLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'ban', () => ({ status: 'banned' }));
}

// ------------------------------------------------------------------------------------------------ entitlements

/** Idempotent; `license.updated` only when something was attached; unknown ids/codes → NOT_FOUND naming them. */
export async function attachLicenseEntitlements(
  ctx: DomainContext,
  id: string,
  input: AttachEntitlementsInput,
): Promise<LicenseView> {
  const parsed = attachEntitlementsInput.parse(input);
  return ctx.db.$transaction(async (tx) => {
    await lockLicense(ctx, tx, id);
    const ids = await resolveEntitlementIds(ctx, tx, parsed);
    const { count } = await tx.licenseEntitlement.createMany({
      data: ids.map((entitlementId) => ({ licenseId: id, entitlementId, ...scope(ctx) })),
      skipDuplicates: true,
    });
    if (count === 0) return toLicenseView(await findLicense(ctx, id, tx));
    return emit(tx, ctx, 'license.updated', id);
  });
}

/** NOT_FOUND when the entitlement is not attached to the license itself (policy entitlements stay with the policy). */
export async function detachLicenseEntitlement(
  ctx: DomainContext,
  id: string,
  entitlementId: string,
): Promise<LicenseView> {
  return ctx.db.$transaction(async (tx) => {
    await lockLicense(ctx, tx, id);
    const { count } = await tx.licenseEntitlement.deleteMany({
      where: { licenseId: id, entitlementId, ...scope(ctx), entitlement: { deletedAt: null } },
    });
    if (count === 0)
      throw new AppError(
        'NOT_FOUND',
        'Entitlement is not attached to this license (entitlements of its policy are detached from the policy)',
      );
    return emit(tx, ctx, 'license.updated', id);
  });
}
