// Policies ("license rules", DOMAIN.md §2): create from a template, list, get, update, soft delete (refused while
// live licenses use it), attach/detach entitlements — each change in one transaction with its `policy.*` event.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { metadataSchema, positiveCount } from '@/server/domain/shared/schemas.ts';
import { findProduct } from '@/server/domain/products/products.ts';
import {
  attachEntitlementsInput,
  resolveEntitlementIds,
  type AttachEntitlementsInput,
} from '@/server/domain/entitlements/entitlements.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Policy } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import {
  POLICY_RULE_DEFAULTS,
  POLICY_TEMPLATE_RULES,
  POLICY_TEMPLATES,
  type PolicyRules,
} from '@/lib/policy-templates.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

export { POLICY_TEMPLATE_RULES };

const rules = {
  maxMachines: z.number().int().min(1).max(1_000_000).nullable(),
  maxUses: positiveCount.nullable(),
  floating: z.boolean(),
  durationDays: z.number().int().min(1).max(36_500).nullable(),
  expirationStrategy: z.enum(['RESTRICT_ACCESS', 'ALLOW_ACCESS', 'REVOKE']),
  requireHeartbeat: z.boolean(),
  heartbeatIntervalMinutes: z.number().int().min(1).max(525_600),
  heartbeatCullStrategy: z.enum(['DEACTIVATE_DEAD', 'KEEP_DEAD']),
  requireFingerprint: z.boolean(),
  fingerprintUniqueness: z.enum(['PER_LICENSE', 'PER_POLICY', 'PER_PRODUCT', 'PER_ACCOUNT']),
  offlineAllowed: z.boolean(),
  offlineMaxDays: z.number().int().min(1).max(90),
  allowMachineTransfer: z.boolean(),
  maxUniqueFingerprints: positiveCount.nullable(),
  isTrial: z.boolean(),
  overridable: z.boolean(),
};
type Rules = { [K in keyof typeof rules]: z.infer<(typeof rules)[K]> };
/** Compile-time check: the schemas above give exactly the plain `PolicyRules` of src/lib/policy-templates.ts. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _rulesMatchPlainTypes: Same<Rules, PolicyRules> = true;

const optionalRules = Object.fromEntries(Object.entries(rules).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof rules]: z.ZodOptional<(typeof rules)[K]>;
};

const unlimitedGuard = z
  .boolean()
  .optional()
  .describe('Must be true to set maxMachines to null (unlimited). Not stored.');
const UNLIMITED_MESSAGE =
  'maxMachines may be null (unlimited) only together with allowUnlimitedActivations: true';

export const createPolicyInput = z
  .strictObject({
    productId: z.uuid(),
    name: z.string().trim().min(1).max(255),
    template: z.enum(POLICY_TEMPLATES).default('custom'),
    ...optionalRules,
    allowUnlimitedActivations: unlimitedGuard,
    metadata: metadataSchema.default({}),
  })
  .superRefine((value, ctx) => {
    if (value.maxMachines === undefined && POLICY_TEMPLATE_RULES[value.template].maxMachines === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxMachines'],
        message: 'maxMachines is required (a number ≥ 1, or null with allowUnlimitedActivations: true)',
      });
    }
    if (value.maxMachines === null && value.allowUnlimitedActivations !== true) {
      ctx.addIssue({ code: 'custom', path: ['maxMachines'], message: UNLIMITED_MESSAGE });
    }
  });

/** productId and template are fixed at creation (the template only fills defaults then). */
export const updatePolicyInput = z
  .strictObject({
    name: z.string().trim().min(1).max(255).optional(),
    ...optionalRules,
    allowUnlimitedActivations: unlimitedGuard,
    metadata: metadataSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.maxMachines === null && value.allowUnlimitedActivations !== true) {
      ctx.addIssue({ code: 'custom', path: ['maxMachines'], message: UNLIMITED_MESSAGE });
    }
  });

export const listPoliciesQuery = z.strictObject({ ...paginationQuery, productId: z.uuid().optional() });
export const policyEntitlementParams = z.strictObject({ id: z.uuid(), entitlementId: z.uuid() });

export const policyView = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    name: z.string(),
    template: z.enum(POLICY_TEMPLATES),
    ...rules,
    entitlements: z
      .array(z.string())
      .describe('Codes of the live entitlements attached to the policy, sorted'),
    licensesCount: z.number().int().describe('Live (non-deleted) licenses using this policy'),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Policy' });
export type PolicyView = z.infer<typeof policyView>;

const policyInclude = {
  _count: { select: { licenses: { where: { deletedAt: null } } } },
  entitlements: {
    where: { entitlement: { deletedAt: null } },
    select: { entitlement: { select: { code: true } } },
  },
} as const;
type PolicyRow = Policy & {
  _count: { licenses: number };
  entitlements: Array<{ entitlement: { code: string } }>;
};

