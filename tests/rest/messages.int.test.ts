// Error messages a person reads first: a validation message names the field, a license key sent as Bearer is
// pointed at `License <key>`, and a 404 for an API key says the id may belong to the other environment.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant, type Tenant } from '../api.ts';
import { testDb } from '../helpers.ts';
import { createProductRoute, getProductRoute, listProductsRoute } from '@/server/rest/endpoints/products.ts';
import { createPolicyRoute } from '@/server/rest/endpoints/policies.ts';
import { createLicenseRoute, getLicenseRoute } from '@/server/rest/endpoints/licenses.ts';

let tenant: Tenant;
let productId: string;

beforeAll(async () => {
  tenant = await createTenant(await testDb());
  const product = await call(createProductRoute, 'POST', '/products', {
    authorization: bearer(tenant.liveKey),
    body: { name: 'Editor', code: 'editor' },
  });
  expect(product.status).toBe(201);
  productId = product.body.data.id as string;
});

describe('validation messages name the offending field', () => {
  it('a missing body field', async () => {
    const res = await call(createProductRoute, 'POST', '/products', {
      authorization: bearer(tenant.liveKey),
      body: { code: 'no-name' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Invalid body: name: expected string, received undefined');
    expect(res.body.details.issues[0].path).toEqual(['name']);
  });

  it('a bad query parameter, without the query prefix of details.issues', async () => {
    const res = await call(listProductsRoute, 'GET', '/products?limit=1000', {
      authorization: bearer(tenant.liveKey),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^Invalid query: limit: /);
    expect(res.body.details.issues[0].path).toEqual(['query', 'limit']);
  });

  it('several issues: the first in the message, the count of the rest', async () => {
    const res = await call(createProductRoute, 'POST', '/products', {
      authorization: bearer(tenant.liveKey),
      body: { name: 7, code: 8 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(
      /^Invalid body: (name|code): expected string, received number \(and 1 more/,
    );
  });
});

describe('a license key sent as Bearer', () => {
  it('is pointed at the License scheme', async () => {
    const policy = await call(createPolicyRoute, 'POST', '/policies', {
      authorization: bearer(tenant.liveKey),
      body: { productId, name: 'Desktop', template: 'desktop_app' },
    });
    const license = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization: bearer(tenant.liveKey),
      body: { productId, policyId: policy.body.data.id },
    });
    const { id, key } = license.body.data as { id: string; key: string };
    const res = await call(getLicenseRoute, 'GET', `/licenses/${id}`, { authorization: bearer(key) });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe(
      'Invalid, revoked or expired API key. A license key goes in "Authorization: License <license key>"',
    );
    const viaLicense = await call(getLicenseRoute, 'GET', `/licenses/${id}`, {
      authorization: `License ${key}`,
    });
    expect(viaLicense.status).toBe(200);
  });

  it('an unknown API key gets no such hint, nor does an endpoint that takes no license key', async () => {
    const unknown = await call(listProductsRoute, 'GET', '/products', {
      authorization: bearer(`lk_live_${'A'.repeat(40)}`),
    });
    expect(unknown.body.error).toBe('Invalid, revoked or expired API key');
    const apiKeyOnly = await call(listProductsRoute, 'GET', '/products', {
      authorization: bearer('ABC-1234'),
    });
    expect(apiKeyOnly.body.error).toBe('Invalid, revoked or expired API key');
  });
});

describe('not found for an API key', () => {
  it('a live id asked for with the test key: the hint names the live environment', async () => {
    const res = await call(getProductRoute, 'GET', `/products/${productId}`, {
      authorization: bearer(tenant.testKey),
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toBe(
      'Product not found. This test API key sees only test data: the id may belong to the live environment.',
    );
  });

  it('the live key is told about the test environment', async () => {
    const res = await call(getProductRoute, 'GET', '/products/00000000-0000-4000-8000-000000000000', {
      authorization: bearer(tenant.liveKey),
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toBe(
      'Product not found. This live API key sees only live data: the id may belong to the test environment.',
    );
  });
});
