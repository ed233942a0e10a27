// The `data` of license.* events (toLicenseEventView: the API view without its key) loaded by id — for one
// license in a transaction (expiry), or for a whole batch in one query (the validation flush).
import type { DomainContext } from '@/server/context.ts';
import type { Tx } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { findLicense } from './license-queries.ts';
import { licenseInclude, toLicenseEventView, type LicenseEventView } from './license-views.ts';

/** Loads the license (scoped, not deleted) in `tx` and returns its event payload. */
export async function licenseEventData(
  tx: Tx,
  ctx: Pick<DomainContext, 'accountId' | 'environment'>,
  id: string,
  now: Date = new Date(),
): Promise<LicenseEventView> {
  // findLicense reads only the scope from its context and runs on `tx`
  const row = await findLicense(
    { ...ctx, db: tx as DomainContext['db'], actor: { type: 'system', id: null } },
    id,
    tx,
  );
  return toLicenseEventView(row, now);
}

/** The event payloads of many live licenses, read in one query (ids that are deleted or unknown are absent). */
export async function licenseEventDataOf(
  tx: Tx,
  ids: string[],
  now: Date = new Date(),
): Promise<Map<string, { accountId: string; environment: Environment; data: LicenseEventView }>> {
  const rows = await tx.license.findMany({
    where: { id: { in: ids }, deletedAt: null },
    include: licenseInclude,
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { accountId: row.accountId, environment: row.environment, data: toLicenseEventView(row, now) },
    ]),
  );
}
