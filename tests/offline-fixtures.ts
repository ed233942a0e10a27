// Fixtures for the offline-license tests: a product, policy, license (with its raw key) and machines written
// straight through Prisma, so these tests do not depend on the policy/license/machine endpoints.
import { encrypt, randomString } from '@/lib/crypto.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { masterKey } from '@/server/secrets.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import type { Db } from '@/server/db.ts';
import type { Environment, ExpirationStrategy, LicenseStatus } from '@/generated/prisma/enums.ts';

export interface OfflineLicenseOptions {
  environment?: Environment;
  policy?: {
    requireFingerprint?: boolean;
    offlineAllowed?: boolean;
    offlineMaxDays?: number;
    maxMachines?: number | null;
    expirationStrategy?: ExpirationStrategy;
    requireHeartbeat?: boolean;
    heartbeatIntervalMinutes?: number;
    allowMachineTransfer?: boolean;
  };
  license?: {
    status?: LicenseStatus;
    expiresAt?: Date | null;
    metadata?: Record<string, unknown>;
    maxMachinesOverride?: number;
  };
  /** Active machines to create on the license. */
  fingerprints?: string[];
  /** Entitlement codes attached to the policy and to the license. */
  policyEntitlements?: string[];
  licenseEntitlements?: string[];
}

export interface OfflineLicense {
  licenseId: string;
  key: string;
  productId: string;
  policyId: string;
  machineIds: string[];
}

const suffix = () => randomString(8, 'abcdefghijklmnopqrstuvwxyz0123456789');

export async function createOfflineLicense(
  db: Db,
  accountId: string,
  options: OfflineLicenseOptions = {},
): Promise<OfflineLicense> {
  const environment = options.environment ?? 'live';
  const s = { accountId, environment };
  const product = await db.product.create({
    data: { ...s, name: 'Offline app', code: `off-${suffix()}`, keyPrefix: 'OFF' },
  });
  const policy = await db.policy.create({
    data: {
      ...s,
      productId: product.id,
      name: 'Desktop',
      maxMachines: 3,
      requireFingerprint: true,
      offlineAllowed: true,
      offlineMaxDays: 14,
      ...options.policy,
    },
  });
  const entitlement = async (code: string) =>
    db.entitlement.upsert({
      where: { accountId_environment_code: { ...s, code } },
      create: { ...s, code, name: code },
      update: {},
    });
  for (const code of options.policyEntitlements ?? []) {
    const e = await entitlement(code);
    await db.policyEntitlement.create({ data: { ...s, policyId: policy.id, entitlementId: e.id } });
  }
  const key = generateLicenseKey('OFF');
  const license = await db.license.create({
    data: {
      ...s,
      productId: product.id,
      policyId: policy.id,
      keyHash: hashLicenseKey(key),
      keyEncrypted: encrypt(key, masterKey(), 'license-key'),
      status: options.license?.status ?? 'active',
      expiresAt: options.license?.expiresAt ?? null,
      metadata: toJsonValue(options.license?.metadata ?? {}),
      maxMachinesOverride: options.license?.maxMachinesOverride ?? null,
      machineCount: options.fingerprints?.length ?? 0,
    },
  });
  for (const code of options.licenseEntitlements ?? []) {
    const e = await entitlement(code);
    await db.licenseEntitlement.create({ data: { ...s, licenseId: license.id, entitlementId: e.id } });
  }
  const machineIds: string[] = [];
  for (const fingerprint of options.fingerprints ?? []) {
    const machine = await db.machine.create({
      data: { ...s, licenseId: license.id, fingerprint, lastHeartbeatAt: new Date() },
    });
    machineIds.push(machine.id);
  }
  return { licenseId: license.id, key, productId: product.id, policyId: policy.id, machineIds };
}
