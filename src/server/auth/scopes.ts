// API-key scopes (API.md §3). A key with no scopes has full access.
export const SCOPES = [
  'licenses:read',
  'licenses:write',
  'machines:read',
  'machines:write',
  'products:read',
  'products:write',
  'policies:read',
  'policies:write',
  'entitlements:read',
  'entitlements:write',
  'webhooks:read',
  'webhooks:write',
  'analytics:read',
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Every required scope must be held; an empty grant means full access. */
export function hasScopes(granted: readonly string[], required: readonly Scope[]): boolean {
  return granted.length === 0 || required.every((scope) => granted.includes(scope));
}
