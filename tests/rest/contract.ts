// The access contract of every /api/v1 route, written by hand from API.md §3–§4 — never derived from the route
// definitions, so a route that drifts (a wrong scope, an extra auth scheme) fails the tests instead of becoming
// their expectation.
import type { Scope } from '@/server/auth/scopes.ts';
import type { AuthMode } from '@/server/rest/route.ts';

export interface Access {
  /** The accepted Authorization schemes (order irrelevant). */
  auth: readonly AuthMode[];
  /** The scopes an API key needs (empty: any valid API key). */
  scopes: readonly Scope[];
}

const key = (scope?: Scope): Access => ({ auth: ['apiKey'], scopes: scope ? [scope] : [] });
const keyOrLicense = (scope: Scope): Access => ({ auth: ['apiKey', 'license'], scopes: [scope] });

/** `METHOD /path` → its access, as API.md states it. */
export const EXPECTED_ACCESS: Readonly<Record<string, Access>> = {
  // Products (API.md §4 Products)
  'POST /products': key('products:write'),
  'GET /products': key('products:read'),
  'GET /products/{id}': key('products:read'),
  'PATCH /products/{id}': key('products:write'),
  'DELETE /products/{id}': key('products:write'),
  // Policies: "Scopes policies:*"
  'POST /policies': key('policies:write'),
  'GET /policies': key('policies:read'),
  'GET /policies/{id}': key('policies:read'),
  'PATCH /policies/{id}': key('policies:write'),
  'DELETE /policies/{id}': key('policies:write'),
  'POST /policies/{id}/entitlements': key('policies:write'),
  'DELETE /policies/{id}/entitlements/{entitlementId}': key('policies:write'),
  // Licenses
  'POST /licenses': key('licenses:write'),
  'GET /licenses': key('licenses:read'),
  'GET /licenses/{id}': keyOrLicense('licenses:read'),
  'PATCH /licenses/{id}': key('licenses:write'),
  'DELETE /licenses/{id}': key('licenses:write'),
  'POST /licenses/{id}/suspend': key('licenses:write'),
  'POST /licenses/{id}/reinstate': key('licenses:write'),
  'POST /licenses/{id}/renew': key('licenses:write'),
  'POST /licenses/{id}/revoke': key('licenses:write'),
  'POST /licenses/{id}/ban': key('licenses:write'),
  'POST /licenses/{id}/entitlements': key('licenses:write'),
  'DELETE /licenses/{id}/entitlements/{entitlementId}': key('licenses:write'),
  'POST /licenses/{id}/checkout': keyOrLicense('licenses:read'),
  'POST /licenses/validate-key': { auth: ['none'], scopes: [] },
  // Machines
  'POST /machines': keyOrLicense('machines:write'),
  'GET /machines': keyOrLicense('machines:read'),
  'GET /machines/{id}': keyOrLicense('machines:read'),
  'DELETE /machines/{id}': keyOrLicense('machines:write'),
  'POST /machines/{id}/heartbeat': keyOrLicense('machines:write'),
  // Entitlements: the resource's read / write scopes
  'POST /entitlements': key('entitlements:write'),
  'GET /entitlements': key('entitlements:read'),
  'GET /entitlements/{id}': key('entitlements:read'),
  'PATCH /entitlements/{id}': key('entitlements:write'),
  'DELETE /entitlements/{id}': key('entitlements:write'),
  // Webhooks
  'POST /webhooks': key('webhooks:write'),
  'GET /webhooks': key('webhooks:read'),
  'GET /webhooks/{id}': key('webhooks:read'),
  'PATCH /webhooks/{id}': key('webhooks:write'),
  'DELETE /webhooks/{id}': key('webhooks:write'),
  'POST /webhooks/{id}/rotate-secret': key('webhooks:write'),
  'GET /webhooks/{id}/deliveries': key('webhooks:read'),
  'POST /webhooks/{id}/deliveries/{deliveryId}/redeliver': key('webhooks:write'),
  'POST /webhooks/{id}/test': key('webhooks:write'),
  // Analytics; signing keys: "Any valid API key"
  'GET /analytics': key('analytics:read'),
  'GET /signing-keys': key(),
};

/** The contract of a route, or a loud failure naming it (add the route to EXPECTED_ACCESS from API.md). */
export function expectedAccess(routeKey: string): Access {
  const access = EXPECTED_ACCESS[routeKey];
  if (!access) {
    throw new Error(
      `"${routeKey}" has no line in EXPECTED_ACCESS (tests/rest/contract.ts): add it from API.md`,
    );
  }
  return access;
}
