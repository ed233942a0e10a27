// Lazy license state (DOMAIN.md §3–§5): the status a license has *now*, and its effective limits.
import type { ExpirationStrategy, LicenseStatus } from '@/generated/prisma/enums.ts';

interface StatusInput {
  status: LicenseStatus;
  expiresAt: Date | null;
}

/** An active license whose expiry passed is expired (or revoked under REVOKE) even before the job runs. */
export function effectiveStatus(
  license: StatusInput,
  policy: { expirationStrategy: ExpirationStrategy },
  now: Date = new Date(),
): LicenseStatus {
  if (
    license.status === 'active' &&
    license.expiresAt !== null &&
    license.expiresAt.getTime() <= now.getTime()
  ) {
    return policy.expirationStrategy === 'REVOKE' ? 'revoked' : 'expired';
  }
  return license.status;
}

interface LimitsInput {
  maxMachinesOverride: number | null;
  maxUsesOverride: number | null;
}
interface PolicyLimits {
  maxMachines: number | null;
  maxUses: number | null;
  overridable: boolean;
}

/** Overrides count only while the policy is overridable; null means unlimited. */
export function effectiveLimits(
  license: LimitsInput,
  policy: PolicyLimits,
): { maxMachines: number | null; maxUses: number | null } {
  return {
    maxMachines: (policy.overridable ? license.maxMachinesOverride : null) ?? policy.maxMachines,
    maxUses: (policy.overridable ? license.maxUsesOverride : null) ?? policy.maxUses,
  };
}
