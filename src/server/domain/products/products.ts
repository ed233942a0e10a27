// Products: create, list, get, update, soft delete (refused while live licenses exist), each writing its event.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { changeWithEvent, writeEvent } from '@/server/domain/events/write-event.ts';
import { metadataSchema } from '@/server/domain/shared/schemas.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Product } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

const fields = {
  name: z.string().trim().min(1).max(255),
  code: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z0-9_-]+$/, 'code may contain letters, digits, _ and -'),
  description: z.string().max(1000).nullable(),
  keyPrefix: z.string().regex(/^[A-Z]{2,10}$/, 'keyPrefix must be 2–10 uppercase letters'),
  metadata: metadataSchema,
};

export const createProductInput = z.strictObject({
  ...fields,
  description: fields.description.optional(),
  keyPrefix: fields.keyPrefix.default('LIC'),
  metadata: fields.metadata.default({}),
});
export const updateProductInput = z.strictObject({
  name: fields.name.optional(),
  code: fields.code.optional(),
  description: fields.description.optional(),
  keyPrefix: fields.keyPrefix.optional(),
  metadata: fields.metadata.optional(),
});
export const listProductsQuery = z.strictObject({ ...paginationQuery });

export const productView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    code: z.string(),
    description: z.string().nullable(),
    keyPrefix: z.string(),
    metadata: z.record(z.string(), z.unknown()),
    licensesCount: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Product' });
export type ProductView = z.infer<typeof productView>;

const withCount = { _count: { select: { licenses: { where: { deletedAt: null } } } } } as const;
type ProductRow = Product & { _count: { licenses: number } };

function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    description: row.description,
    keyPrefix: row.keyPrefix,
    metadata: row.metadata as Record<string, unknown>,
    licensesCount: row._count.licenses,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const codeTaken = (code: string) => new AppError('CONFLICT', `A product with code "${code}" already exists`);

/** A live product of this account+environment, or NOT_FOUND; `tx` lets callers lock-read inside their transaction. */
export async function findProduct(
  ctx: DomainContext,
  id: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<ProductRow> {
  const row = await tx.product.findFirst({
    where: { id, ...scope(ctx), deletedAt: null },
    include: withCount,
  });
  if (!row) throw notFound('Product');
  return row;
}

export async function createProduct(
  ctx: DomainContext,
  input: z.input<typeof createProductInput>,
): Promise<ProductView> {
  const data = parseInput(createProductInput, input);
  return changeWithEvent(
    ctx,
    { type: 'product.created', resourceType: 'product' },
    async (tx) =>
      toProductView(await tx.product.create({ data: { ...scope(ctx), ...data }, include: withCount })),
    () => codeTaken(data.code),
  );
}

export async function listProducts(ctx: DomainContext, page: PageInput) {
  const where = { ...scope(ctx), deletedAt: null };
  return paginate(
    page,
    (id) => ctx.db.product.findFirst({ where: { ...where, id }, select: cursorSelect }),
    (q) =>
      ctx.db.product.findMany({
        where: { AND: [where, q.where] },
        orderBy: q.orderBy,
        take: q.take,
        include: withCount,
      }),
    toProductView,
  );
}

export async function getProduct(ctx: DomainContext, id: string): Promise<ProductView> {
  return toProductView(await findProduct(ctx, id));
}

export async function updateProduct(
  ctx: DomainContext,
  id: string,
  input: z.input<typeof updateProductInput>,
): Promise<ProductView> {
  const data = parseInput(updateProductInput, input);
  return changeWithEvent(
    ctx,
    { type: 'product.updated', resourceType: 'product' },
    async (tx) => {
      await findProduct(ctx, id, tx);
      return toProductView(await tx.product.update({ where: { id }, data, include: withCount }));
    },
    () => codeTaken(data.code ?? ''),
  );
}

export async function deleteProduct(ctx: DomainContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx, ctx) => {
    const row = await findProduct(ctx, id, tx);
    if (row._count.licenses > 0) {
      throw new AppError(
        'CONFLICT',
        `Cannot delete a product with ${row._count.licenses} live license(s); delete or move them first`,
      );
    }
    const deleted = await tx.product.update({
      where: { id },
      data: { deletedAt: new Date() },
      include: withCount,
    });
    await writeEvent(tx, ctx, {
      type: 'product.deleted',
      resourceType: 'product',
      resourceId: id,
      data: toProductView(deleted),
    });
  });
}
