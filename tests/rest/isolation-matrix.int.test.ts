// Tenant isolation over every registered API-key route: an id of another account, or of the same account's other
// environment — in the path, in the body (productId, policyId, licenseId, entitlementIds) or in a list filter —
// is NOT_FOUND (never FORBIDDEN: existence elsewhere is not revealed) and has no effect: every resource the
// request names reads the same afterwards, as its owner sees it, and neither tenant gained an event. Lists never
// show another tenant's items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler } from '@/server/rest/route.ts';
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
  routeFor,
  routeKey,
  send,
  specFor,
  usesApiKey,
  type RequestSpec,
} from './fixtures.ts';

const routes = allRoutes().filter(usesApiKey);
const withParams = routes.filter((route) => pathParamNames(route).length > 0);
const lists = routes.filter((route) => route.definition.list);

/** Body fields that name another resource, and the collection it lives in. */
const BODY_IDS: Readonly<Record<string, string>> = {
  productId: 'products',
  policyId: 'policies',
  licenseId: 'licenses',
  entitlementIds: 'entitlements',
};
/** List filters that name another resource (API.md §4), and the collection it lives in. */
const LIST_FILTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'GET /licenses': { productId: 'products', policyId: 'policies' },
  'GET /policies': { productId: 'products' },
  'GET /machines': { licenseId: 'licenses' },
};

let own: Tenant;
const foreign: Record<string, Tenant> = {};
const WHERE = ['another account', 'the same account, other environment'] as const;

beforeAll(async () => {
  await disableRateLimits();
  own = await Tenant.create('test');
  foreign['another account'] = await Tenant.create('test');
  foreign['the same account, other environment'] = await Tenant.create('live', own);
});
afterAll(() => reportCases('isolation-matrix'));

/** A GET that a tenant uses to read one resource: its own read route, else the list the id sits in. */
interface Read {
  tenant: Tenant;
  path: string;
}

/** How the owner reads the resource that path param `param` names (params: the owner's own request params). */
function readOfParam(
  route: RouteHandler,
  param: string,
  tenant: Tenant,
  params: Record<string, string>,
): Read {
  const segments = route.definition.path.split('/');
  const at = segments.indexOf(`{${param}}`);
  const collection = segments[at - 1] ?? '';
  const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '');
  if (routeFor('GET', `/${collection}/{id}`)) return { tenant, path: `/${collection}/${params[param]}` };
  // no read route of its own (webhook deliveries): the list that holds it
  return { tenant, path: `${fill(segments.slice(0, at).join('/'))}?limit=100` };
}

const readsOfIds = (tenant: Tenant, collection: string, value: unknown): Read[] =>
  (Array.isArray(value) ? value : [value]).map((id) => ({ tenant, path: `/${collection}/${String(id)}` }));

const snapshot = (reads: Read[]) => Promise.all(reads.map((r) => r.tenant.call('GET', r.path)));

const eventCount = (t: Tenant) =>
  t.db.event.count({ where: { accountId: t.accountId, environment: t.environment } });

/**
 * Sends `spec` as `own` and asserts a 404 NOT_FOUND with no effect: the resources in `reads` read the same
 * afterwards, and neither tenant wrote an event.
 */
async function expectForeignIdIgnored(
  route: RouteHandler,
  spec: RequestSpec,
  other: Tenant,
  reads: Read[],
): Promise<void> {
  const before = await snapshot(reads);
  const events = [await eventCount(own), await eventCount(other)];
  const sent = await send(route, buildRequest(route, spec, { authorization: `Bearer ${own.fullKey}` }));
  expect(sent.status, describeResponse(route, sent)).toBe(404);
  expect(sent.json?.code).toBe('NOT_FOUND');
  expect(await snapshot(reads), 'every resource the request names is unchanged').toEqual(before);
  expect([await eventCount(own), await eventCount(other)], 'no event written').toEqual(events);
}

describe.each(withParams.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  for (const where of WHERE) {
    for (const param of pathParamNames(route)) {
      it(`answers 404 NOT_FOUND for {${param}} of ${where}, and changes nothing`, async () => {
        const tenant = foreign[where]!;
        const ownSpec = await specFor(route, own);
        const foreignSpec = await specFor(route, tenant);
        const spec = { ...ownSpec, params: { ...ownSpec.params, [param]: foreignSpec.params![param]! } };
        const reads = pathParamNames(route).map((name) =>
          name === param
            ? readOfParam(route, name, tenant, foreignSpec.params!)
            : readOfParam(route, name, own, ownSpec.params!),
        );
        countCase(route, `404 {${param}} of ${where}, no effect`);
        await expectForeignIdIgnored(route, spec, tenant, reads);
      });
    }
  }
});

