// validate-key (DOMAIN.md §4): the hot path every shipped copy of a vendor's app calls. One indexed lookup by
// keyHash joined with the policy, the product code, the effective entitlement codes and the machine of the
// fingerprint (one round trip); the checks in their fixed order; side effects buffered (validation-effects.ts,
// daily-usage.ts) — except with an effective maxUses, where the use is counted atomically in the validation.
import { z } from 'zod';
import { hashLicenseKey } from '@/lib/license-key.ts';
import type { Db } from '@/server/db.ts';
import type { Environment, ExpirationStrategy, LicenseStatus } from '@/generated/prisma/enums.ts';
import type { Machine } from '@/generated/prisma/client.ts';
import { effectiveLimits, effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import {
  licenseRuntimeView,
  toLicenseRuntimeView,
  type LicenseRow,
  type LicenseRuntimeView,
} from '@/server/domain/licenses/license-views.ts';
import { machineView, toMachineView, type MachineView } from '@/server/domain/machines/machine-view.ts';
import { heartbeatStatus } from '@/server/domain/machines/heartbeat.ts';
import { countValidation } from '@/server/domain/usage/daily-usage.ts';
import { hotBatch } from './hot-lookup.ts';
import { pendingUses, recordFirstSuccess, recordTouch, recordValidationEvent } from './validation-effects.ts';

const VALIDATION_CODES = [
  'NOT_FOUND',
  'PRODUCT_MISMATCH',
  'BANNED',
  'REVOKED',
  'SUSPENDED',
  'EXPIRED',
  'USAGE_LIMIT_EXCEEDED',
  'FINGERPRINT_REQUIRED',
  'FINGERPRINT_NOT_FOUND',
  'HEARTBEAT_REQUIRED',
  'ENTITLEMENTS_MISSING',
  'MACHINE_LIMIT_EXCEEDED',
  'VALID',
] as const;
type ValidationCode = (typeof VALIDATION_CODES)[number];

export const validateKeyInput = z.strictObject({
  key: z.string().min(1).max(256),
  fingerprint: z.string().min(1).max(256).optional(),
  entitlements: z.array(z.string().min(1).max(100)).max(100).optional(),
  product: z.string().min(1).max(100).optional().describe('Product id or code the key must belong to'),
  environment: z.enum(['live', 'test']).optional(),
  nonce: z
    .number()
    .int()
    .min(Number.MIN_SAFE_INTEGER)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Echoed back (replay protection with signed answers)'),
});
type ValidateKeyInput = z.infer<typeof validateKeyInput>;

export const validationResultView = z
  .object({
    valid: z.boolean(),
    code: z.enum(VALIDATION_CODES),
    detail: z.string().describe('What happened and what to do next'),
    license: licenseRuntimeView.nullable().describe('null for NOT_FOUND'),
    machine: machineView
      .nullable()
      .describe('The active machine of the fingerprint, when one was sent and found'),
    entitlements: z.array(z.string()).describe('The license’s effective entitlement codes'),
    nonce: z.number().int().nullable(),
    ts: z.iso.datetime().describe('Server time of the answer (ISO-8601)'),
  })
  .meta({ id: 'ValidationResult' });
export type ValidationResult = z.infer<typeof validationResultView>;

/** The answer, and the account+environment of the license it names (whose key signs it; null for NOT_FOUND). */
interface ValidationOutcome {
  answer: ValidationResult;
  scope: { accountId: string; environment: Environment } | null;
}

/** The joined row of the hot-path lookup (see LOOKUP). */
interface LookupRow {
  id: string;
  accountId: string;
  environment: Environment;
  productId: string;
  policyId: string;
  name: string | null;
  status: LicenseStatus;
  expiresAt: Date | null;
  maxMachinesOverride: number | null;
  maxUsesOverride: number | null;
  usesCount: number;
  machineCount: number;
  lastValidatedAt: Date | null;
  activatedAt: Date | null;
  metadata: unknown;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  productCode: string;
  p_maxMachines: number | null;
  p_maxUses: number | null;
  p_overridable: boolean;
  p_expirationStrategy: ExpirationStrategy;
  p_requireFingerprint: boolean;
  p_requireHeartbeat: boolean;
  p_heartbeatIntervalMinutes: number;
  entitlementCodes: string[];
  m_id: string | null;
  m_fingerprint: string | null;
  m_name: string | null;
  m_platform: Machine['platform'];
  m_hostname: string | null;
  m_cores: number | null;
  m_metadata: unknown;
  m_lastHeartbeatAt: Date | null;
  m_deadAt: Date | null;
  m_createdAt: Date | null;
  m_updatedAt: Date | null;
}
type RawLookupRow = Omit<LookupRow, 'entitlementCodes'> & { policyCodes: string[]; licenseCodes: string[] };

// One row per (key hash, fingerprint) of a batch of concurrent validations: id NULL for an unknown key.
const LOOKUP_SQL = `
  SELECT i.n, x.* FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS i(key_hash, fingerprint, n)
  LEFT JOIN LATERAL (
    SELECT l."id", l."accountId", l."environment"::text AS "environment", l."productId", l."policyId", l."name",
           l."status"::text AS "status", l."expiresAt", l."maxMachinesOverride", l."maxUsesOverride", l."usesCount",
           l."machineCount", l."lastValidatedAt", l."activatedAt", l."metadata", l."deletedAt", l."createdAt", l."updatedAt",
           pr."code" AS "productCode",
           p."maxMachines" AS "p_maxMachines", p."maxUses" AS "p_maxUses", p."overridable" AS "p_overridable",
           p."expirationStrategy"::text AS "p_expirationStrategy", p."requireFingerprint" AS "p_requireFingerprint",
           p."requireHeartbeat" AS "p_requireHeartbeat", p."heartbeatIntervalMinutes" AS "p_heartbeatIntervalMinutes",
           ARRAY(SELECT e."code" FROM "PolicyEntitlement" pe JOIN "Entitlement" e ON e."id" = pe."entitlementId"
                 WHERE pe."policyId" = l."policyId" AND e."deletedAt" IS NULL) AS "policyCodes",
           ARRAY(SELECT e."code" FROM "LicenseEntitlement" le JOIN "Entitlement" e ON e."id" = le."entitlementId"
                 WHERE le."licenseId" = l."id" AND e."deletedAt" IS NULL) AS "licenseCodes",
           m."id" AS "m_id", m."fingerprint" AS "m_fingerprint", m."name" AS "m_name", m."platform"::text AS "m_platform",
           m."hostname" AS "m_hostname", m."cores" AS "m_cores", m."metadata" AS "m_metadata",
           m."lastHeartbeatAt" AS "m_lastHeartbeatAt", m."deadAt" AS "m_deadAt", m."createdAt" AS "m_createdAt", m."updatedAt" AS "m_updatedAt"
    FROM "License" l
    JOIN "Policy" p ON p."id" = l."policyId"
    JOIN "Product" pr ON pr."id" = l."productId"
    LEFT JOIN "Machine" m ON m."licenseId" = l."id" AND m."fingerprint" = i.fingerprint AND m."deletedAt" IS NULL
    WHERE l."keyHash" = i.key_hash
    ORDER BY m."createdAt"
    LIMIT 1
  ) x ON true
  ORDER BY i.n`;

const lookups = hotBatch<{ keyHash: string; fingerprint: string | null }, RawLookupRow | { id: null }>({
  name: 'licentric_validate_key_v2',
  text: LOOKUP_SQL,
  columns: (items) => [items.map((i) => i.keyHash), items.map((i) => i.fingerprint)],
});

/** The one round trip of a validation, shared with concurrent ones (a NULL fingerprint matches no machine). */
async function lookup(db: Db, keyHash: string, fingerprint: string | null): Promise<LookupRow | undefined> {
  const row = await lookups.run(db, { keyHash, fingerprint });
  if (row.id === null) return undefined;
  const { policyCodes, licenseCodes, ...rest } = row;
  return { ...rest, entitlementCodes: [...new Set([...policyCodes, ...licenseCodes])].sort() };
}

/** Consumes one use if the license is under its limit: `UPDATE … WHERE usesCount < maxUses RETURNING`. */
async function consumeUse(db: Db, licenseId: string, maxUses: number): Promise<number | null> {
  const rows = await db.$queryRaw<Array<{ usesCount: number }>>`
    UPDATE "License" SET "usesCount" = "usesCount" + 1
    WHERE "id" = ${licenseId}::uuid AND "usesCount" < ${maxUses}
    RETURNING "usesCount"`;
  return rows[0]?.usesCount ?? null;
}

function machineOf(row: LookupRow): (Parameters<typeof toMachineView>[0] & { deadAt: Date | null }) | null {
  if (!row.m_id || !row.m_createdAt || !row.m_updatedAt || row.m_fingerprint === null) return null;
  return {
    id: row.m_id,
    licenseId: row.id,
    fingerprint: row.m_fingerprint,
    name: row.m_name,
    platform: row.m_platform,
    hostname: row.m_hostname,
    cores: row.m_cores,
    metadata: (row.m_metadata ?? {}) as Machine['metadata'],
    lastHeartbeatAt: row.m_lastHeartbeatAt,
    deadAt: row.m_deadAt,
    createdAt: row.m_createdAt,
    updatedAt: row.m_updatedAt,
  };
}

/**
 * The row in the shape `toLicenseRuntimeView` reads. The policy carries only the rule columns the view and the
 * checks use (the lookup does not fetch the rest), hence the cast.
 */
function runtimeRow(row: LookupRow, usesCount: number): Parameters<typeof toLicenseRuntimeView>[0] {
  const policy = {
    id: row.policyId,
    maxMachines: row.p_maxMachines,
    maxUses: row.p_maxUses,
    overridable: row.p_overridable,
    expirationStrategy: row.p_expirationStrategy,
    requireFingerprint: row.p_requireFingerprint,
    requireHeartbeat: row.p_requireHeartbeat,
    heartbeatIntervalMinutes: row.p_heartbeatIntervalMinutes,
    entitlements: row.entitlementCodes.map((code) => ({ entitlement: { code } })),
  } as unknown as LicenseRow['policy'];
  return {
    id: row.id,
    accountId: row.accountId,
    environment: row.environment,
    productId: row.productId,
    policyId: row.policyId,
    name: row.name,
    status: row.status,
    expiresAt: row.expiresAt,
    maxMachinesOverride: row.maxMachinesOverride,
    maxUsesOverride: row.maxUsesOverride,
    usesCount,
    machineCount: row.machineCount,
    lastValidatedAt: row.lastValidatedAt,
    activatedAt: row.activatedAt,
    metadata: row.metadata ?? {},
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    policy,
    entitlements: [],
  };
}

interface Verdict {
  code: ValidationCode;
  valid: boolean;
  detail: string;
}

const verdict = (code: ValidationCode, detail: string, valid = false): Verdict => ({ code, valid, detail });

/**
 * The context of validate-key: unauthenticated, so no account, environment or actor yet (the key names them) —
 * only the database, like the narrower contexts of members and the portal (docs/contributing.md).
 */
interface ValidationContext {
  db: Db;
}

/**
 * Validates a license key. Never throws for an unknown or unusable key: the outcome is data. Answers in one
 * database round trip (two when an effective maxUses has to count the use atomically).
 */
export async function validateLicenseKey(
  { db }: ValidationContext,
  /** Already parsed with validateKeyInput (the REST route does it; the hot path parses once). */
  input: ValidateKeyInput,
  now: Date = new Date(),
): Promise<ValidationOutcome> {
  const ts = now.toISOString();
  const nonce = input.nonce ?? null;
  const row = await lookup(db, hashLicenseKey(input.key), input.fingerprint ?? null);

  if (
    !row ||
    row.deletedAt !== null ||
    (input.environment !== undefined && input.environment !== row.environment)
  ) {
    // nothing changes for a failed lookup but the failed counter (when the license, and so its account, is known)
    if (row)
      countValidation(
        { accountId: row.accountId, environment: row.environment, productId: row.productId },
        false,
        now,
      );
    const answer: ValidationResult = {
      valid: false,
      code: 'NOT_FOUND',
      detail:
        'No license with this key exists (in this environment). Check the key for typos, or contact the vendor.',
      license: null,
      machine: null,
      entitlements: [],
      nonce,
      ts,
    };
    return { answer, scope: null };
  }

  const policy = { expirationStrategy: row.p_expirationStrategy };
  const status = effectiveStatus(row, policy, now);
  const limits = effectiveLimits(row, {
    maxMachines: row.p_maxMachines,
    maxUses: row.p_maxUses,
    overridable: row.p_overridable,
  });
  const machineRow = machineOf(row);
  const heartbeatPolicy = {
    requireHeartbeat: row.p_requireHeartbeat,
    heartbeatIntervalMinutes: row.p_heartbeatIntervalMinutes,
  };
  let usesCount = row.usesCount;
  let useCounted = false; // with maxUses: counted atomically here, not by the deferred flush

  const decide = async (): Promise<Verdict> => {
    if (input.product !== undefined && input.product !== row.productId && input.product !== row.productCode) {
      return verdict(
        'PRODUCT_MISMATCH',
        `This license belongs to another product than "${input.product}". Use a key issued for this product.`,
      );
    }
    if (status === 'banned') return verdict('BANNED', 'This license has been banned. Contact the vendor.');
    if (status === 'revoked')
      return verdict(
        'REVOKED',
        'This license has been revoked and can no longer be used. Contact the vendor for a new license.',
      );
    if (status === 'suspended')
      return verdict('SUSPENDED', 'This license is suspended. Contact the vendor to have it reinstated.');
    const expired = status === 'expired';
    if (expired && row.p_expirationStrategy !== 'ALLOW_ACCESS') {
      return verdict(
        'EXPIRED',
        `This license expired on ${row.expiresAt?.toISOString() ?? 'an earlier date'}. Renew it to continue.`,
      );
    }
    if (limits.maxUses !== null) {
      const counted = row.usesCount < limits.maxUses ? await consumeUse(db, row.id, limits.maxUses) : null;
      if (counted === null) {
        return verdict(
          'USAGE_LIMIT_EXCEEDED',
          `This license has been used ${limits.maxUses} time(s), its limit. Contact the vendor for more uses.`,
        );
      }
      usesCount = counted;
      useCounted = true;
    }
    if (row.p_requireFingerprint && input.fingerprint === undefined) {
      return verdict(
        'FINGERPRINT_REQUIRED',
        'This license is locked to machines: send the fingerprint of this machine.',
      );
    }
    if (input.fingerprint !== undefined && !machineRow) {
      return verdict(
        'FINGERPRINT_NOT_FOUND',
        'No machine with this fingerprint is activated on the license; activate it first (POST /machines).',
      );
    }
    if (machineRow && row.p_requireHeartbeat) {
      const hb = heartbeatStatus(machineRow, heartbeatPolicy, now);
      if (hb === 'NOT_STARTED') {
        return verdict(
          'HEARTBEAT_REQUIRED',
          'This machine has not sent a heartbeat yet: POST /machines/{id}/heartbeat, then validate again.',
        );
      }
      if (hb === 'DEAD') {
        return verdict(
          'HEARTBEAT_REQUIRED',
          'This machine stopped sending heartbeats and is considered dead: send a heartbeat (or re-activate it).',
        );
      }
    }
    if (input.entitlements && input.entitlements.length > 0) {
      const granted = new Set(row.entitlementCodes);
      const missing = [...new Set(input.entitlements)].filter((code) => !granted.has(code));
      if (missing.length > 0) {
        return verdict(
          'ENTITLEMENTS_MISSING',
          `The license does not include: ${missing.join(', ')}. Upgrade the license to use these features.`,
        );
      }
    }
    if (limits.maxMachines !== null && row.machineCount > limits.maxMachines) {
      return verdict(
        'MACHINE_LIMIT_EXCEEDED',
        `${row.machineCount} machines are active but the license allows ${limits.maxMachines}; deactivate ${row.machineCount - limits.maxMachines} of them.`,
      );
    }
    if (expired) {
      return verdict(
        'EXPIRED',
        `This license expired on ${row.expiresAt?.toISOString() ?? 'an earlier date'}; access continues, but renew it soon.`,
        true,
      );
    }
    return verdict('VALID', 'The license is valid.', true);
  };

  const result = await decide();

  // deferred side effects: buffered in memory, flushed in batches (never on this request's path)
  recordTouch(row.id, now, !useCounted && limits.maxUses === null);
  countValidation(
    { accountId: row.accountId, environment: row.environment, productId: row.productId },
    result.valid,
    now,
  );
  if (result.valid && row.activatedAt === null)
    recordFirstSuccess(row.id, row.accountId, row.environment, now);

  const license: LicenseRuntimeView = toLicenseRuntimeView(
    runtimeRow(row, useCounted ? usesCount : usesCount + pendingUses(row.id)),
    now,
  );
  const machine: MachineView | null = machineRow ? toMachineView(machineRow, heartbeatPolicy, now) : null;
  const answer: ValidationResult = {
    ...result,
    license,
    machine,
    entitlements: license.entitlements,
    nonce,
    ts,
  };
  const { nonce: _nonce, ...eventData } = answer;
  recordValidationEvent({
    accountId: row.accountId,
    environment: row.environment,
    licenseId: row.id,
    type: result.valid ? 'validation.success' : 'validation.failed',
    data: eventData,
    at: now,
  });
  return { answer, scope: { accountId: row.accountId, environment: row.environment } };
}
