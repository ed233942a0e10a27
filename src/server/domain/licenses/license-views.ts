// License schemas and views (API.md §4 Licenses): the inputs REST and tRPC parse, the full view (with the
// decrypted key and the lifecycle actions it accepts now), the event view (no key) and the reduced runtime view of
// validate-key answers. Pure: built from rows already loaded.
import { z } from 'zod';
import { isParsedBy } from '@/server/domain/shared/parsed-input.ts';
import { isoDate, metadataSchema, positiveCount } from '@/server/domain/shared/schemas.ts';
import { paginationQuery } from '@/server/shared/pagination.ts';
import { decrypt } from '@/lib/crypto.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { masterKey } from '@/server/secrets.ts';
import {
  allowedLicenseActions,
  effectiveLimits,
  effectiveStatus,
  LICENSE_ACTIONS,
  LICENSE_STATUSES,
} from './license-state.ts';
import type { License, Policy } from '@/generated/prisma/client.ts';
import type { Environment } from '@/generated/prisma/enums.ts';

/** AAD of the encrypted key column: binds the ciphertext to its use. */
export const LICENSE_KEY_AAD = 'license-key';

const importedKey = z
  .string()
  .trim()
  .min(8)
  .max(256)
  .regex(/^[\x21-\x7E]+$/, 'key may contain printable ASCII characters without spaces')
  .describe('Import an existing key (≥ 8 characters, unique across the deployment); generated when omitted');
const override = positiveCount.nullable();
const email = z
  .email()
  .max(320)
  .transform(normalizeEmail)
  .nullable()
  .describe('Stored lower case; looked up exactly (portal sign-in, the userEmail filter)');

export const createLicenseInput = z.strictObject({
  productId: z.uuid(),
  policyId: z.uuid(),
  key: importedKey.optional(),
  name: z.string().trim().min(1).max(255).nullable().optional(),
  expiresAt: isoDate
    .nullable()
    .optional()
    .describe(
      'Defaults to now + policy.durationDays (null = perpetual); a past date creates an expired license',
    ),
  maxMachinesOverride: override.optional().describe('Only when the policy is overridable'),
  maxUsesOverride: override.optional().describe('Only when the policy is overridable'),
  userEmail: email.optional(),
  userName: z.string().trim().min(1).max(255).nullable().optional(),
  entitlementIds: z.array(z.uuid()).max(100).optional(),
  metadata: metadataSchema.default({}),
});

/**
 * Editable fields. `policyId` moves the license to another policy of the same product. `expiresAt` may be moved
 * (a past date expires an active license at once), but an expired license is brought back with `renew`.
 */
export const updateLicenseInput = z.strictObject({
  name: z.string().trim().min(1).max(255).nullable().optional(),
  policyId: z.uuid().optional(),
  expiresAt: isoDate.nullable().optional(),
  maxMachinesOverride: override.optional(),
  maxUsesOverride: override.optional(),
  userEmail: email.optional(),
  userName: z.string().trim().min(1).max(255).nullable().optional(),
  metadata: metadataSchema.optional(),
});

export const renewLicenseInput = z.strictObject({
  expiresAt: isoDate
    .optional()
    .describe('New expiry (must be in the future); default max(now, expiresAt) + policy.durationDays'),
});

export const listLicensesQuery = z.strictObject({
  ...paginationQuery,
  productId: z.uuid().optional(),
  policyId: z.uuid().optional(),
  status: z
    .enum(LICENSE_STATUSES)
    .optional()
    .describe('Effective status (a license whose expiry passed counts as expired)'),
  userEmail: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .optional()
    .describe('Exact address, any letter case (no wildcards: `_` and `%` are plain characters)'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(256)
    .optional()
    .describe(
      'name, userEmail or userName contains the text (case-insensitive, literally: `_` and `%` are plain characters), or the exact license key',
    ),
});
export type ListLicensesQuery = z.infer<typeof listLicensesQuery>;

export const licenseEntitlementParams = z.strictObject({ id: z.uuid(), entitlementId: z.uuid() });

const runtimeFields = {
  id: z.uuid(),
  name: z.string().nullable(),
  status: z.enum(LICENSE_STATUSES),
  productId: z.uuid(),
  policyId: z.uuid(),
  expiresAt: z.iso.datetime().nullable(),
  maxMachines: z
    .number()
    .int()
    .nullable()
    .describe('Effective: the override when the policy is overridable, else the policy’s; null = unlimited'),
  maxMachinesOverride: z.number().int().nullable(),
  maxUses: z.number().int().nullable().describe('Effective, like maxMachines'),
  maxUsesOverride: z.number().int().nullable(),
  usesCount: z.number().int(),
  machineCount: z.number().int().describe('Active machines'),
  entitlements: z.array(z.string()).describe('Effective entitlement codes: policy ∪ license, sorted'),
  lastValidatedAt: z.iso.datetime().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const licenseView = z
  .object({
    ...runtimeFields,
    key: z.string(),
    userEmail: z.string().nullable(),
    userName: z.string().nullable(),
    allowedActions: z
      .array(z.enum(LICENSE_ACTIONS))
      .describe(
        'The lifecycle actions the license accepts in its current status (DOMAIN.md §3); delete always',
      ),
  })
  .meta({ id: 'License' });
export type LicenseView = z.infer<typeof licenseView>;
/** What license.* events carry: the view without the key (and without allowedActions, a reading aid). */
export type LicenseEventView = Omit<LicenseView, 'key' | 'allowedActions'>;

/** The license inside validate-key answers: no key, userEmail or userName; with its environment. */
export const licenseRuntimeView = z
  .object({ ...runtimeFields, environment: z.enum(['live', 'test']) })
  .meta({ id: 'LicenseRuntime' });
export type LicenseRuntimeView = z.infer<typeof licenseRuntimeView>;

/** Inputs as REST (ISO strings) or in-process callers (Dates) send them; a route's parsed body is not parsed again. */
type WithDates<T> = { [K in keyof T]: K extends 'expiresAt' ? T[K] | Date : T[K] };
export type CreateLicenseInput = WithDates<z.input<typeof createLicenseInput>>;
export type UpdateLicenseInput = WithDates<z.input<typeof updateLicenseInput>>;
export type RenewLicenseInput = WithDates<z.input<typeof renewLicenseInput>>;

export function parseWithDates<S extends z.ZodType>(schema: S, input: object): z.output<S> {
  if (isParsedBy(schema, input)) return input as z.output<S>;
  return schema.parse(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])),
  );
}

