// Products through the REST handlers: exact shapes, uniqueness, soft delete, events once per change.
import { beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../../../tests/helpers.ts';
import { bearer, call, createTenant, type Tenant } from '../../../../tests/api.ts';
import {
  createProductRoute,
  deleteProductRoute,
  getProductRoute,
  listProductsRoute,
  updateProductRoute,
} from '@/server/rest/endpoints/products.ts';
import type { Db } from '@/server/db.ts';

let db: Db;
let tenant: Tenant;
const auth = () => ({ authorization: bearer(tenant.liveKey) });

beforeAll(async () => {
  db = await testDb();
  tenant = await createTenant(db);
});

const eventsFor = (id: string) => db.event.findMany({ where: { resourceId: id }, orderBy: { seq: 'asc' } });

describe('products', () => {
  it('creates a product with defaults and the exact response shape', async () => {
    const res = await call(createProductRoute, 'POST', '/products', {
      ...auth(),
      body: { name: 'Photo Pro', code: 'photo-pro' },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.data).sort()).toEqual(
      [
        'code',
        'createdAt',
        'description',
        'id',
        'keyPrefix',
        'licensesCount',
        'metadata',
        'name',
        'updatedAt',
      ].sort(),
    );
    expect(res.body.data).toMatchObject({
      name: 'Photo Pro',
      code: 'photo-pro',
      keyPrefix: 'LIC',
      description: null,
      metadata: {},
      licensesCount: 0,
    });
    expect(res.body.data.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const events = await eventsFor(res.body.data.id);
    expect(events.map((e) => e.type)).toEqual(['product.created']);
    expect(events[0]).toMatchObject({
      actorType: 'api_key',
      environment: 'live',
      accountId: tenant.accountId,
    });
  });

  it('rejects a duplicate code with 409 and writes no event', async () => {
    const body = { name: 'A', code: 'dup-code' };
    expect((await call(createProductRoute, 'POST', '/products', { ...auth(), body })).status).toBe(201);
    const before = await db.event.count({ where: { accountId: tenant.accountId } });
    const res = await call(createProductRoute, 'POST', '/products', { ...auth(), body });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect(await db.event.count({ where: { accountId: tenant.accountId } })).toBe(before);
  });

  it('allows the same code in the other environment', async () => {
    const body = { name: 'Env', code: 'env-code' };
    expect((await call(createProductRoute, 'POST', '/products', { ...auth(), body })).status).toBe(201);
    expect(
      (await call(createProductRoute, 'POST', '/products', { authorization: bearer(tenant.testKey), body }))
        .status,
    ).toBe(201);
  });

  it('validates fields', async () => {
    const cases = [
      { name: '', code: 'x' },
      { name: 'x', code: 'bad code!' },
      { name: 'x', code: 'x', keyPrefix: 'lower' },
      { name: 'x', code: 'x', unknown: true },
      { name: 'x', code: 'x', metadata: [] },
      { name: 'x', code: 'x', metadata: { a: { b: { c: { d: { e: 1 } } } } } },
    ];
    for (const body of cases) {
      const res = await call(createProductRoute, 'POST', '/products', { ...auth(), body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
      expect(res.body.details.issues.length).toBeGreaterThan(0);
    }
  });

  it('gets, updates and soft-deletes', async () => {
    const created = await call(createProductRoute, 'POST', '/products', {
      ...auth(),
      body: { name: 'Old', code: 'lifecycle' },
    });
    const id = created.body.data.id as string;
    const got = await call(getProductRoute, 'GET', `/products/${id}`, auth());
    expect(got.body.data).toEqual(created.body.data);
    const updated = await call(updateProductRoute, 'PATCH', `/products/${id}`, {
      ...auth(),
      body: { name: 'New', metadata: { tier: 'pro' } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ name: 'New', code: 'lifecycle', metadata: { tier: 'pro' } });
    const deleted = await call(deleteProductRoute, 'DELETE', `/products/${id}`, auth());
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect((await call(getProductRoute, 'GET', `/products/${id}`, auth())).status).toBe(404);
    expect(await db.product.findUnique({ where: { id } })).toMatchObject({ deletedAt: expect.any(Date) });
    const list = await call(listProductsRoute, 'GET', '/products?limit=100', auth());
    expect(list.body.data.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await eventsFor(id)).map((e) => e.type)).toEqual([
      'product.created',
      'product.updated',
      'product.deleted',
    ]);
  });

  it('lists newest first with cursor pagination', async () => {
    const own = await createTenant(db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(createProductRoute, 'POST', '/products', {
        authorization: bearer(own.liveKey),
        body: { name: `P${i}`, code: `p${i}` },
      });
      ids.push(res.body.data.id as string);
    }
    const first = await call(listProductsRoute, 'GET', '/products?limit=2', {
      authorization: bearer(own.liveKey),
    });
    expect(first.body.pagination).toEqual({ nextCursor: ids[3], hasMore: true });
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual([ids[4], ids[3]]);
    const rest = await call(listProductsRoute, 'GET', `/products?limit=10&cursor=${ids[3]}`, {
      authorization: bearer(own.liveKey),
    });
    expect(rest.body.data.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(rest.body.pagination).toEqual({ nextCursor: null, hasMore: false });
  });
});
