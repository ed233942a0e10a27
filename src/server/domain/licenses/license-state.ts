// Lazy license state (DOMAIN.md §3–§5): the status a license has *now*, its effective limits, and the lifecycle
// transitions each status accepts (the one table the domain, the API's 409s and the dashboard's buttons read).
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

export const DAY_MS = 24 * 60 * 60 * 1000;

export const LICENSE_STATUSES = ['active', 'suspended', 'expired', 'revoked', 'banned'] as const;

export const LICENSE_ACTIONS = ['suspend', 'reinstate', 'renew', 'revoke', 'ban'] as const;
export type LicenseAction = (typeof LICENSE_ACTIONS)[number];

/** DOMAIN.md §3: the effective statuses each action accepts, and where it leads. */
export const LICENSE_TRANSITIONS: Record<
  LicenseAction,
  { from: readonly LicenseStatus[]; to: LicenseStatus; event: string }
> = {
  suspend: { from: ['active', 'expired'], to: 'suspended', event: 'license.suspended' },
  reinstate: { from: ['suspended'], to: 'active', event: 'license.reinstated' },
  renew: { from: ['active', 'expired'], to: 'active', event: 'license.renewed' },
  revoke: { from: ['active', 'suspended', 'expired'], to: 'revoked', event: 'license.revoked' },
  ban: { from: ['active', 'suspended', 'expired', 'revoked'], to: 'banned', event: 'license.banned' },
};

/** The lifecycle actions a license in this effective status accepts (deletion is always allowed). */
export function allowedLicenseActions(status: LicenseStatus): LicenseAction[] {
  return LICENSE_ACTIONS.filter((action) => LICENSE_TRANSITIONS[action].from.includes(status));
}
