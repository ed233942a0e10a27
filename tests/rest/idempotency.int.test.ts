// Idempotency-Key over every registered POST route that honours it: a replay answers the first status, body and
// signature without doing the work again (no new events or rows), another request under the same key is 422
// IDEMPOTENCY_KEY_REUSED, and keys are scoped to the credential that sent them. The POST routes that ignore it
// (validate-key, heartbeats) do the work every time and store nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  route as defineRoute,
  honoursIdempotencyKey,
  type AuthMode,
  type RouteHandler,
} from '@/server/rest/route.ts';
import {
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  reportCases,
  routeFor,
  routeKey,
  send,
  specFor,
} from './fixtures.ts';
import { expectSuccess } from './contract.ts';

const posts = allRoutes().filter((r) => honoursIdempotencyKey(r.definition));
const ignoring = allRoutes().filter(
  (r) => r.definition.method === 'POST' && !honoursIdempotencyKey(r.definition),
);
let tenant: Tenant;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});
afterAll(() => reportCases('idempotency'));

async function authFor(route: RouteHandler, key = tenant.fullKey): Promise<string | null> {
  if (route.definition.auth.includes('apiKey')) return `Bearer ${key}`;
  if (route.definition.auth.includes('license')) return `License ${(await tenant.license()).key}`;
  return null;
}

const countEvents = () => tenant.db.event.count({ where: { accountId: tenant.accountId } });

