// The policy templates pinned to DOMAIN.md §2, literally (the domain, the form and the tests all read this table).
import { describe, expect, it } from 'vitest';
import { customersCanMoveSeats, POLICY_RULE_DEFAULTS, POLICY_TEMPLATE_RULES } from './policy-templates.ts';

const resolved = (template: keyof typeof POLICY_TEMPLATE_RULES) => ({
  ...POLICY_RULE_DEFAULTS,
  ...POLICY_TEMPLATE_RULES[template],
});

describe('policy templates (DOMAIN.md §2)', () => {
  it('desktop_app: 2 machines, fingerprint, offline 14 days, perpetual, no heartbeat, node-locked', () => {
    expect(resolved('desktop_app')).toMatchObject({
      maxMachines: 2,
      requireFingerprint: true,
      offlineAllowed: true,
      offlineMaxDays: 14,
      durationDays: null,
      requireHeartbeat: false,
      floating: false,
    });
  });
  it('cli_tool: 3 machines, fingerprint, offline 7 days, perpetual, node-locked', () => {
    expect(resolved('cli_tool')).toMatchObject({
      maxMachines: 3,
      requireFingerprint: true,
      offlineAllowed: true,
      offlineMaxDays: 7,
      durationDays: null,
      floating: false,
    });
  });
  it('saas: unlimited, no fingerprint, no offline, 30 days, daily heartbeat, floating', () => {
    expect(resolved('saas')).toMatchObject({
      maxMachines: null,
      requireFingerprint: false,
      offlineAllowed: false,
      durationDays: 30,
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 1440,
      floating: true,
    });
  });
  it('trial: 1 machine, fingerprint, no offline, 14 days, isTrial, node-locked', () => {
    expect(resolved('trial')).toMatchObject({
      maxMachines: 1,
      requireFingerprint: true,
      offlineAllowed: false,
      durationDays: 14,
      isTrial: true,
      floating: false,
    });
  });
  it('customers can move seats with floating seats or machine transfer, not with the node-locked templates', () => {
    expect(customersCanMoveSeats(resolved('desktop_app'))).toBe(false);
    expect(customersCanMoveSeats(resolved('cli_tool'))).toBe(false);
    expect(customersCanMoveSeats(resolved('trial'))).toBe(false);
    expect(customersCanMoveSeats(resolved('saas'))).toBe(true);
    expect(customersCanMoveSeats({ floating: false, allowMachineTransfer: true })).toBe(true);
  });
  it('custom fills nothing beyond the column defaults', () => {
    expect(POLICY_TEMPLATE_RULES.custom).toEqual({});
    expect(POLICY_RULE_DEFAULTS).toMatchObject({
      expirationStrategy: 'RESTRICT_ACCESS',
      heartbeatIntervalMinutes: 60,
      heartbeatCullStrategy: 'DEACTIVATE_DEAD',
      requireFingerprint: true,
      fingerprintUniqueness: 'PER_LICENSE',
      offlineAllowed: true,
      offlineMaxDays: 14,
      overridable: true,
    });
  });
});