/** The body fields of a route that name other resources (read from its body schema, so a new one is covered). */
function bodyIdFields(route: RouteHandler): string[] {
  const shape = (route.definition.body as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  return Object.keys(shape).filter((field) => field in BODY_IDS);
}
const withBodyIds = routes.filter((route) => bodyIdFields(route).length > 0);

describe.each(withBodyIds.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  for (const field of bodyIdFields(route)) {
    for (const where of WHERE) {
      it(`answers 404 NOT_FOUND for body ${field} of ${where}, and changes nothing`, async () => {
        const tenant = foreign[where]!;
        const spec = await specFor(route, own);
        const body = spec.body as Record<string, unknown>;
        expect(
          body,
          `the fixture of ${routeKey(route)} sends ${field} (tests/rest/fixtures.ts)`,
        ).toHaveProperty(field);
        const foreignValue = ((await specFor(route, tenant)).body as Record<string, unknown>)[field];
        spec.body = { ...body, [field]: foreignValue };
        const reads = [
          ...readsOfIds(tenant, BODY_IDS[field]!, foreignValue),
          ...pathParamNames(route).map((name) => readOfParam(route, name, own, spec.params!)),
        ];
        countCase(route, `404 body ${field} of ${where}, no effect`);
        await expectForeignIdIgnored(route, spec, tenant, reads);
      });
    }
  }
});

describe.each(lists.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  const seed = LIST_SEEDERS[routeKey(route)];

  it("never lists another tenant's items (each tenant has some)", async () => {
    expect(seed, `a LIST_SEEDERS line for ${routeKey(route)} (tests/rest/fixtures.ts)`).toBeDefined();
    const specs = new Map<Tenant, RequestSpec>();
    for (const tenant of [own, ...Object.values(foreign)]) {
      const spec = await specFor(route, tenant); // the fixture creates whatever the list's params need
      specs.set(tenant, spec);
      await seed!(tenant, spec);
    }
    const listed = async (tenant: Tenant) => {
      const spec = specs.get(tenant)!;
      const sent = await send(
        route,
        buildRequest(
          route,
          { ...spec, query: { ...spec.query, limit: '100' } },
          { authorization: `Bearer ${tenant.fullKey}` },
        ),
      );
      expect(sent.status, describeResponse(route, sent)).toBe(200);
      return (sent.json?.data as Array<{ id: string }>).map((item) => item.id);
    };
    countCase(route, 'list shows no foreign items');
    // every tenant sees its own items, so a leak would have something to show
    for (const tenant of Object.values(foreign)) expect((await listed(tenant)).length).toBeGreaterThan(0);
    const ids = await listed(own);
    expect(ids.length, 'own items are listed').toBeGreaterThan(0);
    for (const tenant of Object.values(foreign)) {
      expect(ids.filter((id) => tenant.ids.has(id))).toEqual([]);
    }
  });

  const filters = LIST_FILTERS[routeKey(route)] ?? {};
  for (const [filter, collection] of Object.entries(filters)) {
    for (const where of WHERE) {
      it(`lists nothing of ${where} for ?${filter}= naming its ${collection}`, async () => {
        const tenant = foreign[where]!;
        const item = await seed!(tenant, await specFor(route, tenant));
        const foreignValue = (
          await tenant.call<Record<string, unknown>>('GET', `${routePath(route)}/${item.id}`)
        )[filter];
        expect(typeof foreignValue, `the ${routeKey(route)} item names its ${filter}`).toBe('string');
        const sent = await send(
          route,
          buildRequest(
            route,
            { query: { [filter]: String(foreignValue), limit: '100' } },
            { authorization: `Bearer ${own.fullKey}` },
          ),
        );
        countCase(route, `?${filter}= of ${where}`);
        expect([200, 404], describeResponse(route, sent)).toContain(sent.status);
        if (sent.status === 200) expect(sent.json?.data).toEqual([]);
        else expect(sent.json?.code).toBe('NOT_FOUND');
      });
    }
  }
});

const routePath = (route: RouteHandler) => route.definition.path;
