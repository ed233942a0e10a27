// Entitlements (feature flags granted through policies and licenses): create, list, get, update, soft delete,
// and the id/code resolution that policy and license attach operations share.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { changeWithEvent, writeEvent } from '@/server/domain/events/write-event.ts';
import { metadataSchema } from '@/server/domain/shared/schemas.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Entitlement } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

const entitlementCode = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9_-]+$/, 'code may contain lowercase letters, digits, _ and -');

const fields = {
  code: entitlementCode,
  name: z.string().trim().min(1).max(255),
  description: z.string().max(1000).nullable(),
  metadata: metadataSchema,
};

export const createEntitlementInput = z.strictObject({
  ...fields,
  description: fields.description.optional(),
  metadata: fields.metadata.default({}),
});
export const updateEntitlementInput = z.strictObject({
  code: fields.code.optional(),
  name: fields.name.optional(),
  description: fields.description.optional(),
  metadata: fields.metadata.optional(),
});
export const listEntitlementsQuery = z.strictObject({ ...paginationQuery });

/** Body of `POST /policies/{id}/entitlements` and `POST /licenses/{id}/entitlements`: ids or codes, not both. */
export const attachEntitlementsInput = z
  .strictObject({
    entitlementIds: z.array(z.uuid()).min(1).max(100).optional(),
    entitlementCodes: z.array(entitlementCode).min(1).max(100).optional(),
  })
  .refine((value) => (value.entitlementIds === undefined) !== (value.entitlementCodes === undefined), {
    message: 'Send exactly one of entitlementIds or entitlementCodes',
  })
  // the refine above, for the OpenAPI document: the two fields are the only ones, so exactly one is present
  .meta({ minProperties: 1, maxProperties: 1 });
export type AttachEntitlementsInput = z.input<typeof attachEntitlementsInput>;

export const entitlementView = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Entitlement' });
export type EntitlementView = z.infer<typeof entitlementView>;

function toEntitlementView(row: Entitlement): EntitlementView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Codes stay reserved after a soft delete (the unique index covers deleted rows), like product codes. */
const codeTaken = (code: string) =>
  new AppError('CONFLICT', `An entitlement with code "${code}" already exists`);

/** A live entitlement of this account+environment, or NOT_FOUND. */
async function findEntitlement(
  ctx: DomainContext,
  id: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<Entitlement> {
  const row = await tx.entitlement.findFirst({ where: { id, ...scope(ctx), deletedAt: null } });
  if (!row) throw notFound('Entitlement');
  return row;
}

/**
 * The ids of live entitlements named by ids or codes (deduplicated, in input order). Any unknown one → NOT_FOUND
 * naming all of them, so the caller can fix the request in one go.
 */
export async function resolveEntitlementIds(
  ctx: DomainContext,
  tx: Tx,
  input: { entitlementIds?: string[] | undefined; entitlementCodes?: string[] | undefined },
): Promise<string[]> {
  const ids = [...new Set(input.entitlementIds ?? [])];
  const codes = [...new Set(input.entitlementCodes ?? [])];
  if (ids.length === 0 && codes.length === 0) return [];
  const rows = await tx.entitlement.findMany({
    where: {
      ...scope(ctx),
      deletedAt: null,
      OR: [...(ids.length ? [{ id: { in: ids } }] : []), ...(codes.length ? [{ code: { in: codes } }] : [])],
    },
    select: { id: true, code: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r.id]));
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const missingIds = ids.filter((id) => !byId.has(id));
  const missingCodes = codes.filter((code) => !byCode.has(code));
  if (missingIds.length || missingCodes.length) {
    const named = [...missingIds, ...missingCodes.map((c) => `"${c}"`)].join(', ');
    throw new AppError('NOT_FOUND', `Entitlement(s) not found: ${named}`, {
      ...(missingIds.length ? { entitlementIds: missingIds } : {}),
      ...(missingCodes.length ? { entitlementCodes: missingCodes } : {}),
    });
  }
  return [...new Set([...ids, ...codes.map((c) => byCode.get(c) ?? '')])];
}

export async function createEntitlement(
  ctx: DomainContext,
  input: z.input<typeof createEntitlementInput>,
): Promise<EntitlementView> {
  const data = parseInput(createEntitlementInput, input);
  return changeWithEvent(
    ctx,
    { type: 'entitlement.created', resourceType: 'entitlement' },
    async (tx) => toEntitlementView(await tx.entitlement.create({ data: { ...scope(ctx), ...data } })),
    () => codeTaken(data.code),
  );
}

export async function listEntitlements(ctx: DomainContext, page: PageInput) {
  const where = { ...scope(ctx), deletedAt: null };
  return paginate(
    page,
    (id) => ctx.db.entitlement.findFirst({ where: { ...where, id }, select: cursorSelect }),
    (q) =>
      ctx.db.entitlement.findMany({ where: { AND: [where, q.where] }, orderBy: q.orderBy, take: q.take }),
    toEntitlementView,
  );
}

export async function getEntitlement(ctx: DomainContext, id: string): Promise<EntitlementView> {
  return toEntitlementView(await findEntitlement(ctx, id));
}

export async function updateEntitlement(
  ctx: DomainContext,
  id: string,
  input: z.input<typeof updateEntitlementInput>,
): Promise<EntitlementView> {
  const data = parseInput(updateEntitlementInput, input);
  return changeWithEvent(
    ctx,
    { type: 'entitlement.updated', resourceType: 'entitlement' },
    async (tx) => {
      await findEntitlement(ctx, id, tx);
      return toEntitlementView(await tx.entitlement.update({ where: { id }, data }));
    },
    () => codeTaken(data.code ?? ''),
  );
}

/**
 * Soft delete. The entitlement leaves every policy's and license's effective set at once (views only count live
 * entitlements); the join rows stay for the audit trail.
 */
export async function deleteEntitlement(ctx: DomainContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx, ctx) => {
    await findEntitlement(ctx, id, tx);
    const deleted = await tx.entitlement.update({ where: { id }, data: { deletedAt: new Date() } });
    await writeEvent(tx, ctx, {
      type: 'entitlement.deleted',
      resourceType: 'entitlement',
      resourceId: id,
      data: toEntitlementView(deleted),
    });
  });
}
