// Cursor pagination over every registered list route: newest first, disjoint and complete pages, stable while
// rows are inserted between pages, 400 for unknown/foreign/malformed cursors, limit bounds (1–100, default 25).
import { randomUUID } from 'node:crypto';
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
  reportCases,
  routeKey,
  send,
  specFor,
  type RequestSpec,
} from './fixtures.ts';

const lists = allRoutes().filter(
  (route) => route.definition.list && route.definition.auth.includes('apiKey'),
);
let tenant: Tenant;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});
afterAll(() => reportCases('pagination'));

interface Item {
  id: string;
  createdAt?: string;
}
interface PageBody {
  data: Item[];
  pagination: { nextCursor: string | null; hasMore: boolean };
}

async function page(route: RouteHandler, spec: RequestSpec, query: Record<string, string>, t = tenant) {
  const sent = await send(
    route,
    buildRequest(
      route,
      { ...spec, query: { ...spec.query, ...query } },
      { authorization: `Bearer ${t.fullKey}` },
    ),
  );
  return { sent, body: sent.json as unknown as PageBody };
}

describe.each(lists.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  const seeder = LIST_SEEDERS[routeKey(route)];
  const seed = (t: Tenant, spec: RequestSpec) => {
    if (!seeder) throw new Error(`No LIST_SEEDERS line for ${routeKey(route)} (tests/rest/fixtures.ts)`);
    return seeder(t, spec);
  };

  it('pages are newest first, disjoint, complete, and stable under inserts', async () => {
    // a fresh tenant, so the list holds exactly what this test creates
    const t = await Tenant.create('test');
    const spec = await specFor(route, t);
    for (let i = 0; i < 5; i++) await seed(t, spec);
    const all = await page(route, spec, { limit: '100' }, t);
    expect(all.sent.status, describeResponse(route, all.sent)).toBe(200);
    const expected = all.body.data.map((item) => item.id);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(all.body.pagination).toEqual({ nextCursor: null, hasMore: false });
    const times = all.body.data
      .map((item) => item.createdAt)
      .filter((v): v is string => typeof v === 'string');
    expect(times, 'newest first').toEqual([...times].sort().reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    let inserted = false;
    for (let guard = 0; guard < 50; guard++) {
      const next = await page(route, spec, { limit: '2', ...(cursor ? { cursor } : {}) }, t);
      expect(next.sent.status, describeResponse(route, next.sent)).toBe(200);
      expect(next.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...next.body.data.map((item) => item.id));
      expect(next.body.pagination.hasMore).toBe(next.body.pagination.nextCursor !== null);
      if (next.body.pagination.nextCursor)
        expect(next.body.pagination.nextCursor).toBe(next.body.data.at(-1)?.id);
      cursor = next.body.pagination.nextCursor;
      if (!inserted) {
        await seed(t, spec); // newer than the cursor: must not appear on later pages
        inserted = true;
      }
      if (!cursor) break;
    }
    expect(new Set(seen).size, 'disjoint').toBe(seen.length);
    expect(seen, 'complete, in order').toEqual(expected);
    countCase(route, 'pages disjoint, complete, stable');
  });

  it('answers 400 for an unknown, a foreign and a malformed cursor', async () => {
    const spec = await specFor(route, tenant);
    const other = await Tenant.create('test');
    const foreignId = (await seed(other, await specFor(route, other))).id;
    for (const cursor of [randomUUID(), foreignId, 'not-a-uuid']) {
      const { sent } = await page(route, spec, { cursor });
      expect(sent.status, `cursor ${cursor}: ${describeResponse(route, sent)}`).toBe(400);
      expect(sent.json?.code).toBe('VALIDATION_ERROR');
    }
    countCase(route, '400 bad cursor');
  });

  it('accepts limit 1 and 100, defaults to 25 (on a list of 26 items)', async () => {
    // a fresh tenant with more items than one default page, so no bound can pass on an empty or short page
    const t = await Tenant.create('test');
    const spec = await specFor(route, t);
    for (let i = 0; i < 26; i++) await seed(t, spec);
    const all = await page(route, spec, { limit: '100' }, t);
    expect(all.sent.status, describeResponse(route, all.sent)).toBe(200);
    const total = all.body.data.length;
    expect(total).toBeGreaterThanOrEqual(26);
    expect(total, 'limit 100 returns the whole list').toBeLessThanOrEqual(100);
    expect(all.body.pagination.hasMore).toBe(false);
    const one = await page(route, spec, { limit: '1' }, t);
    expect(one.body.data.map((item) => item.id)).toEqual([all.body.data[0]?.id]);
    expect(one.body.pagination).toEqual({ nextCursor: all.body.data[0]?.id, hasMore: true });
    const byDefault = await page(route, spec, {}, t);
    expect(byDefault.body.data.map((item) => item.id)).toEqual(
      all.body.data.slice(0, 25).map((item) => item.id),
    );
    expect(byDefault.body.pagination.hasMore).toBe(true);
    countCase(route, 'limit bounds and default');
  });
});
