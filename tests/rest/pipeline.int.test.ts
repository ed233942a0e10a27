// The route() pipeline over every registered route: 415 for non-JSON bodies, 413 over 64 KiB, 400 with
// `details.issues[].path` for malformed JSON, unknown body fields and bad query params, 404 for malformed ids and
// unknown /api/v1 paths, X-Request-Id (ULID) on every answer, and 500s that leak nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { route as defineRoute, MAX_BODY_BYTES, type RouteHandler } from '@/server/rest/route.ts';
import * as unknownPath from '../../app/api/v1/[...path]/route.ts';
import {
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  dummySpec,
  pathParamNames,
  reportCases,
  routeFor,
  routeKey,
  send,
  specFor,
} from './fixtures.ts';
import { expectSuccess } from './contract.ts';

const routes = allRoutes();
const withBody = routes.filter((r) => r.definition.method === 'POST' || r.definition.method === 'PATCH');
let tenant: Tenant;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});
afterAll(() => reportCases('pipeline'));

/** A credential the route accepts: the full-access API key, else a license key, else none. */
async function authFor(route: RouteHandler): Promise<string | null> {
  const { auth } = route.definition;
  if (auth.includes('apiKey')) return `Bearer ${tenant.fullKey}`;
  if (auth.includes('license')) return `License ${(await tenant.license()).key}`;
  return null;
}

interface Issue {
  path: unknown[];
  message: string;
  code: string;
}
function issuesOf(json: Record<string, unknown> | null): Issue[] {
  const issues = (json?.details as { issues?: Issue[] } | undefined)?.issues;
  expect(issues, 'details.issues').toBeInstanceOf(Array);
  for (const issue of issues ?? []) {
    expect(issue.path).toBeInstanceOf(Array);
    expect(issue.message).toEqual(expect.any(String));
    expect(issue.code).toEqual(expect.any(String));
  }
  return issues ?? [];
}

