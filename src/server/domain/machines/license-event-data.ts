// The `data` of license.* events written by the licensing runtime (limit_reached, activated, expired, revoked):
// the license's API view without its key, like the events of the licenses module.
import type { DomainContext } from '@/server/context.ts';
import type { Tx } from '@/server/db.ts';
import {
  findLicense,
  toLicenseView,
  type LicenseRow,
  type LicenseView,
} from '@/server/domain/licenses/licenses.ts';

export type LicenseEventData = Omit<LicenseView, 'key'>;

export function licenseRowEventData(row: LicenseRow, now: Date = new Date()): LicenseEventData {
  const { key: _key, ...data } = toLicenseView(row, now);
  return data;
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
