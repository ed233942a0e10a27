// Scope matrix over every registered API-key route: a key with all the other scopes is refused (403), a key
// with exactly the route's scopes and a key with no scopes (full access) are served. The scopes come from API.md
// (tests/rest/contract.ts), not from the route definitions under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '@/server/auth/scopes.ts';
import { expectSuccess, expectedAccess } from './contract.ts';
import {
  FIXTURES,
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  dummySpec,
  reportCases,
  routeKey,
  send,
  specFor,
} from './fixtures.ts';

const routes = allRoutes().filter((route) => expectedAccess(routeKey(route)).auth.includes('apiKey'));
let tenant: Tenant;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});
afterAll(() => reportCases('scope-matrix'));

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  const scopes: readonly Scope[] = expectedAccess(routeKey(route)).scopes;

  it.runIf(scopes.length > 0)('refuses a key holding every other scope with 403 FORBIDDEN', async () => {
    const key = await tenant.apiKey(Tenant.otherScopes(scopes));
    const sent = await send(route, buildRequest(route, dummySpec(route), { authorization: `Bearer ${key}` }));
    countCase(route, 'other scopes → 403');
    expect(sent.status, describeResponse(route, sent)).toBe(403);
    expect(sent.json?.code).toBe('FORBIDDEN');
  });

  it.runIf(scopes.length > 0)('serves a key with exactly the required scopes', async () => {
    const key = await tenant.apiKey(scopes);
    const sent = await send(
      route,
      buildRequest(route, await specFor(route, tenant), { authorization: `Bearer ${key}` }),
    );
    countCase(route, 'exact scopes → success');
    expectSuccess(routeKey(route), sent);
  });

  it.runIf(scopes.length === 0)('serves a key holding any single scope (route needs no scope)', async () => {
    const key = await tenant.apiKey(['analytics:read']);
    const sent = await send(
      route,
      buildRequest(route, await specFor(route, tenant), { authorization: `Bearer ${key}` }),
    );
    countCase(route, 'unrelated scope → success');
    expectSuccess(routeKey(route), sent);
  });

  it('serves a key with no scopes (full access)', async () => {
    const key = await tenant.apiKey([]);
    const sent = await send(
      route,
      buildRequest(route, await specFor(route, tenant), { authorization: `Bearer ${key}` }),
    );
    countCase(route, 'no scopes → success');
    expectSuccess(routeKey(route), sent);
  });
});

it('has a fixture for every registered route (add missing ones to FIXTURES in tests/rest/fixtures.ts)', () => {
  expect(
    allRoutes()
      .map(routeKey)
      .filter((key) => !(key in FIXTURES)),
  ).toEqual([]);
});