describe.each(withBody.map((route) => [routeKey(route), route] as const))('%s (body)', (_name, route) => {
  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a non-JSON body', async () => {
    const request = buildRequest(route, dummySpec(route), {
      authorization: await authFor(route),
      rawBody: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const sent = await send(route, request);
    countCase(route, '415 non-JSON');
    expect(sent.status, describeResponse(route, sent)).toBe(415);
    expect(sent.json?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 PAYLOAD_TOO_LARGE over 64 KiB (streamed, and by Content-Length)', async () => {
    // uploads (POST /imports) have a limit of their own, tested with their route
    if (route.definition.upload) return;
    const big = JSON.stringify({ metadata: { blob: 'x'.repeat(MAX_BODY_BYTES) } });
    const authorization = await authFor(route);
    const streamed = await send(
      route,
      buildRequest(route, dummySpec(route), { authorization, rawBody: big }),
    );
    expect(streamed.status, describeResponse(route, streamed)).toBe(413);
    expect(streamed.json?.code).toBe('PAYLOAD_TOO_LARGE');
    const declared = await send(
      route,
      buildRequest(route, dummySpec(route), {
        authorization,
        rawBody: big,
        headers: { 'content-length': String(big.length) },
      }),
    );
    expect(declared.status, describeResponse(route, declared)).toBe(413);
    countCase(route, '413 too large');
  });

  it('answers 400 VALIDATION_ERROR for malformed JSON', async () => {
    const sent = await send(
      route,
      buildRequest(route, dummySpec(route), { authorization: await authFor(route), rawBody: '{"name": ' }),
    );
    countCase(route, '400 malformed JSON');
    expect(sent.status, describeResponse(route, sent)).toBe(400);
    expect(sent.json?.code).toBe('VALIDATION_ERROR');
    expect(issuesOf(sent.json).length).toBeGreaterThan(0);
  });

  it('answers 400 VALIDATION_ERROR naming an unknown body field', async () => {
    const spec = await specFor(route, tenant);
    const body = { ...((spec.body as Record<string, unknown> | undefined) ?? {}), unknownField: true };
    const sent = await send(
      route,
      buildRequest(route, { ...spec, body }, { authorization: await authFor(route) }),
    );
    countCase(route, '400 unknown field');
    expect(sent.status, describeResponse(route, sent)).toBe(400);
    expect(sent.json?.code).toBe('VALIDATION_ERROR');
    const issues = issuesOf(sent.json);
    expect(JSON.stringify(issues), 'the issue names the field').toContain('unknownField');
  });

  it('answers 400 VALIDATION_ERROR for a JSON body that is not an object', async () => {
    const sent = await send(
      route,
      buildRequest(route, dummySpec(route), { authorization: await authFor(route), rawBody: '[1,2]' }),
    );
    countCase(route, '400 non-object body');
    expect(sent.status, describeResponse(route, sent)).toBe(400);
    issuesOf(sent.json);
  });
});

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  it('answers 400 VALIDATION_ERROR for an unknown query parameter, with the path of the issue', async () => {
    const spec = await specFor(route, tenant);
    const sent = await send(
      route,
      buildRequest(
        route,
        { ...spec, query: { ...spec.query, bogusParam: '1' } },
        { authorization: await authFor(route) },
      ),
    );
    countCase(route, '400 unknown query param');
    expect(sent.status, describeResponse(route, sent)).toBe(400);
    expect(sent.json?.code).toBe('VALIDATION_ERROR');
    const issues = issuesOf(sent.json);
    expect(issues[0]?.path[0]).toBe('query');
    expect(JSON.stringify(issues)).toContain('bogusParam');
  });

  it.runIf(route.definition.list === true)(
    'answers 400 for limit out of range, with path ["query", "limit"]',
    async () => {
      const spec = await specFor(route, tenant);
      for (const limit of ['0', '101', 'abc', '2.5']) {
        const sent = await send(
          route,
          buildRequest(
            route,
            { ...spec, query: { ...spec.query, limit } },
            { authorization: await authFor(route) },
          ),
        );
        expect(sent.status, `limit=${limit}: ${describeResponse(route, sent)}`).toBe(400);
        expect(issuesOf(sent.json)[0]?.path).toEqual(['query', 'limit']);
      }
      countCase(route, '400 bad limit');
    },
  );

  it.runIf(pathParamNames(route).length > 0)('answers 404 NOT_FOUND for a malformed path id', async () => {
    const spec = dummySpec(route);
    for (const name of pathParamNames(route)) spec.params![name] = 'not-a-uuid';
    const sent = await send(route, buildRequest(route, spec, { authorization: await authFor(route) }));
    countCase(route, '404 malformed id');
    expect(sent.status, describeResponse(route, sent)).toBe(404);
    expect(sent.json?.code).toBe('NOT_FOUND');
  });

  it('sends X-Request-Id and X-RateLimit-* on a success (and JSON unless 204)', async () => {
    const { resetEnvForTests } = await import('@/env.ts');
    process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '100000';
    process.env.RATE_LIMIT_VALIDATION_PER_MIN = '100000';
    process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '100000';
    resetEnvForTests();
    try {
      const spec = await specFor(route, tenant);
      const sent = await send(route, buildRequest(route, spec, { authorization: await authFor(route) }));
      countCase(route, '2xx headers');
      expectSuccess(routeKey(route), sent);
      expect(sent.headers.get('x-ratelimit-limit')).toBe('100000');
      expect(Number(sent.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      if (sent.status === 204) expect(sent.text).toBe('');
      else {
        expect(sent.headers.get('content-type')).toMatch(/^application\/json/);
        expect(sent.json).toHaveProperty('data');
      }
    } finally {
      await disableRateLimits();
    }
  });
});

describe('unknown /api/v1 paths', () => {
  it.each(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const)(
    '%s answers 404 in the error envelope',
    async (method) => {
      const handler = unknownPath[method];
      const sent = await send(handler, new Request('http://localhost/api/v1/no-such-thing/123', { method }));
      countCase(`${method} /api/v1/<unknown>`, '404 envelope');
      expect(sent.status).toBe(404);
      expect(sent.json?.code).toBe('NOT_FOUND');
    },
  );
});

describe('500s', () => {
  it('answer INTERNAL_ERROR with the request id and no internals', async () => {
    const secret = 'relation "licenses" does not exist at /srv/licentric/src/server/secret.ts:42';
    const boom = defineRoute({
      method: 'GET',
      path: '/__test/boom',
      auth: ['none'],
      openapi: { summary: 'test only', tags: ['Test'] },
      handler: () => Promise.reject(new Error(secret)),
    });
    const holder = globalThis as unknown as { __licentricRoutes: Map<string, unknown> };
    holder.__licentricRoutes.delete('GET /__test/boom');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const sent = await send(boom, new Request('http://localhost/api/v1/__test/boom'));
      countCase('GET /__test/boom', '500 without internals');
      expect(sent.status).toBe(500);
      expect({ ...sent.json, error: typeof sent.json?.error }).toEqual({
        error: 'string',
        code: 'INTERNAL_ERROR',
        status: 500,
        requestId: sent.headers.get('x-request-id'),
      });
      expect(sent.text).not.toContain('does not exist');
      expect(sent.text).not.toMatch(/\bat \S+:\d+|\.ts\b|stack/i);
      expect(log).toHaveBeenCalled(); // logged for the operator, with the request id
      expect(String(log.mock.calls[0]?.[0])).toContain(String(sent.json?.requestId));
    } finally {
      log.mockRestore();
    }
  });

  it('a body-less route still rejects an unknown JSON field and accepts an empty body', async () => {
    const ping = defineRoute({
      method: 'POST',
      path: '/__test/ping',
      auth: ['none'],
      body: z.strictObject({}),
      openapi: { summary: 'test only', tags: ['Test'] },
      handler: () => Promise.resolve({ pong: true }),
    });
    const holder = globalThis as unknown as { __licentricRoutes: Map<string, unknown> };
    holder.__licentricRoutes.delete('POST /__test/ping');
    const empty = await send(ping, new Request('http://localhost/api/v1/__test/ping', { method: 'POST' }));
    expect(empty.status).toBe(200);
    const jsonApi = await send(
      ping,
      new Request('http://localhost/api/v1/__test/ping', {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/vnd.api+json; charset=utf-8' },
      }),
    );
    expect(jsonApi.status).toBe(200);
    countCase('POST /__test/ping', 'empty and +json bodies');
  });
});