describe.each(posts.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  it('replays the first status and body without doing the work twice', async () => {
    const spec = await specFor(route, tenant);
    const headers = { 'idempotency-key': randomUUID() };
    const authorization = await authFor(route);
    const first = await send(route, buildRequest(route, spec, { authorization, headers }));
    expectSuccess(routeKey(route), first);
    const events = await countEvents();
    const replay = await send(route, buildRequest(route, spec, { authorization, headers }));
    countCase(route, 'replay');
    expect(replay.status).toBe(first.status);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    // a replayed error keeps its request id (header = body); a replayed success gets a new one
    if (first.status < 400)
      expect(replay.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    if (route.definition.signBody && first.status < 400) {
      expect(first.headers.get('licentric-signature')).toBeTruthy();
      expect(
        replay.headers.get('licentric-signature'),
        'a replayed signed answer carries its first signature, unchanged',
      ).toBe(first.headers.get('licentric-signature'));
    }
    expect(await countEvents(), 'no new events on replay').toBe(events);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for another request under the same key', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const authorization = await authFor(route);
    const spec = await specFor(route, tenant);
    const other = await specFor(route, tenant); // fresh resources: another path or another body
    expect(other, 'the fixture makes a distinct second request').not.toEqual(spec);
    const first = await send(route, buildRequest(route, spec, { authorization, headers }));
    expectSuccess(routeKey(route), first);
    const reused = await send(route, buildRequest(route, other, { authorization, headers }));
    countCase(route, '422 key reused');
    expect(reused.status, describeResponse(route, reused)).toBe(422);
    expect(reused.json?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it.runIf(route.definition.auth.includes('apiKey'))('scopes keys to the credential', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const spec = await specFor(route, tenant);
    const first = await send(
      route,
      buildRequest(route, spec, { authorization: await authFor(route), headers }),
    );
    expectSuccess(routeKey(route), first);
    const otherKey = await tenant.apiKey(route.definition.scopes ?? []);
    const second = await send(
      route,
      buildRequest(route, spec, { authorization: await authFor(route, otherKey), headers }),
    );
    countCase(route, 'key scoped per credential');
    expect(second.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe.each(ignoring.map((route) => [routeKey(route), route] as const))(
  '%s (ignores the key)',
  (_name, route) => {
    it('does the work again under the same key and stores nothing', async () => {
      const spec = await specFor(route, tenant);
      const key = randomUUID();
      const headers = { 'idempotency-key': key };
      const authorization = await authFor(route);
      const first = await send(route, buildRequest(route, spec, { authorization, headers }));
      expectSuccess(routeKey(route), first);
      const second = await send(route, buildRequest(route, spec, { authorization, headers }));
      countCase(route, 'key ignored');
      expectSuccess(routeKey(route), second);
      expect(second.headers.get('idempotent-replayed')).toBeNull();
      expect(await tenant.db.idempotencyRecord.count({ where: { key } })).toBe(0);
    });
  },
);

describe('POST /products (row counts)', () => {
  const create = () => routeFor('POST', '/products')!;
  const post = (key: string, body: unknown, idempotencyKey: string) =>
    send(
      create(),
      buildRequest(
        create(),
        { body },
        { authorization: `Bearer ${key}`, headers: { 'idempotency-key': idempotencyKey } },
      ),
    );
  const count = (code: string) => tenant.db.product.count({ where: { accountId: tenant.accountId, code } });

  it('creates one product for a replay, and another credential may reuse the key', async () => {
    const key = randomUUID();
    const body = { name: 'Once', code: tenant.unique('once') };
    const first = await post(tenant.fullKey, body, key);
    const second = await post(tenant.fullKey, body, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(await count(body.code)).toBe(1);

    const other = await tenant.apiKey(['products:write']);
    const body2 = { name: 'Other credential', code: tenant.unique('other') };
    const third = await post(other, body2, key);
    expect(third.status, third.text).toBe(201);
    expect(await count(body2.code)).toBe(1);
  });

  it('replays a 4xx answer too (the first outcome is the outcome)', async () => {
    const body = { name: 'Dup', code: tenant.unique('dup') };
    await post(tenant.fullKey, body, randomUUID());
    const key = randomUUID();
    const conflict = await post(tenant.fullKey, body, key);
    const replay = await post(tenant.fullKey, body, key);
    expect(conflict.status).toBe(409);
    expect(replay.status).toBe(409);
    expect(replay.text).toBe(conflict.text);
    expect(replay.headers.get('x-request-id')).toBe(conflict.json?.requestId);
  });

  it('concurrent requests with one key create exactly one product', async () => {
    const key = randomUUID();
    const body = { name: 'Race', code: tenant.unique('race') };
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(tenant.fullKey, body, key)));
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await count(body.code)).toBe(1);
    countCase('POST /products', 'concurrent idempotent requests');
  });

  it('rejects an Idempotency-Key over 255 characters with 400', async () => {
    const sent = await post(tenant.fullKey, { name: 'Long', code: tenant.unique('long') }, 'k'.repeat(256));
    expect(sent.status).toBe(400);
    expect(sent.json?.code).toBe('VALIDATION_ERROR');
  });
});

/** A POST route for one test, kept out of the registry (and so out of every other test and the OpenAPI document). */
function testRoute(path: string, auth: AuthMode, handler: () => Promise<unknown>): RouteHandler {
  const route = defineRoute({
    method: 'POST',
    path,
    auth: [auth],
    openapi: { summary: 'test only', tags: ['Test'] },
    handler,
  });
  (globalThis as unknown as { __licentricRoutes: Map<string, unknown> }).__licentricRoutes.delete(
    `POST ${path}`,
  );
  return route;
}

describe('unauthenticated callers', () => {
  it('get no stored answers on any route: the same key runs the request again, nothing is kept', async () => {
    let calls = 0;
    const open = testRoute('/__test/open', 'none', () => Promise.resolve({ calls: ++calls }));
    const key = randomUUID();
    const request = () =>
      new Request('http://localhost/api/v1/__test/open', {
        method: 'POST',
        headers: {
          'idempotency-key': key,
          'x-licentric-client-ip': `10.8.${Math.floor(Math.random() * 250)}.1`,
        },
      });
    expect((await send(open, request())).json).toEqual({ data: { calls: 1 } });
    const again = await send(open, request());
    expect(again.json).toEqual({ data: { calls: 2 } });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await tenant.db.idempotencyRecord.count({ where: { key } })).toBe(0);
    countCase('POST /__test/open', 'no idempotency without a credential');
  });
});

describe('5xx answers', () => {
  it('are not stored: the same key runs the request again', async () => {
    let calls = 0;
    const flaky = testRoute('/__test/flaky', 'apiKey', () =>
      ++calls === 1 ? Promise.reject(new Error('transient')) : Promise.resolve({ calls }),
    );
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const headers = {
      authorization: `Bearer ${tenant.fullKey}`,
      'idempotency-key': randomUUID(),
      'x-licentric-client-ip': `10.9.${Math.floor(Math.random() * 250)}.1`,
    };
    try {
      const request = () => new Request('http://localhost/api/v1/__test/flaky', { method: 'POST', headers });
      expect((await send(flaky, request())).status).toBe(500);
      const retried = await send(flaky, request());
      expect(retried.status).toBe(200);
      expect(retried.json).toEqual({ data: { calls: 2 } });
      expect((await send(flaky, request())).json).toEqual({ data: { calls: 2 } });
      countCase('POST /__test/flaky', '5xx not stored');
    } finally {
      log.mockRestore();
    }
  });
});
