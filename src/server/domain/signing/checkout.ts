// Offline checkout (DOMAIN.md §6): the signed license file of a usable license, with the TTL, fingerprint and
// offlineAllowed rules, and its `license.checked_out` event.
import { z } from 'zod';
import { signLicenseFile, type LicenseFilePayload } from '@/lib/signing.ts';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { effectiveLimits, effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import {
  effectiveEntitlements,
  toLicenseView,
  type LicenseRow,
} from '@/server/domain/licenses/license-views.ts';
import { findLicense } from '@/server/domain/licenses/license-queries.ts';
import { activeSigningKey } from './signing-keys.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

const MIN_TTL_SECONDS = 3600;
const MAX_OFFLINE_DAYS = 90;
const DEFAULT_TTL_SECONDS = 14 * 86_400;
const DAY_SECONDS = 86_400;

export const checkoutInput = z.strictObject({
  fingerprint: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe('The machine the file is bound to; required when the policy requires fingerprints'),
  ttl: z
    .number()
    .int('ttl must be a whole number of seconds')
    .min(MIN_TTL_SECONDS, `ttl must be at least ${MIN_TTL_SECONDS} seconds (1 hour)`)
    .max(
      MAX_OFFLINE_DAYS * DAY_SECONDS,
      `ttl must be at most ${MAX_OFFLINE_DAYS * DAY_SECONDS} seconds (90 days)`,
    )
    .optional()
    .describe(
      "Seconds the file stays valid: 3600 … the policy's offlineMaxDays; default 14 days capped by it",
    ),
});
type CheckoutInput = z.input<typeof checkoutInput>;

export const checkoutView = z
  .object({
    certificate: z.string().describe('The license file (-----BEGIN LICENTRIC LICENSE----- …)'),
    expiresAt: z.iso.datetime(),
    kid: z.string(),
  })
  .meta({ id: 'LicenseFile' });
type CheckoutView = z.infer<typeof checkoutView>;

/** The license's API view without its key (as in the licenses module's events), plus what was issued. */
function checkedOutEventData(row: LicenseRow, payload: LicenseFilePayload, kid: string, now: Date) {
  const { key: _key, ...view } = toLicenseView(row, now);
  const { fingerprint, issuedAt, expiresAt } = payload;
  return { ...view, checkout: { kid, fingerprint, issuedAt, expiresAt } };
}

function ttlError(message: string, maxSeconds: number): AppError {
  return new AppError('VALIDATION_ERROR', message, {
    issues: [{ path: ['ttl'], message, code: 'too_big' }],
    minTtl: MIN_TTL_SECONDS,
    maxTtl: maxSeconds,
  });
}

/**
 * Issues a license file for `licenseId`. The caller's context decides the account+environment; License auth is
 * limited to its own license by the REST layer. `now` is for tests.
 */
export async function checkoutLicense(
  ctx: DomainContext,
  licenseId: string,
  input: CheckoutInput,
  now: Date = new Date(),
): Promise<CheckoutView> {
  const data = parseInput(checkoutInput, input);
  // Signing key first: its first-use creation is a transaction of its own.
  const key = await activeSigningKey(scope(ctx), ctx.db);
  return inTransaction(ctx, async (tx, ctx) => {
    const license = await findLicense(ctx, licenseId, tx);
    const { policy } = license;
    if (!policy.offlineAllowed) {
      throw new AppError(
        'OFFLINE_NOT_ALLOWED',
        "The license's policy does not allow offline use (offlineAllowed is false)",
      );
    }
    const status = effectiveStatus(license, policy, now);
    if (status === 'banned' || status === 'revoked' || status === 'suspended') {
      throw new AppError('LICENSE_NOT_ACTIVE', `A ${status} license cannot be checked out`);
    }
    if (status === 'expired' && policy.expirationStrategy === 'RESTRICT_ACCESS') {
      throw new AppError('LICENSE_EXPIRED', 'The license has expired; renew it before checking it out');
    }

    const maxDays = Math.min(policy.offlineMaxDays, MAX_OFFLINE_DAYS);
    const maxTtl = maxDays * DAY_SECONDS;
    if (data.ttl !== undefined && data.ttl > maxTtl) {
      throw ttlError(
        `ttl must be at most ${maxTtl} seconds: the policy allows offline use for ${maxDays} day${maxDays === 1 ? '' : 's'} (offlineMaxDays)`,
        maxTtl,
      );
    }
    const ttl = data.ttl ?? Math.min(DEFAULT_TTL_SECONDS, maxTtl);

    if (policy.requireFingerprint && data.fingerprint === undefined) {
      throw new AppError(
        'UNPROCESSABLE',
        "The license's policy requires a fingerprint: send the machine's fingerprint",
        {
          reason: 'FINGERPRINT_REQUIRED',
        },
      );
    }
    if (data.fingerprint !== undefined) {
      const machine = await tx.machine.findFirst({
        where: { licenseId: license.id, fingerprint: data.fingerprint, deletedAt: null },
        select: { id: true },
      });
      if (!machine) {
        throw new AppError(
          'UNPROCESSABLE',
          'No machine with this fingerprint is activated on the license; activate it first',
          { reason: 'FINGERPRINT_NOT_FOUND' },
        );
      }
    }

    // A file never outlives the license's access: under RESTRICT_ACCESS and REVOKE it ends with the license.
    let expiresAt = new Date(now.getTime() + ttl * 1000);
    if (license.expiresAt && policy.expirationStrategy !== 'ALLOW_ACCESS' && license.expiresAt < expiresAt) {
      expiresAt = license.expiresAt;
    }
    const payload: LicenseFilePayload = {
      licenseId: license.id,
      productId: license.productId,
      policyId: license.policyId,
      environment: license.environment,
      status,
      entitlements: effectiveEntitlements(license),
      fingerprint: data.fingerprint ?? null,
      issuedAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      licenseExpiresAt: license.expiresAt?.toISOString() ?? null,
      maxMachines: effectiveLimits(license, policy).maxMachines,
      metadata: license.metadata as Record<string, unknown>,
    };
    const certificate = signLicenseFile(payload, key);
    await writeEvent(tx, ctx, {
      type: 'license.checked_out',
      resourceType: 'license',
      resourceId: license.id,
      data: checkedOutEventData(license, payload, key.kid, now),
    });
    return { certificate, expiresAt: payload.expiresAt, kid: key.kid };
  });
}
