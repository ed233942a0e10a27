// The management client against the real route handlers over HTTP (every resource, lifecycle actions, page
// iteration, typed errors, automatic Idempotency-Key), and its retries against a server that answers 429/503.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers.ts';
import { createTenant, type Tenant } from '../../tests/api.ts';
import { freshClientIp, startRouteServer, type RouteServer } from '../../tests/route-server.ts';
import type { Db } from '@/server/db.ts';
import { Licentric, LicentricError, type License, type Product } from './index.ts';

let db: Db;
let server: RouteServer;
let tenant: Tenant;
let client: Licentric;
/** The Idempotency-Key header of every request the client sent, by method. */
const sent: Array<{ method: string; idempotencyKey: string | null }> = [];

const recordingFetch: typeof fetch = (input, init) => {
  sent.push({
    method: init?.method ?? 'GET',
    idempotencyKey: new Headers(init?.headers).get('idempotency-key'),
  });
  return fetch(input, init);
};

beforeAll(async () => {
  db = await testDb();
  server = await startRouteServer({ clientIp: freshClientIp });
  tenant = await createTenant(db);
  client = new Licentric({ apiKey: tenant.liveKey, baseUrl: server.url, fetch: recordingFetch });
});

afterAll(async () => {
  await server.close();
});

async function newProduct(code: string): Promise<Product> {
  return client.products.create({ name: `Product ${code}`, code, keyPrefix: 'SDK' });
}

describe('Licentric management client', () => {
  it('manages products, policies, entitlements, licenses and machines end to end', async () => {
    const product = await newProduct('sdk-app');
    expect(product).toMatchObject({ code: 'sdk-app', licensesCount: 0 });
    expect(await client.products.update(product.id, { description: 'Desktop' })).toMatchObject({
      description: 'Desktop',
    });
    const entitlement = await client.entitlements.create({ code: 'export', name: 'Export' });
    const policy = await client.policies.create({
      productId: product.id,
      name: 'Desktop',
      template: 'desktop_app',
    });
    expect(
      (await client.policies.attachEntitlements(policy.id, { entitlementIds: [entitlement.id] }))
        .entitlements,
    ).toEqual(['export']);

    const license: License = await client.licenses.create({ productId: product.id, policyId: policy.id });
    expect(license).toMatchObject({ status: 'active', entitlements: ['export'], maxMachines: 2 });
    expect((await client.licenses.suspend(license.id)).status).toBe('suspended');
    expect((await client.licenses.reinstate(license.id)).status).toBe('active');
    const renewed = await client.licenses.renew(license.id, { expiresAt: '2099-01-01T00:00:00.000Z' });
    expect(renewed).toMatchObject({ status: 'active', expiresAt: '2099-01-01T00:00:00.000Z' });

    const machine = await client.machines.activate({
      licenseId: license.id,
      fingerprint: 'sdk-management-fp-0001',
      platform: 'linux',
    });
    expect((await client.machines.list({ licenseId: license.id })).data.map((m) => m.id)).toEqual([
      machine.id,
    ]);
    expect((await client.machines.heartbeat(machine.id)).id).toBe(machine.id);
    const validation = await client.licenses.validateKey({
      key: license.key,
      fingerprint: 'sdk-management-fp-0001',
    });
    expect(validation).toMatchObject({ valid: true, code: 'VALID' });
    const file = await client.licenses.checkout(license.id, { fingerprint: 'sdk-management-fp-0001' });
    expect(file.certificate).toContain('-----BEGIN LICENTRIC LICENSE-----');
    expect(await client.machines.deactivate(machine.id)).toBeUndefined();

    expect((await client.licenses.revoke(license.id)).status).toBe('revoked');
    const keys = await client.signingKeys.list();
    expect(keys[0]).toMatchObject({ algorithm: 'ed25519', active: true });
    const analytics = await client.analytics.get({ days: 3 });
    expect(analytics.validations.trend).toHaveLength(3);
    expect(await client.licenses.delete(license.id)).toBeUndefined();
  });

  it('manages webhook endpoints and their deliveries', async () => {
    const endpoint = await client.webhooks.create({ url: `${server.url}/hooks` }); // private URLs are allowed in tests;
    expect(endpoint.secret).toMatch(/^whsec_/);
    const rotated = await client.webhooks.rotateSecret(endpoint.id);
    expect(rotated.secret).not.toBe(endpoint.secret);
    await client.webhooks.test(endpoint.id);
    const deliveries = [];
    for await (const delivery of client.webhooks.iterateDeliveries(endpoint.id)) deliveries.push(delivery);
    expect(deliveries.length).toBeGreaterThanOrEqual(1);
    expect((await client.webhooks.update(endpoint.id, { enabled: false })).enabled).toBe(false);
    await client.webhooks.delete(endpoint.id);
  });

  it('iterates over every page of a list', async () => {
    const codes = ['sdk-page-1', 'sdk-page-2', 'sdk-page-3', 'sdk-page-4', 'sdk-page-5'];
    for (const code of codes) await newProduct(code);
    const first = await client.products.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.pagination.hasMore).toBe(true);
    const seen: string[] = [];
    for await (const product of client.products.iterate({ limit: 2 })) seen.push(product.code);
    expect(seen.filter((code) => code.startsWith('sdk-page-'))).toEqual([...codes].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('throws LicentricError with code, status, requestId and details', async () => {
    const missing = await client.products.get('00000000-0000-4000-8000-000000000000').catch((e) => e);
    expect(missing).toBeInstanceOf(LicentricError);
    expect(missing).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(missing.requestId).toMatch(/^[0-9A-Z]{26}$/);

    const invalid = await client.products
      .create({ name: '', code: 'bad code!' })
      .catch((e: LicentricError) => e);
    expect(invalid).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
    expect((invalid as LicentricError).details?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['name'] })]),
    );

    const scoped = await createTenant(db, ['products:read']);
    const readOnly = new Licentric({ apiKey: scoped.liveKey, baseUrl: server.url });
    await expect(newProductWith(readOnly)).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(() => new Licentric({ apiKey: 'nope', baseUrl: server.url })).toThrow(TypeError);
    const withPrefix = new Licentric({ apiKey: tenant.liveKey, baseUrl: `${server.url}/api/v1/` });
    expect((await withPrefix.signingKeys.list()).length).toBeGreaterThan(0);
  });

  it('sends an Idempotency-Key with every POST, and honours one given', async () => {
    sent.length = 0;
    await newProduct('sdk-idem-1');
    await client.products.list();
    expect(sent.map((s) => [s.method, s.idempotencyKey !== null])).toEqual([
      ['POST', true],
      ['GET', false],
    ]);
    const body = { name: 'Once', code: 'sdk-idem-2' };
    const first = await client.products.create(body, { idempotencyKey: 'sdk-test-key-1' });
    const again = await client.products.create(body, { idempotencyKey: 'sdk-test-key-1' });
    expect(again.id).toBe(first.id);
  });
});

