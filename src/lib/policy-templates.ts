// Policy templates as plain data (DOMAIN.md §2): the rule types, their column defaults and each template's presets.
// No server imports: shared by the policies domain module, the dashboard's policy form and the tests.

export const POLICY_TEMPLATES = ['desktop_app', 'cli_tool', 'saas', 'trial', 'custom'] as const;
export type PolicyTemplateName = (typeof POLICY_TEMPLATES)[number];

/** The rules of a policy (the domain module checks that its zod schemas give exactly these types). */
export interface PolicyRules {
  maxMachines: number | null;
  maxUses: number | null;
  floating: boolean;
  durationDays: number | null;
  expirationStrategy: 'RESTRICT_ACCESS' | 'ALLOW_ACCESS' | 'REVOKE';
  requireHeartbeat: boolean;
  heartbeatIntervalMinutes: number;
  heartbeatCullStrategy: 'DEACTIVATE_DEAD' | 'KEEP_DEAD';
  requireFingerprint: boolean;
  fingerprintUniqueness: 'PER_LICENSE' | 'PER_POLICY' | 'PER_PRODUCT' | 'PER_ACCOUNT';
  offlineAllowed: boolean;
  offlineMaxDays: number;
  allowMachineTransfer: boolean;
  maxUniqueFingerprints: number | null;
  isTrial: boolean;
  overridable: boolean;
}

/** Column defaults (maxMachines has none: it is required unless a template sets it). */
export const POLICY_RULE_DEFAULTS: Readonly<Omit<PolicyRules, 'maxMachines'>> = {
  maxUses: null,
  floating: false,
  durationDays: null,
  expirationStrategy: 'RESTRICT_ACCESS',
  requireHeartbeat: false,
  heartbeatIntervalMinutes: 60,
  heartbeatCullStrategy: 'DEACTIVATE_DEAD',
  requireFingerprint: true,
  fingerprintUniqueness: 'PER_LICENSE',
  offlineAllowed: true,
  offlineMaxDays: 14,
  allowMachineTransfer: false,
  maxUniqueFingerprints: null,
  isTrial: false,
  overridable: true,
};

/** Template presets, applied over the column defaults; explicit request fields win over them. */
export const POLICY_TEMPLATE_RULES: Readonly<Record<PolicyTemplateName, Readonly<Partial<PolicyRules>>>> = {
  desktop_app: {
    maxMachines: 2,
    requireFingerprint: true,
    offlineAllowed: true,
    offlineMaxDays: 14,
    durationDays: null,
    requireHeartbeat: false,
    floating: false,
  },
  cli_tool: {
    maxMachines: 3,
    requireFingerprint: true,
    offlineAllowed: true,
    offlineMaxDays: 7,
    durationDays: null,
    floating: false,
  },
  saas: {
    maxMachines: null,
    requireFingerprint: false,
    offlineAllowed: false,
    durationDays: 30,
    requireHeartbeat: true,
    heartbeatIntervalMinutes: 1440,
    floating: true,
  },
  trial: {
    maxMachines: 1,
    requireFingerprint: true,
    offlineAllowed: false,
    durationDays: 14,
    isTrial: true,
    floating: false,
  },
  custom: {},
};

/**
 * Whether customers can free a seat themselves (the portal's Deactivate button, DOMAIN.md §5): floating seats,
 * or node-locked seats with machine transfer allowed. Otherwise only the vendor can move a seat.
 */
export function customersCanMoveSeats(
  rules: Pick<PolicyRules, 'floating' | 'allowMachineTransfer'>,
): boolean {
  return rules.floating || rules.allowMachineTransfer;
}
