// License-key authentication: `Authorization: License <key>` → the license, its account and environment,
// with the status rules of API.md §3 (banned/revoked never; suspended only to read itself). The by-key lookup runs
// on every License-auth request: a prepared statement on the hot pool, shared by concurrent requests (hotBatch in
// hot-lookup.ts), not the ORM.
import { hashLicenseKey } from '@/lib/license-key.ts';
import type { Db } from '@/server/db.ts';
import type { Environment, ExpirationStrategy, LicenseStatus } from '@/generated/prisma/enums.ts';
import { effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import { hotBatch } from '@/server/domain/validation/hot-lookup.ts';

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
  const license =
    'keyHash' in where
      ? await licenseByKeyHash(db, where.keyHash)
      : await db.license.findUnique({
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

// One row per key hash (id NULL for an unknown key), for a batch of concurrent License-auth requests.
const BY_KEY_HASH_SQL = `
  SELECT i.n, x.* FROM unnest($1::text[]) WITH ORDINALITY AS i(key_hash, n)
  LEFT JOIN LATERAL (
    SELECT l.id, l."accountId", l.environment::text AS environment, l.status::text AS status, l."expiresAt",
           l."deletedAt", p."expirationStrategy"::text AS "expirationStrategy"
    FROM "License" l JOIN "Policy" p ON p.id = l."policyId"
    WHERE l."keyHash" = i.key_hash
  ) x ON true
  ORDER BY i.n`;

interface KeyHashRow {
  id: string;
  accountId: string;
  environment: Environment;
  status: LicenseStatus;
  expiresAt: Date | null;
  deletedAt: Date | null;
  expirationStrategy: ExpirationStrategy;
}

const byKeyHash = hotBatch<string, KeyHashRow | { id: null }>({
  name: 'licentric_license_auth_v2',
  text: BY_KEY_HASH_SQL,
  columns: (keyHashes) => [keyHashes],
});

/** The by-key read, shaped like the ORM's (`policy.expirationStrategy`). */
async function licenseByKeyHash(db: Db, keyHash: string) {
  const row = await byKeyHash.run(db, keyHash);
  if (row.id === null) return null;
  const { expirationStrategy, ...license } = row;
  return { ...license, policy: { expirationStrategy } };
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
