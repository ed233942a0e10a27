import { describe, expect, it } from 'vitest';
import { eventFiltersSchema, isEventFilter, matchesEventFilters } from './event-types.ts';

describe('event filters', () => {
  it('accepts *, known types and group wildcards only', () => {
    for (const ok of [
      '*',
      'license.created',
      'license.*',
      'machine.*',
      'validation.failed',
      'entitlement.*',
      'product.deleted',
    ])
      expect(isEventFilter(ok)).toBe(true);
    for (const bad of ['', 'license', 'license.nope', 'billing.*', '*.created', 'LICENSE.*'])
      expect(isEventFilter(bad)).toBe(false);
    expect(eventFiltersSchema.parse(['license.*', 'license.*'])).toEqual(['license.*']);
    expect(eventFiltersSchema.safeParse([]).success).toBe(false);
  });

  it('matches subscriptions; webhook.test goes only to its target', () => {
    expect(matchesEventFilters(['*'], 'license.updated')).toBe(true);
    expect(matchesEventFilters(['license.*'], 'license.updated')).toBe(true);
    expect(matchesEventFilters(['license.*'], 'machine.activated')).toBe(false);
    expect(matchesEventFilters(['machine.activated'], 'machine.activated')).toBe(true);
    expect(matchesEventFilters(['machine.activated'], 'machine.deactivated')).toBe(false);
    expect(matchesEventFilters(['*'], 'webhook.test')).toBe(false);
    // audit-only events stay in the audit log
    expect(matchesEventFilters(['*'], 'api_key.created')).toBe(false);
    expect(matchesEventFilters(['*'], 'signing_key.rotated')).toBe(false);
  });
});
