// Request fixtures for the cross-cutting REST tests: a seeded tenant (account + environment + API keys) that
// creates real resources through the registered routes, and a table that builds a minimal valid request for
// every registered route.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { BASE62, randomString } from '@/lib/crypto.ts';
import { newEventId } from '@/lib/ids.ts';
import { getDb, type Db } from '@/server/db.ts';
import { createTestAccount } from '../helpers.ts';
import { SCOPES, type Scope } from '@/server/auth/scopes.ts';
import { createApiKey, revokeApiKey } from '@/server/domain/api-keys/api-keys.ts';
import { registeredRoutes } from '@/server/rest/registry.ts';
import { API_PREFIX, type RouteHandler } from '@/server/rest/route.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import '@/server/rest/endpoints/index.ts';

// ---------------------------------------------------------------------------------------------------------
// FIXTURES — one line per route, keyed `METHOD /path` exactly as in the route() definition.
//
// Each entry returns the smallest request that the route must answer with a 2xx when sent with a full-access
// API key of tenant `t`: path params with real ids of `t` (create fresh resources for anything the route
// changes or deletes, so every call starts from the same state), an optional query and an optional body.
// When you add a route, add its line here: every cross-cutting test (scopes, isolation, 401, pipeline,
// idempotency, OpenAPI) iterates over all registered routes and fails loudly, naming the route, without one.
// `t.product()`, `t.policy()`, `t.license()`… create a fresh resource through the REST API (or directly in the
// database while its create route does not exist yet) and return its public view.
// ---------------------------------------------------------------------------------------------------------
export interface RequestSpec {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}
export type Fixture = (t: Tenant) => RequestSpec | Promise<RequestSpec>;

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const id = (resource: { id: string }) => ({ id: resource.id });

