// Tenant isolation over every registered API-key route: a path id of another account, or of the same account's
// other environment, is NOT_FOUND (never FORBIDDEN: existence elsewhere is not revealed); lists never show
// another tenant's items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIST_SEEDERS,
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  pathParamNames,
  reportCases,
  routeKey,
  send,
  specFor,
  usesApiKey,
} from './fixtures.ts';

const routes = allRoutes().filter(usesApiKey);
const withParams = routes.filter((route) => pathParamNames(route).length > 0);
const lists = routes.filter((route) => route.definition.list);

let own: Tenant;
const foreign: Record<string, Tenant> = {};

beforeAll(async () => {
  await disableRateLimits();
  own = await Tenant.create('test');
  foreign['another account'] = await Tenant.create('test');
  foreign['the same account, other environment'] = await Tenant.create('live', own);
});
afterAll(() => reportCases('isolation-matrix'));

describe.each(withParams.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  for (const where of ['another account', 'the same account, other environment']) {
    for (const param of pathParamNames(route)) {
      it(`answers 404 NOT_FOUND for {${param}} of ${where}`, async () => {
        const tenant = foreign[where]!;
        const ownSpec = await specFor(route, own);
        const foreignSpec = await specFor(route, tenant);
        const spec = { ...ownSpec, params: { ...ownSpec.params, [param]: foreignSpec.params![param]! } };
        const sent = await send(route, buildRequest(route, spec, { authorization: `Bearer ${own.fullKey}` }));
        countCase(route, `404 {${param}} of ${where}`);
        expect(sent.status, describeResponse(route, sent)).toBe(404);
        expect(sent.json?.code).toBe('NOT_FOUND');
      });
    }
  }
});

describe.each(lists.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  it("never lists another tenant's items", async () => {
    const seed = LIST_SEEDERS[routeKey(route)];
    for (const tenant of [own, ...Object.values(foreign)]) {
      await specFor(route, tenant); // the fixture creates whatever the list's params need
      if (seed) await seed(tenant);
    }
    const spec = await specFor(route, own);
    if (seed) await seed(own);
    const sent = await send(
      route,
      buildRequest(
        route,
        { ...spec, query: { ...spec.query, limit: '100' } },
        { authorization: `Bearer ${own.fullKey}` },
      ),
    );
    countCase(route, 'list shows no foreign items');
    expect(sent.status, describeResponse(route, sent)).toBe(200);
    const ids = (sent.json?.data as Array<{ id: string }>).map((item) => item.id);
    for (const tenant of Object.values(foreign)) {
      expect(ids.filter((id) => tenant.ids.has(id))).toEqual([]);
    }
    if (seed) expect(ids.length, 'own items are listed').toBeGreaterThan(0);
  });
});
