// Fuzzes every operation of the OpenAPI document through its app route file, handlers called directly: every
// auth scheme, every method, garbage path ids and query values, each body field wrong / unstorable / huge / deep,
// missing and unknown fields, bodies that are not JSON, not UTF-8, too large or of another content type. Never a
// 5xx, always the envelope with X-Request-Id, the stated status where a case has one, and the operation still
// answers 2xx afterwards. Seeded: the seed is printed; FUZZ_SEED=<n> replays a run.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';
import type { MethodTable } from '@/server/rest/methods.ts';
import { Tenant, allRoutes, disableRateLimits, routeFor, routeKey, specFor } from '../rest/fixtures.ts';
import {
  API_PREFIX,
  Tally,
  describeCase,
  operationKey,
  operationsOf,
  problemsWith,
  restCases,
  type Answer,
  type BaseRequest,
  type Credentials,
  type FuzzRequest,
  type Operation,
} from './rest-cases.ts';
import { fuzzSeed, seededRng, toJsonText } from './values.ts';

const operations = operationsOf(buildOpenApiDocument() as Parameters<typeof operationsOf>[0]);
const seed = fuzzSeed();
const tally = new Tally();
let tenant: Tenant;
let credentials: Credentials;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
  credentials = {
    otherEnvironment: `Bearer ${(await Tenant.create('live', tenant)).fullKey}`,
    license: `License ${(await tenant.license()).key}`,
  };
});
afterAll(() => console.log(tally.report(seed)));

/** A per-operation generator, so one operation's cases do not depend on which others ran. */
const rngFor = (op: Operation) =>
  seededRng([...operationKey(op)].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), seed) >>> 0);

const routeFile = (op: Operation) =>
  path.resolve(import.meta.dirname, `../../app/api/v1${op.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`);

async function baseRequest(op: Operation): Promise<BaseRequest> {
  const route = routeFor(op.method, op.path)!;
  const spec = await specFor(route, tenant);
  const { auth } = route.definition;
  return {
    params: spec.params ?? {},
    query: spec.query ?? {},
    body: spec.body,
    authorization: auth.includes('apiKey')
      ? `Bearer ${tenant.fullKey}`
      : auth.includes('license')
        ? credentials.license
        : null,
  };
}

async function sendDirect(methods: MethodTable<unknown>, request: FuzzRequest): Promise<Answer> {
  const url = `http://localhost${API_PREFIX}${request.path}${request.query ? `?${request.query}` : ''}`;
  const canHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
  const response = await methods[request.method as keyof MethodTable<unknown>](
    new Request(url, {
      method: request.method,
      headers: request.headers,
      ...(canHaveBody && request.body !== undefined ? { body: request.body } : {}),
    }),
    undefined,
  );
  return { status: response.status, headers: response.headers, text: await response.text() };
}

it('fuzzes exactly the registered routes', () => {
  expect(operations.map(operationKey).sort()).toEqual(allRoutes().map(routeKey).sort());
});

describe.each(operations.map((op) => [operationKey(op), op] as const))('%s', (key, op) => {
  it('never answers 5xx, always in the envelope, and still works afterwards', async () => {
    const methods = (await import(routeFile(op))) as MethodTable<unknown>;
    const problems: string[] = [];
    for (const request of restCases(op, await baseRequest(op), credentials, rngFor(op))) {
      const answer = await sendDirect(methods, request);
      tally.count('REST handlers called directly', key, answer.status);
      problems.push(...problemsWith(request, answer).map((p) => `${describeCase(op, request)}: ${p}`));
    }
    expect(problems).toEqual([]);

    const fresh = await baseRequest(op);
    const healthy = await sendDirect(methods, {
      part: 'body',
      label: 'the normal request',
      method: op.method,
      path: op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(fresh.params[name] ?? '')),
      query: new URLSearchParams(fresh.query).toString(),
      headers: {
        ...(fresh.authorization ? { authorization: fresh.authorization } : {}),
        ...(op.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(op.body ? { body: toJsonText(fresh.body ?? {}) } : {}),
    });
    tally.count('REST handlers called directly', key, healthy.status);
    expect(healthy.status, `${key} after fuzzing: ${healthy.text.slice(0, 300)}`).toBeLessThan(300);
  });
});
