// Audit log (DOMAIN.md §7): the account+environment's event rows, newest first, filterable by type and
// resource, keyset-paginated on (createdAt, id) so it stays fast however long the log grows.
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import { startsWithText } from '@/lib/text-match.ts';
import type { Prisma } from '@/generated/prisma/client.ts';

export const listEventsInput = z.strictObject({
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().max(64).optional(),
  /** Exact type (`license.suspended`) or a prefix ending in `.` / `.*` (`license.*`). */
  type: z.string().trim().max(100).optional(),
  resourceType: z.string().trim().max(50).optional(),
  resourceId: z.string().trim().max(100).optional(),
});

interface EventView {
  id: string;
  type: string;
  actor: { type: string; id: string | null };
  resourceType: string;
  resourceId: string;
  data: unknown;
  createdAt: string;
}

export async function listEvents(ctx: DomainContext, input: z.input<typeof listEventsInput>) {
  const q = listEventsInput.parse(input);
  const where: Prisma.EventWhereInput = { ...scope(ctx) };
  if (q.type) {
    const prefix = q.type.replace(/\*$/, '');
    where.type = prefix.endsWith('.') ? startsWithText(prefix) : q.type;
  }
  if (q.resourceType) where.resourceType = q.resourceType;
  if (q.resourceId) where.resourceId = q.resourceId;
  let after: Prisma.EventWhereInput = {};
  if (q.cursor) {
    const cursor = await ctx.db.event.findFirst({
      where: { ...scope(ctx), id: q.cursor },
      select: { id: true, createdAt: true },
    });
    if (!cursor) throw new AppError('VALIDATION_ERROR', 'Unknown cursor');
    after = {
      OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
    };
  }
  const rows = await ctx.db.event.findMany({
    where: { AND: [where, after] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
  });
  const hasMore = rows.length > q.limit;
  const items = (hasMore ? rows.slice(0, q.limit) : rows).map((e): EventView => ({
    id: e.id,
    type: e.type,
    actor: { type: e.actorType, id: e.actorId },
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  }));
  return { items, nextCursor: hasMore ? (items[items.length - 1]?.id ?? null) : null };
}