export const FIXTURES: Record<string, Fixture> = {
  // products
  'POST /products': (t) => ({ body: { name: 'Fixture product', code: t.unique('prod') } }),
  'GET /products': () => ({}),
  'GET /products/{id}': async (t) => ({ params: id(await t.product()) }),
  'PATCH /products/{id}': async (t) => ({ params: id(await t.product()), body: { name: 'Renamed' } }),
  'DELETE /products/{id}': async (t) => ({ params: id(await t.product()) }),
  // policies
  'POST /policies': async (t) => ({
    body: { productId: (await t.product()).id, name: 'Fixture policy', maxMachines: 3 },
  }),
  'GET /policies': () => ({}),
  'GET /policies/{id}': async (t) => ({ params: id(await t.policy()) }),
  'PATCH /policies/{id}': async (t) => ({ params: id(await t.policy()), body: { name: 'Renamed' } }),
  'DELETE /policies/{id}': async (t) => ({ params: id(await t.policy()) }),
  'POST /policies/{id}/entitlements': async (t) => ({
    params: id(await t.policy()),
    body: { entitlementIds: [(await t.entitlement()).id] },
  }),
  'DELETE /policies/{id}/entitlements/{entitlementId}': async (t) => {
    const policy = await t.policy();
    const entitlement = await t.entitlement();
    await t.call('POST', `/policies/${policy.id}/entitlements`, { entitlementIds: [entitlement.id] });
    return { params: { id: policy.id, entitlementId: entitlement.id } };
  },
  // entitlements
  'POST /entitlements': (t) => ({ body: { code: t.unique('ent'), name: 'Fixture entitlement' } }),
  'GET /entitlements': () => ({}),
  'GET /entitlements/{id}': async (t) => ({ params: id(await t.entitlement()) }),
  'PATCH /entitlements/{id}': async (t) => ({ params: id(await t.entitlement()), body: { name: 'Renamed' } }),
  'DELETE /entitlements/{id}': async (t) => ({ params: id(await t.entitlement()) }),
  // licenses
  'POST /licenses': async (t) => {
    const policy = await t.policy();
    const entitlement = await t.entitlement();
    return { body: { productId: policy.productId, policyId: policy.id, entitlementIds: [entitlement.id] } };
  },
  'GET /licenses': () => ({}),
  'GET /licenses/{id}': async (t) => ({ params: id(await t.license()) }),
  'PATCH /licenses/{id}': async (t) => {
    const license = await t.license();
    // another policy of the license's product (every body id is in the request: see the isolation matrix)
    const policy = await t.call('POST', '/policies', {
      productId: license.productId,
      name: 'Second policy',
      maxMachines: 5,
    });
    return { params: id(license), body: { name: 'Renamed', policyId: policy.id } };
  },
  'DELETE /licenses/{id}': async (t) => ({ params: id(await t.license()) }),
  'POST /licenses/{id}/suspend': async (t) => ({ params: id(await t.license()) }),
  'POST /licenses/{id}/reinstate': async (t) => {
    const license = await t.license();
    await t.call('POST', `/licenses/${license.id}/suspend`);
    return { params: id(license) };
  },
  'POST /licenses/{id}/renew': async (t) => ({
    params: id(await t.license()),
    body: { expiresAt: future(30) },
  }),
  'POST /licenses/{id}/revoke': async (t) => ({ params: id(await t.license()) }),
  'POST /licenses/{id}/ban': async (t) => ({ params: id(await t.license()) }),
  'POST /licenses/{id}/entitlements': async (t) => ({
    params: id(await t.license()),
    body: { entitlementIds: [(await t.entitlement()).id] },
  }),
  'DELETE /licenses/{id}/entitlements/{entitlementId}': async (t) => {
    const license = await t.license();
    const entitlement = await t.entitlement();
    await t.call('POST', `/licenses/${license.id}/entitlements`, { entitlementIds: [entitlement.id] });
    return { params: { id: license.id, entitlementId: entitlement.id } };
  },
  'POST /licenses/{id}/checkout': async (t) => {
    const machine = await t.machine();
    return { params: { id: machine.licenseId }, body: { fingerprint: machine.fingerprint } };
  },
  'POST /licenses/validate-key': async (t) => ({ body: { key: (await t.license()).key } }),
  // machines
  'POST /machines': async (t) => ({
    body: { licenseId: (await t.license()).id, fingerprint: t.unique('fp-') },
  }),
  'GET /machines': () => ({}),
  'GET /machines/{id}': async (t) => ({ params: id(await t.machine()) }),
  'DELETE /machines/{id}': async (t) => ({ params: id(await t.machine()) }),
  'POST /machines/{id}/heartbeat': async (t) => ({ params: id(await t.machine()) }),
  // webhooks
  'POST /webhooks': (t) => ({ body: { url: t.webhookUrl() } }),
  'GET /webhooks': () => ({}),
  'GET /webhooks/{id}': async (t) => ({ params: id(await t.webhook()) }),
  'PATCH /webhooks/{id}': async (t) => ({ params: id(await t.webhook()), body: { enabled: false } }),
  'DELETE /webhooks/{id}': async (t) => ({ params: id(await t.webhook()) }),
  'POST /webhooks/{id}/rotate-secret': async (t) => ({ params: id(await t.webhook()) }),
  'POST /webhooks/{id}/test': async (t) => ({ params: id(await t.webhook()) }),
  'GET /webhooks/{id}/deliveries': async (t) => ({ params: id(await t.webhook()) }),
  'POST /webhooks/{id}/deliveries/{deliveryId}/redeliver': async (t) => {
    const delivery = await t.delivery();
    return { params: { id: delivery.endpointId, deliveryId: delivery.id } };
  },
  // imports
  'POST /imports': async (t) => {
    const policy = await t.policy();
    return { body: { csv: `key,product,policy\n,${policy.productId},${policy.id}\n`, dryRun: true } };
  },
  'GET /imports/{id}': async (t) => ({
    params: id(await t.call('POST', '/imports', { csv: 'key,product,policy\n', dryRun: true })),
  }),
  // analytics, signing keys
  'GET /analytics': () => ({}),
  'GET /signing-keys': () => ({}),
};