const liveEntitlementCodes = {
  where: { entitlement: { deletedAt: null } },
  select: { entitlement: { select: { code: true } } },
} as const;

/** What the views need; `findLicense` loads it, and validate-key can load the same with `licenseInclude`. */
export const licenseInclude = {
  policy: { include: { entitlements: liveEntitlementCodes } },
  entitlements: liveEntitlementCodes,
} as const;

type Codes = Array<{ entitlement: { code: string } }>;
/** The row shape the views read (a license with its policy and the live entitlement codes of both). */
export type LicenseRow = License & { policy: Policy & { entitlements: Codes }; entitlements: Codes };
type RuntimeRow = Omit<LicenseRow, 'keyEncrypted' | 'keyHash' | 'userEmail' | 'userName'>;

export function effectiveEntitlements(row: Pick<RuntimeRow, 'policy' | 'entitlements'>): string[] {
  return [
    ...new Set([...row.policy.entitlements, ...row.entitlements].map((e) => e.entitlement.code)),
  ].sort();
}

function runtimeView(row: RuntimeRow, now: Date) {
  const limits = effectiveLimits(row, row.policy);
  return {
    id: row.id,
    name: row.name,
    status: effectiveStatus(row, row.policy, now),
    productId: row.productId,
    policyId: row.policyId,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    maxMachines: limits.maxMachines,
    maxMachinesOverride: row.maxMachinesOverride,
    maxUses: limits.maxUses,
    maxUsesOverride: row.maxUsesOverride,
    usesCount: row.usesCount,
    machineCount: row.machineCount,
    entitlements: effectiveEntitlements(row),
    lastValidatedAt: row.lastValidatedAt?.toISOString() ?? null,
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function decryptLicenseKey(keyEncrypted: string): string {
  return decrypt(keyEncrypted, masterKey(), LICENSE_KEY_AAD).toString('utf8');
}

/** The API view without the key: what license.* events carry (built without decrypting anything). */
export function toLicenseEventView(row: LicenseRow, now: Date = new Date()): LicenseEventView {
  const {
    id,
    name,
    status,
    productId,
    policyId,
    expiresAt,
    maxMachines,
    maxMachinesOverride,
    maxUses,
    maxUsesOverride,
    ...rest
  } = runtimeView(row, now);
  return {
    id,
    name,
    status,
    productId,
    policyId,
    userEmail: row.userEmail,
    userName: row.userName,
    expiresAt,
    maxMachines,
    maxMachinesOverride,
    maxUses,
    maxUsesOverride,
    ...rest,
  };
}

/** The API view of a license (API.md §4): lazily evaluated status, effective limits and entitlements, the key. */
export function toLicenseView(row: LicenseRow, now: Date = new Date()): LicenseView {
  const { id, ...rest } = toLicenseEventView(row, now);
  return {
    id,
    key: decryptLicenseKey(row.keyEncrypted),
    ...rest,
    allowedActions: allowedLicenseActions(rest.status),
  };
}

/** The license as validate-key shows it: `toLicenseView` without key, userEmail, userName, plus `environment`. */
export function toLicenseRuntimeView(
  row: RuntimeRow & { environment: Environment },
  now: Date = new Date(),
): LicenseRuntimeView {
  const { id, ...rest } = runtimeView(row, now);
  return { id, environment: row.environment, ...rest };
}