describe('unstorable text and over-deep nesting: 400 naming the path, never a 500', () => {
  const products = () => routeFor('POST', '/products')!;
  const post = async (route: RouteHandler, body: string, authorization: string) =>
    send(
      route,
      new Request(`http://localhost/api/v1${route.definition.path}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body,
      }),
    );
  const productBody = (extra: Record<string, unknown>) =>
    JSON.stringify({ name: 'Guarded', code: tenant.unique('g'), ...extra });

  it.each([
    ['a NUL in a text field', { name: 'a\u0000b' }, ['name']],
    ['a NUL in a metadata value', { metadata: { k: 'v\u0000' } }, ['metadata', 'k']],
    ['a NUL in a metadata key', { metadata: { 'k\u0000': 1 } }, ['metadata', 'k\u0000']],
    ['a lone surrogate in a text field', { name: 'a\ud800b' }, ['name']],
    ['a lone surrogate in a metadata key', { metadata: { '\udc00': 1 } }, ['metadata', '\udc00']],
  ])('%s', async (_case, extra, path) => {
    const sent = await post(products(), productBody(extra), `Bearer ${tenant.fullKey}`);
    countCase(products(), '400 unstorable text');
    expect(sent.status, sent.text).toBe(400);
    expect(sent.json?.code).toBe('VALIDATION_ERROR');
    expect(issuesOf(sent.json)[0]).toMatchObject({ path, code: 'invalid_text' });
  });

  it('15,000 nested arrays in metadata (30 KB) on POST /machines with only a license key', async () => {
    const activate = routeFor('POST', '/machines')!;
    const deep = `${'['.repeat(15_000)}${']'.repeat(15_000)}`;
    const body = `{"fingerprint":"${tenant.unique('fp-')}","metadata":{"a":${deep}}}`;
    const sent = await post(activate, body, `License ${(await tenant.license()).key}`);
    countCase(activate, '400 too deep');
    expect(sent.status, sent.text).toBe(400);
    const [issue] = issuesOf(sent.json);
    expect(issue?.code).toBe('too_deep');
    expect(issue?.path.slice(0, 3)).toEqual(['metadata', 'a', 0]);
  });

  it('deeply nested objects anywhere in a body', async () => {
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const sent = await post(
      products(),
      `{"name":"x","code":"y","metadata":${deep}}`,
      `Bearer ${tenant.fullKey}`,
    );
    expect(sent.status, sent.text).toBe(400);
    expect(issuesOf(sent.json)[0]?.code).toBe('too_deep');
  });

  it('a body that is not UTF-8 (no silent U+FFFD)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(productBody({ name: 'x' }).replace('"x"', '"')),
      Buffer.from([0xff, 0x22]),
      Buffer.from('}'),
    ]);
    const route = products();
    const sent = await send(
      route,
      new Request('http://localhost/api/v1/products', {
        method: 'POST',
        headers: { authorization: `Bearer ${tenant.fullKey}`, 'content-type': 'application/json' },
        body: bytes,
      }),
    );
    expect(sent.status, sent.text).toBe(400);
    expect(issuesOf(sent.json)[0]?.code).toBe('invalid_encoding');
  });

  it.each([
    ['q=a%00b', ['query', 'q']],
    ['userEmail=%00', ['query', 'userEmail']],
  ])('a NUL in the query (%s)', async (query, path) => {
    const list = routeFor('GET', '/licenses')!;
    const sent = await send(
      list,
      new Request(`http://localhost/api/v1/licenses?${query}`, {
        headers: { authorization: `Bearer ${tenant.fullKey}` },
      }),
    );
    countCase(list, '400 unstorable query');
    expect(sent.status, sent.text).toBe(400);
    expect(issuesOf(sent.json)[0]).toMatchObject({ path, code: 'invalid_text' });
  });

  it.each(['%E0%A4%A', '%ZZ', '%C0%80', '%00'])(
    'a path id that does not decode to text (%s) is 404',
    async (id) => {
      const get = routeFor('GET', '/products/{id}')!;
      const sent = await send(
        get,
        new Request(`http://localhost/api/v1/products/${id}`, {
          headers: { authorization: `Bearer ${tenant.fullKey}` },
        }),
      );
      countCase(get, '404 undecodable id');
      expect(sent.status, sent.text).toBe(404);
    },
  );
});

