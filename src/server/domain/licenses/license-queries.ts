// License reads (API.md §4 Licenses): the scoped lookup and the row lock every license change starts with, and
// list (filters on the effective status, email, text or exact key) and get.
import { scope, type DomainContext } from '@/server/context.ts';
import { notFound } from '@/server/errors.ts';
import { assertLicenseReach } from './license-access.ts';
import { cursorSelect, paginate, type PageInput } from '@/server/shared/pagination.ts';
import { hashLicenseKey } from '@/lib/license-key.ts';
import { isUuid } from '@/lib/ids.ts';
import { containsText, normalizeEmail } from '@/lib/text-match.ts';
import type { LicenseStatus } from '@/generated/prisma/enums.ts';
import type { Prisma } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import {
  licenseInclude,
  toLicenseView,
  type LicenseRow,
  type LicenseView,
  type ListLicensesQuery,
} from './license-views.ts';

/** A live (non-deleted) license of this account+environment, or NOT_FOUND. */
export async function findLicense(
  ctx: DomainContext,
  id: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<LicenseRow> {
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

/** With License auth, only the key's own license (403 for any other id, known or not). */
export async function getLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  assertLicenseReach(ctx, id, 'read its own license');
  return toLicenseView(await findLicense(ctx, id));
}