function toPolicyView(row: PolicyRow): PolicyView {
  return {
    id: row.id,
    productId: row.productId,
    name: row.name,
    template: row.template,
    maxMachines: row.maxMachines,
    maxUses: row.maxUses,
    floating: row.floating,
    durationDays: row.durationDays,
    expirationStrategy: row.expirationStrategy,
    requireHeartbeat: row.requireHeartbeat,
    heartbeatIntervalMinutes: row.heartbeatIntervalMinutes,
    heartbeatCullStrategy: row.heartbeatCullStrategy,
    requireFingerprint: row.requireFingerprint,
    fingerprintUniqueness: row.fingerprintUniqueness,
    offlineAllowed: row.offlineAllowed,
    offlineMaxDays: row.offlineMaxDays,
    allowMachineTransfer: row.allowMachineTransfer,
    maxUniqueFingerprints: row.maxUniqueFingerprints,
    isTrial: row.isTrial,
    overridable: row.overridable,
    entitlements: row.entitlements.map((e) => e.entitlement.code).sort(),
    licensesCount: row._count.licenses,
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A live policy of this account+environment, or NOT_FOUND. */
async function findPolicy(ctx: DomainContext, id: string, tx: Tx = ctx.tx ?? ctx.db): Promise<PolicyRow> {
  const row = await tx.policy.findFirst({
    where: { id, ...scope(ctx), deletedAt: null },
    include: policyInclude,
  });
  if (!row) throw notFound('Policy');
  return row;
}

async function changed(tx: Tx, ctx: DomainContext, id: string, type: string): Promise<PolicyView> {
  const view = toPolicyView(await findPolicy(ctx, id, tx));
  await writeEvent(tx, ctx, { type, resourceType: 'policy', resourceId: id, data: view });
  return view;
}

/** Template defaults, then explicit fields; `maxMachines` null needs `allowUnlimitedActivations: true` (a guard). */
export async function createPolicy(
  ctx: DomainContext,
  input: z.input<typeof createPolicyInput>,
): Promise<PolicyView> {
  const {
    allowUnlimitedActivations: _guard,
    template,
    productId,
    name,
    metadata,
    ...explicit
  } = parseInput(createPolicyInput, input);
  const defined = Object.fromEntries(
    Object.entries(explicit).filter(([, v]) => v !== undefined),
  ) as Partial<Rules>;
  const resolved = {
    maxMachines: null,
    ...POLICY_RULE_DEFAULTS,
    ...POLICY_TEMPLATE_RULES[template],
    ...defined,
  };
  return inTransaction(ctx, async (tx, ctx) => {
    await findProduct(ctx, productId, tx);
    const row = await tx.policy.create({
      data: { ...scope(ctx), productId, name, template, metadata, ...resolved },
    });
    return changed(tx, ctx, row.id, 'policy.created');
  });
}

export async function listPolicies(
  ctx: DomainContext,
  query: PageInput & { productId?: string | undefined },
) {
  const base = { ...scope(ctx), deletedAt: null };
  const where = { ...base, ...(query.productId ? { productId: query.productId } : {}) };
  return paginate(
    query,
    (id) => ctx.db.policy.findFirst({ where: { ...base, id }, select: cursorSelect }),
    (q) =>
      ctx.db.policy.findMany({
        where: { AND: [where, q.where] },
        orderBy: q.orderBy,
        take: q.take,
        include: policyInclude,
      }),
    toPolicyView,
  );
}

export async function getPolicy(ctx: DomainContext, id: string): Promise<PolicyView> {
  return toPolicyView(await findPolicy(ctx, id));
}

/** New rules apply from the next operation; lowering maxMachines never deactivates machines (DOMAIN.md §2). */
export async function updatePolicy(
  ctx: DomainContext,
  id: string,
  input: z.input<typeof updatePolicyInput>,
): Promise<PolicyView> {
  const { allowUnlimitedActivations: _guard, ...parsed } = parseInput(updatePolicyInput, input);
  const data = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
  return inTransaction(ctx, async (tx, ctx) => {
    await findPolicy(ctx, id, tx);
    await tx.policy.update({ where: { id }, data });
    return changed(tx, ctx, id, 'policy.updated');
  });
}

export async function deletePolicy(ctx: DomainContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx, ctx) => {
    const row = await findPolicy(ctx, id, tx);
    if (row._count.licenses > 0) {
      throw new AppError(
        'CONFLICT',
        `Cannot delete a policy used by ${row._count.licenses} live license(s); delete them or move them to another policy first`,
      );
    }
    await tx.policy.update({ where: { id }, data: { deletedAt: new Date() } });
    const view = toPolicyView({ ...row, deletedAt: new Date() });
    await writeEvent(tx, ctx, { type: 'policy.deleted', resourceType: 'policy', resourceId: id, data: view });
  });
}

/** Idempotent: already attached entitlements stay (no event when nothing changed); unknown ids or codes → NOT_FOUND naming them. */
export async function attachPolicyEntitlements(
  ctx: DomainContext,
  id: string,
  input: AttachEntitlementsInput,
): Promise<PolicyView> {
  const parsed = parseInput(attachEntitlementsInput, input);
  return inTransaction(ctx, async (tx, ctx) => {
    await findPolicy(ctx, id, tx);
    const ids = await resolveEntitlementIds(ctx, tx, parsed);
    const { count } = await tx.policyEntitlement.createMany({
      data: ids.map((entitlementId) => ({ policyId: id, entitlementId, ...scope(ctx) })),
      skipDuplicates: true,
    });
    // nothing new attached: no change, so no event
    if (count === 0) return toPolicyView(await findPolicy(ctx, id, tx));
    return changed(tx, ctx, id, 'policy.updated');
  });
}

/** NOT_FOUND when the entitlement is not attached to the policy. */
export async function detachPolicyEntitlement(
  ctx: DomainContext,
  id: string,
  entitlementId: string,
): Promise<PolicyView> {
  return inTransaction(ctx, async (tx, ctx) => {
    await findPolicy(ctx, id, tx);
    const { count } = await tx.policyEntitlement.deleteMany({
      where: { policyId: id, entitlementId, ...scope(ctx), entitlement: { deletedAt: null } },
    });
    if (count === 0) throw new AppError('NOT_FOUND', 'Entitlement is not attached to this policy');
    return changed(tx, ctx, id, 'policy.updated');
  });
}
