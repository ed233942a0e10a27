// The `data` of license.* events written by the licensing runtime (limit_reached, activated, expired, revoked):
// the license's API view without its key, like the events of the licenses module — for one license, or for a
// whole batch in one query (background flushes and jobs).
import type { DomainContext } from '@/server/context.ts';
import type { Tx } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import {
  findLicense,
  licenseInclude,
  toLicenseEventView,
  type LicenseRow,
  type LicenseView,
} from '@/server/domain/licenses/licenses.ts';

export type LicenseEventData = Omit<LicenseView, 'key'>;

export function licenseRowEventData(row: LicenseRow, now: Date = new Date()): LicenseEventData {
  return toLicenseEventView(row, now);
}

/** Loads the license (scoped, not deleted) in `tx` and returns its event payload. */
export async function licenseEventData(
  tx: Tx,
  ctx: Pick<DomainContext, 'accountId' | 'environment'>,
  id: string,
  now: Date = new Date(),
): Promise<LicenseEventData> {
  // findLicense reads only the scope from its context and runs on `tx`
  const row = await findLicense(
    { ...ctx, db: tx as DomainContext['db'], actor: { type: 'system', id: null } },
    id,
    tx,
  );
  return licenseRowEventData(row, now);
}

/** The event payloads of many live licenses, read in one query (ids that are deleted or unknown are absent). */
export async function licenseEventDataOf(
  tx: Tx,
  ids: string[],
  now: Date = new Date(),
): Promise<Map<string, { accountId: string; environment: Environment; data: LicenseEventData }>> {
  const rows = await tx.license.findMany({
    where: { id: { in: ids }, deletedAt: null },
    include: licenseInclude,
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { accountId: row.accountId, environment: row.environment, data: licenseRowEventData(row, now) },
    ]),
  );
}
