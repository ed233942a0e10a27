// The access contract of every /api/v1 route, written by hand from API.md §3–§4 — never derived from the route
// definitions, so a route that drifts (a wrong scope, an extra auth scheme) fails the tests instead of becoming
// their expectation.
import type { Scope } from '@/server/auth/scopes.ts';
import { expect } from 'vitest';
import type { AuthMode } from '@/server/rest/route.ts';
import type { Sent } from './fixtures.ts';

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
  // Imports (issue 16): they create licenses (licenses:write); reading an import's progress reads licenses
  'POST /imports': key('licenses:write'),
  'GET /imports/{id}': key('licenses:read'),
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

export type SuccessShape = 'resource' | 'list' | 'empty' | 'object' | 'array';

/** Answers API.md leaves to the OpenAPI document: work handed to the delivery worker is 202 Accepted. */
const ACCEPTED = ['POST /webhooks/{id}/test', 'POST /webhooks/{id}/deliveries/{deliveryId}/redeliver'];
/** Answers that are not one resource with an `id`. */
const SHAPES: Readonly<Record<string, SuccessShape>> = {
  'GET /webhooks/{id}/deliveries': 'list',
  'GET /signing-keys': 'array',
  'GET /analytics': 'object',
  'POST /licenses/validate-key': 'object',
  'POST /licenses/{id}/checkout': 'object',
  ...Object.fromEntries(ACCEPTED.map((key) => [key, 'object'])),
};

/**
 * The status and body shape of a route's success answer, by API.md §1/§4's rules: a create (POST on a collection)
 * is 201, a soft delete 204 with no body, attaching/detaching entitlements 200 with the resource, a list the
 * `{ data: [], pagination }` envelope, everything else 200 with `{ data: { id, … } }`.
 */
export function expectedSuccess(routeKey: string): { status: number; shape: SuccessShape } {
  const [method = '', path = ''] = routeKey.split(' ');
  const params = (path.match(/\{\w+\}/g) ?? []).length;
  const collection = /^\/[a-z-]+$/.test(path);
  if (ACCEPTED.includes(routeKey)) return { status: 202, shape: 'object' };
  if (method === 'DELETE')
    return params === 1 ? { status: 204, shape: 'empty' } : { status: 200, shape: 'resource' };
  if (method === 'POST' && collection && routeKey !== 'POST /licenses/validate-key')
    return { status: 201, shape: 'resource' };
  return { status: 200, shape: SHAPES[routeKey] ?? (method === 'GET' && collection ? 'list' : 'resource') };
}

/** Asserts a success answer of the route: exactly its status, and a body of its shape. */
export function expectSuccess(routeKey: string, sent: Sent): void {
  const { status, shape } = expectedSuccess(routeKey);
  const message = `${routeKey} answered ${sent.status}: ${sent.text.slice(0, 500)}`;
  expect(sent.status, message).toBe(status);
  const data = sent.json?.data;
  switch (shape) {
    case 'empty':
      expect(sent.text, message).toBe('');
      break;
    case 'list':
      expect(Array.isArray(data), message).toBe(true);
      expect(sent.json?.pagination, message).toEqual({
        nextCursor: expect.toSatisfy((v: unknown) => v === null || typeof v === 'string'),
        hasMore: expect.any(Boolean),
      });
      break;
    case 'array':
      expect(Array.isArray(data), message).toBe(true);
      break;
    case 'object':
      expect(data, message).toEqual(expect.any(Object));
      expect(Array.isArray(data), message).toBe(false);
      break;
    case 'resource':
      expect(data, message).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      break;
  }
}