describe('integers beyond an INTEGER column', () => {
  it.each([
    ['POST', '/policies', 'maxUses'],
    ['POST', '/policies', 'maxUniqueFingerprints'],
    ['POST', '/licenses', 'maxUsesOverride'],
    ['POST', '/licenses', 'maxMachinesOverride'],
  ] as const)('%s %s with %s = 2^31 is a 400 naming the field (was a 500)', async (method, path, field) => {
    const route = routeFor(method, path)!;
    const spec = await specFor(route, tenant);
    if (path === '/licenses') {
      // overrides need an overridable policy
      const policy = await tenant.call<{ id: string; productId: string }>('POST', '/policies', {
        productId: (await tenant.product()).id,
        name: 'Overridable',
        maxMachines: 2,
        overridable: true,
      });
      spec.body = { productId: policy.productId, policyId: policy.id };
    }
    const body = { ...(spec.body as Record<string, unknown>), [field]: 2 ** 31 };
    const sent = await send(
      route,
      buildRequest(route, { ...spec, body }, { authorization: `Bearer ${tenant.fullKey}` }),
    );
    countCase(route, '400 int32 overflow');
    expect(sent.status, sent.text).toBe(400);
    expect(issuesOf(sent.json)[0]?.path).toEqual([field]);
  });
});