function newProductWith(other: Licentric) {
  return other.products.create({ name: 'Nope', code: 'sdk-nope' });
}

describe('retries', () => {
  /** A server that answers the given statuses in turn (then 200), recording each request. */
  async function flaky(statuses: Array<{ status: number; retryAfter?: string }>) {
    const requests: Array<{ at: number; idempotencyKey: string | undefined }> = [];
    const httpServer = http.createServer((req, res) => {
      requests.push({ at: Date.now(), idempotencyKey: req.headers['idempotency-key'] as string | undefined });
      const next = statuses.shift();
      if (!next) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
        return;
      }
      const code = next.status === 429 ? 'RATE_LIMITED' : 'SERVICE_UNAVAILABLE';
      res
        .writeHead(next.status, {
          'content-type': 'application/json',
          ...(next.retryAfter ? { 'retry-after': next.retryAfter } : {}),
        })
        .end(
          JSON.stringify({
            error: 'Busy',
            code,
            status: next.status,
            requestId: '01J0000000000000000000000A',
          }),
        );
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    return { url, requests, close: () => new Promise((resolve) => httpServer.close(resolve)) };
  }

  it('retries 429 and 503, honouring Retry-After, with the same Idempotency-Key', async () => {
    const stub = await flaky([{ status: 429, retryAfter: '1' }, { status: 503 }]);
    try {
      const retrying = new Licentric({ apiKey: tenant.liveKey, baseUrl: stub.url, maxRetries: 2 });
      await retrying.products.create({ name: 'Retry', code: 'sdk-retry' });
      expect(stub.requests).toHaveLength(3);
      expect((stub.requests[1]?.at ?? 0) - (stub.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
      const keys = new Set(stub.requests.map((r) => r.idempotencyKey));
      expect(keys.size).toBe(1);
      expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await stub.close();
    }
  });

  it('gives up after maxRetries with the last error', async () => {
    const stub = await flaky([{ status: 503 }, { status: 503 }, { status: 429, retryAfter: '0' }]);
    try {
      const retrying = new Licentric({ apiKey: tenant.liveKey, baseUrl: stub.url, maxRetries: 1 });
      await expect(retrying.products.list()).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        requestId: '01J0000000000000000000000A',
      });
      expect(stub.requests).toHaveLength(2);
    } finally {
      await stub.close();
    }
  });
});
