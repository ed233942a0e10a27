// License-key authentication: `Authorization: License <key>` → the license, its account and environment,
// with the status rules of API.md §3 (banned/revoked never; suspended only to read itself).
import { hashLicenseKey } from '@/lib/license-key.ts';
import type { Db } from '@/server/db.ts';
import type { Environment, LicenseStatus } from '@/generated/prisma/enums.ts';
import { effectiveStatus } from '@/server/domain/licenses/license-state.ts';

export interface LicensePrincipal {
  id: string;
  accountId: string;
  environment: Environment;
  status: LicenseStatus;
}

/**
 * The license that a holder may act for: null when it is unknown, deleted, banned or revoked (including expired
 * under REVOKE). Shared by License auth (by key) and the customer portal session (by id).
 */
export async function findUsableLicense(
  db: Db,
  where: { keyHash: string } | { id: string },
  now = new Date(),
): Promise<LicensePrincipal | null> {
  const license = await db.license.findUnique({
    where,
    select: {
      id: true,
      accountId: true,
      environment: true,
      status: true,
      expiresAt: true,
      deletedAt: true,
      policy: { select: { expirationStrategy: true } },
    },
  });
  if (!license || license.deletedAt) return null;
  const status = effectiveStatus(license, license.policy, now);
  if (status === 'banned' || status === 'revoked') return null;
  return { id: license.id, accountId: license.accountId, environment: license.environment, status };
}

/** License auth by key (see findUsableLicense). */
export async function authenticateLicenseKey(
  db: Db,
  rawKey: string,
  now = new Date(),
): Promise<LicensePrincipal | null> {
  if (rawKey.trim().length < 8 || rawKey.length > 256) return null;
  return findUsableLicense(db, { keyHash: hashLicenseKey(rawKey) }, now);
}