/**
 * List routes whose collection a tenant can grow (pagination, isolation): `METHOD /path` → create one item that
 * the list of `spec` (the route's fixture request) shows.
 */
export const LIST_SEEDERS: Record<string, (t: Tenant, spec: RequestSpec) => Promise<{ id: string }>> = {
  'GET /products': (t) => t.product(),
  'GET /policies': (t) => t.policy(),
  'GET /entitlements': (t) => t.entitlement(),
  'GET /licenses': (t) => t.license(),
  'GET /machines': (t) => t.machine(),
  'GET /webhooks': (t) => t.webhook(),
  'GET /webhooks/{id}/deliveries': (t, spec) => t.delivery(spec.params?.id),
};

// ---------------------------------------------------------------------------------------------------------

export const routeKey = (route: RouteHandler): string =>
  `${route.definition.method} ${route.definition.path}`;

/** Every registered /api/v1 route, sorted (test-only routes under /__test excluded). */
export function allRoutes(): RouteHandler[] {
  return registeredRoutes()
    .filter((r) => !r.definition.path.startsWith('/__test'))
    .sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

export function routeFor(method: string, path: string): RouteHandler | undefined {
  return registeredRoutes().find((r) => r.definition.method === method && r.definition.path === path);
}

export const pathParamNames = (route: RouteHandler): string[] =>
  [...route.definition.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

export const usesApiKey = (route: RouteHandler): boolean => route.definition.auth.includes('apiKey');

/** The fixture of a route, or a loud failure naming the route. */
export function fixtureFor(route: RouteHandler): Fixture {
  const fixture = FIXTURES[routeKey(route)];
  if (!fixture) {
    throw new Error(
      `No REST fixture for "${routeKey(route)}": add a line for it to FIXTURES in tests/rest/fixtures.ts`,
    );
  }
  return fixture;
}

/** The fixture's request spec for tenant `t`, checked to name every path param of the route. */
export async function specFor(route: RouteHandler, t: Tenant): Promise<RequestSpec> {
  const spec = await fixtureFor(route)(t);
  for (const name of pathParamNames(route)) {
    if (!spec.params?.[name]) {
      throw new Error(
        `The REST fixture for "${routeKey(route)}" does not set the path param "${name}" (tests/rest/fixtures.ts)`,
      );
    }
  }
  return spec;
}

/** Any syntactically valid values for the path params (for checks that happen before params are read). */
export function dummySpec(route: RouteHandler): RequestSpec {
  return { params: Object.fromEntries(pathParamNames(route).map((name) => [name, randomUUID()])) };
}

export function urlFor(route: RouteHandler, spec: RequestSpec): string {
  const path = route.definition.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(spec.params?.[name] ?? ''),
  );
  const query = new URLSearchParams(spec.query ?? {}).toString();
  return `http://localhost${API_PREFIX}${path}${query ? `?${query}` : ''}`;
}

export interface BuildOptions {
  authorization?: string | null;
  headers?: Record<string, string>;
  /** Raw body text (overrides spec.body). */
  rawBody?: string;
}

export function buildRequest(route: RouteHandler, spec: RequestSpec, options: BuildOptions = {}): Request {
  const { method } = route.definition;
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.authorization) headers.authorization = options.authorization;
  let body: string | undefined = options.rawBody;
  if (body === undefined && spec.body !== undefined && (method === 'POST' || method === 'PATCH'))
    body = JSON.stringify(spec.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  return new Request(urlFor(route, spec), { method, headers, ...(body !== undefined ? { body } : {}) });
}

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | null;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Calls a handler and checks what every response must have: X-Request-Id (ULID), repeated in error bodies. */
export async function send(
  handler: (request: Request) => Promise<Response>,
  request: Request,
): Promise<Sent> {
  const response = await handler(request);
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  const requestId = response.headers.get('x-request-id');
  expect(requestId, 'X-Request-Id header').toMatch(ULID);
  if (response.status >= 400) {
    expect(typeof json?.error, 'error envelope: error').toBe('string');
    expect(typeof json?.code, 'error envelope: code').toBe('string');
    expect(json?.status, 'error envelope: status').toBe(response.status);
    expect(json?.requestId, 'error envelope: requestId = X-Request-Id').toBe(requestId);
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A readable failure message with the route and the response. */
export const describeResponse = (route: RouteHandler, sent: Sent): string =>
  `${routeKey(route)} answered ${sent.status}: ${sent.text.slice(0, 500)}`;

// ---------------------------------------------------------------------------------------------------------
// Tenants

type View = Record<string, unknown> & { id: string };
export interface PolicyView extends View {
  productId: string;
}
export interface LicenseView extends View {
  key: string;
  productId: string;
}
export interface MachineView extends View {
  licenseId: string;
  fingerprint: string;
}

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** One account + environment with a full-access API key; creates resources through the REST routes. */
export class Tenant {
  /** Ids of every resource created in this tenant (lists of other tenants must never show them). */
  readonly ids = new Set<string>();
  private readonly keys = new Map<string, string>();

  private constructor(
    readonly db: Db,
    readonly accountId: string,
    readonly environment: Environment,
    readonly fullKey: string,
  ) {}

  /** A new account (or another environment of `sameAccountAs`) with a full-access key. */
  static async create(environment: Environment = 'test', sameAccountAs?: Tenant): Promise<Tenant> {
    const db = await getDb();
    const accountId =
      sameAccountAs?.accountId ??
      (await createTestAccount(db, { slug: `rest-${randomString(12, lower)}`, name: 'REST test account' }))
        .id;
    const { key } = await createApiKey({ db, accountId }, { environment, name: 'full access' });
    return new Tenant(db, accountId, environment, key);
  }

  /** An API key of this tenant with exactly these scopes (none = full access); cached per scope set. */
  async apiKey(scopes: readonly Scope[] = []): Promise<string> {
    const name = [...scopes].sort().join(',');
    const cached = this.keys.get(name);
    if (cached) return cached;
    const { key } = await createApiKey(
      { db: this.db, accountId: this.accountId },
      {
        environment: this.environment,
        scopes: [...scopes],
      },
    );
    this.keys.set(name, key);
    return key;
  }

  /** Every scope but these. */
  static otherScopes(scopes: readonly Scope[]): Scope[] {
    return SCOPES.filter((s) => !scopes.includes(s));
  }

  async revokedKey(): Promise<string> {
    const created = await createApiKey(
      { db: this.db, accountId: this.accountId },
      { environment: this.environment },
    );
    await revokeApiKey({ db: this.db, accountId: this.accountId }, { id: created.id });
    return created.key;
  }

  async expiredKey(): Promise<string> {
    const created = await createApiKey(
      { db: this.db, accountId: this.accountId },
      {
        environment: this.environment,
        expiresAt: future(1),
      },
    );
    await this.db.apiKey.update({
      where: { id: created.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    return created.key;
  }

  unique(prefix: string): string {
    return `${prefix}${randomString(12, lower)}`;
  }

  webhookUrl(): string {
    return `http://127.0.0.1:9/hooks/${this.unique('h')}`;
  }

  /** Calls a registered route as this tenant's full-access key; throws unless it answers 2xx. */
  async call<T = View>(method: string, path: string, body?: unknown): Promise<T> {
    const pathOnly = path.split('?')[0] ?? path;
    // literal paths win over templated ones (`/licenses/validate-key` before `/licenses/{id}`)
    const route = registeredRoutes()
      .filter((r) => r.definition.method === method)
      .sort((a, b) => pathParamNames(a).length - pathParamNames(b).length)
      .find((r) => new RegExp(`^${r.definition.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(pathOnly));
    if (!route) throw new Error(`No registered route for ${method} ${path}`);
    const request = new Request(`http://localhost${API_PREFIX}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.fullKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await route(request);
    const text = await response.text();
    if (response.status >= 300)
      throw new Error(`Seeding ${method} ${path} answered ${response.status}: ${text}`);
    const data = (text ? (JSON.parse(text) as { data: T }).data : undefined) as T;
    const created = data as { id?: unknown } | undefined;
    if (method === 'POST' && typeof created?.id === 'string') this.ids.add(created.id);
    return data;
  }

  async product(): Promise<View> {
    return this.call('POST', '/products', { name: 'Seed product', code: this.unique('p') });
  }

  async entitlement(): Promise<View> {
    return this.call('POST', '/entitlements', { code: this.unique('e'), name: 'Seed entitlement' });
  }

  async policy(): Promise<PolicyView> {
    const productId = (await this.product()).id;
    return this.call<PolicyView>('POST', '/policies', { productId, name: 'Seed policy', maxMachines: 5 });
  }

  async license(): Promise<LicenseView> {
    const policy = await this.policy();
    return this.call<LicenseView>('POST', '/licenses', { productId: policy.productId, policyId: policy.id });
  }

  async machine(): Promise<MachineView> {
    const license = await this.license();
    return this.call<MachineView>('POST', '/machines', {
      licenseId: license.id,
      fingerprint: this.unique('fp-'),
    });
  }

  async webhook(): Promise<View> {
    return this.call('POST', '/webhooks', { url: this.webhookUrl() });
  }

  /**
   * A failed delivery of the webhook `webhookId` (default: a fresh one). Deliveries have no create route: written
   * like the worker does.
   */
  async delivery(webhookId?: string): Promise<{ id: string; endpointId: string }> {
    const webhook = webhookId ? { id: webhookId } : await this.webhook();
    const event = await this.db.event.create({
      data: {
        id: newEventId(),
        accountId: this.accountId,
        environment: this.environment,
        type: 'webhook.test',
        actorType: 'system',
        resourceType: 'webhook',
        resourceId: webhook.id,
        data: { id: webhook.id },
        dispatchedAt: new Date(),
      },
    });
    const delivery = await this.db.webhookDelivery.create({
      data: {
        accountId: this.accountId,
        environment: this.environment,
        endpointId: webhook.id,
        eventId: event.id,
        orderingKey: webhook.id,
        eventSeq: event.seq,
        status: 'failed',
        attemptCount: 1,
      },
    });
    this.ids.add(delivery.id);
    return { id: delivery.id, endpointId: webhook.id };
  }
}

/** A random syntactically valid API key that exists nowhere. */
export const unknownApiKey = (): string => `lk_test_${randomString(40, BASE62)}`;

/** Counts endpoint × case combinations per file; print with `reportCases()` in afterAll. */
const cases = new Map<string, number>();
export function countCase(route: RouteHandler | string, name: string): void {
  const key = `${typeof route === 'string' ? route : routeKey(route)} :: ${name}`;
  cases.set(key, (cases.get(key) ?? 0) + 1);
}
export function reportCases(file: string): void {
  const endpoints = new Set([...cases.keys()].map((k) => k.split(' :: ')[0]));
  console.log(
    `[rest-tests] ${file}: ${cases.size} endpoint × case combinations over ${endpoints.size} endpoints`,
  );
}

/** Turns every rate-limit tier off (matrix tests send hundreds of requests with one key). */
export async function disableRateLimits(): Promise<void> {
  const { resetEnvForTests } = await import('@/env.ts');
  const { resetRateLimitsForTests } = await import('@/server/shared/rate-limit.ts');
  process.env.RATE_LIMIT_VALIDATION_PER_MIN = '0';
  process.env.RATE_LIMIT_ACTIVATION_PER_MIN = '0';
  process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '0';
  process.env.RATE_LIMIT_STORE = 'memory';
  resetEnvForTests();
  resetRateLimitsForTests();
}
