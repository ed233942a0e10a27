// Webhook event types (DOMAIN.md §7) and subscription filters: exact types, `*`, and `<group>.*` prefixes.
import { z } from 'zod';

const CRUD = ['created', 'updated', 'deleted'] as const;

export const EVENT_TYPES = [
  'license.created',
  'license.updated',
  'license.activated',
  'license.suspended',
  'license.reinstated',
  'license.renewed',
  'license.revoked',
  'license.banned',
  'license.expired',
  'license.deleted',
  'license.limit_reached',
  'license.checked_out',
  'machine.activated',
  'machine.deactivated',
  'machine.heartbeat',
  'machine.dead',
  'validation.success',
  'validation.failed',
  ...CRUD.map((verb) => `product.${verb}` as const),
  ...CRUD.map((verb) => `policy.${verb}` as const),
  ...CRUD.map((verb) => `entitlement.${verb}` as const),
  'webhook.test',
] as const;

/** `license`, `machine`, … : the groups a `<group>.*` filter may name. */
const EVENT_GROUPS = [...new Set(EVENT_TYPES.map((type) => type.split('.')[0] as string))];

/** A subscription filter is valid when it is `*`, a known type, or `<known group>.*`. */
export function isEventFilter(value: string): boolean {
  if (value === '*') return true;
  if ((EVENT_TYPES as readonly string[]).includes(value)) return true;
  const group = /^([a-z_]+)\.\*$/.exec(value)?.[1];
  return group !== undefined && EVENT_GROUPS.includes(group);
}

export const eventFiltersSchema = z
  .array(
    z.string().refine(isEventFilter, {
      message: `must be "*", an event type (${EVENT_TYPES.join(', ')}) or a group wildcard such as "license.*"`,
    }),
  )
  .min(1)
  .max(64)
  .transform((filters) => [...new Set(filters)])
  .describe(
    'Event types to receive: "*" (all), exact types such as "license.created", or group wildcards such as "license.*"',
  );

/**
 * Does an endpoint with these filters receive events of this type? Only the webhook event types of DOMAIN.md §7
 * are delivered: audit-only events (e.g. `api_key.created`) never are, and `webhook.test` goes only to its target.
 */
export function matchesEventFilters(filters: readonly string[], type: string): boolean {
  if (type === 'webhook.test' || !(EVENT_TYPES as readonly string[]).includes(type)) return false;
  if (filters.includes('*') || filters.includes(type)) return true;
  const dot = type.indexOf('.');
  return dot > 0 && filters.includes(`${type.slice(0, dot)}.*`);
}
