// Cursor pagination (API.md §1): newest first by (createdAt DESC, id DESC); the cursor is the last item's id.
import { z } from 'zod';
import { AppError } from '@/server/errors.ts';

export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.uuid().optional(),
};

export interface PageInput {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface CursorRow {
  id: string;
  createdAt: Date;
}

type PageOrder = Array<{ createdAt?: 'desc'; id?: 'desc' }>;

interface PageQuery {
  /** Keyset condition after the cursor (combine with the scope using AND). */
  where: object;
  orderBy: PageOrder;
  take: number;
}

export const cursorSelect = { id: true, createdAt: true } as const;

/**
 * One page, newest first. The cursor row is looked up in the same scope (an unknown or foreign cursor is a
 * 400), and the keyset condition keeps pages stable while rows are inserted.
 */
export async function paginate<T extends { id: string }, V>(
  page: PageInput,
  findCursor: (id: string) => Promise<CursorRow | null>,
  findMany: (query: PageQuery) => Promise<T[]>,
  view: (row: T) => V,
): Promise<Page<V>> {
  const orderBy: PageOrder = [{ createdAt: 'desc' }, { id: 'desc' }];
  let where: object = {};
  if (page.cursor) {
    const cursor = await findCursor(page.cursor);
    if (!cursor) {
      throw new AppError('VALIDATION_ERROR', 'Unknown cursor', {
        issues: [{ path: ['cursor'], message: 'No item with this id in this list', code: 'invalid_value' }],
      });
    }
    where = {
      OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
    };
  }
  const rows = await findMany({ where, orderBy, take: page.limit + 1 });
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  return { items: items.map(view), nextCursor: hasMore ? (items[items.length - 1]?.id ?? null) : null };
}
