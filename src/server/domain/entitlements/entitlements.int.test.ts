// Entitlements through the REST handlers: exact shapes, code rules and uniqueness, soft delete, events once per change.

import { describe, expect, it } from 'vitest';
import { testDb } from '../../../../tests/helpers.ts';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import {
  createEntitlementRoute,
  deleteEntitlementRoute,
  getEntitlementRoute,
  listEntitlementsRoute,
  updateEntitlementRoute,
} from '@/server/rest/endpoints/entitlements.ts';

async function setup() {
  const db = await testDb();
  const tenant = await createTenant(db);
  const authorization = bearer(tenant.liveKey);
  const create = (body: unknown) =>
    call(createEntitlementRoute, 'POST', '/entitlements', { authorization, body });
  const events = (id: string) => db.event.findMany({ where: { resourceId: id }, orderBy: { seq: 'asc' } });
  return { db, tenant, authorization, create, events };
}

const VIEW_KEYS = ['code', 'createdAt', 'description', 'id', 'metadata', 'name', 'updatedAt'];

describe('entitlements', () => {
  it('creates with the exact response shape and one event', async () => {
    const { create, events, tenant } = await setup();
    const res = await create({ code: 'export-pdf', name: 'Export PDF' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.data).sort()).toEqual(VIEW_KEYS);
    expect(res.body.data).toMatchObject({
      code: 'export-pdf',
      name: 'Export PDF',
      description: null,
      metadata: {},
    });
    const written = await events(res.body.data.id);
    expect(written.map((e) => e.type)).toEqual(['entitlement.created']);
    expect(written[0]).toMatchObject({
      accountId: tenant.accountId,
      environment: 'live',
      actorType: 'api_key',
      data: res.body.data,
    });
  });

  it('validates the code and other fields (400)', async () => {
    const { create, authorization } = await setup();
    for (const body of [
      { code: 'Upper', name: 'x' },
      { code: 'has space', name: 'x' },
      { code: '', name: 'x' },
      { code: 'a'.repeat(101), name: 'x' },
      { code: 'ok', name: '' },
      { code: 'ok', name: 'x', extra: 1 },
      { code: 1, name: 'x' },
    ]) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
    }
    const malformed = await call(createEntitlementRoute, 'POST', '/entitlements', {
      authorization,
      body: '{"code":',
    });
    expect(malformed.status).toBe(400);
    const badQuery = await call(listEntitlementsRoute, 'GET', '/entitlements?limit=0', { authorization });
    expect(badQuery.status).toBe(400);
    const unknownQuery = await call(listEntitlementsRoute, 'GET', '/entitlements?foo=1', { authorization });
    expect(unknownQuery.status).toBe(400);
    expect((await create({ code: 'a'.repeat(100), name: 'x' })).status).toBe(201);
  });

  it('refuses a duplicate code with 409 and no event, also after a delete; other environment is free', async () => {
    const { create, db, tenant, authorization } = await setup();
    const first = await create({ code: 'sso', name: 'SSO' });
    const before = await db.event.count({ where: { accountId: tenant.accountId } });
    const dup = await create({ code: 'sso', name: 'SSO again' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      code: 'CONFLICT',
      error: 'An entitlement with code "sso" already exists',
    });
    expect(await db.event.count({ where: { accountId: tenant.accountId } })).toBe(before);
    const other = await call(createEntitlementRoute, 'POST', '/entitlements', {
      authorization: bearer(tenant.testKey),
      body: { code: 'sso', name: 'SSO' },
    });
    expect(other.status).toBe(201);
    await call(deleteEntitlementRoute, 'DELETE', `/entitlements/${first.body.data.id}`, { authorization });
    expect((await create({ code: 'sso', name: 'SSO' })).status).toBe(409);
    const second = await create({ code: 'sso2', name: 'x' });
    const renamed = await call(updateEntitlementRoute, 'PATCH', `/entitlements/${second.body.data.id}`, {
      authorization,
      body: { code: 'sso' },
    });
    expect(renamed.status).toBe(409);
  });

  it('gets, lists (paginated), updates and soft-deletes', async () => {
    const { create, events, authorization, db } = await setup();
    const a = (await create({ code: 'a', name: 'A' })).body.data;
    const b = (await create({ code: 'b', name: 'B', description: 'bee', metadata: { k: 1 } })).body.data;
    const got = await call(getEntitlementRoute, 'GET', `/entitlements/${b.id}`, { authorization });
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(b);

    const page1 = await call(listEntitlementsRoute, 'GET', '/entitlements?limit=1', { authorization });
    expect(page1.body).toEqual({ data: [b], pagination: { nextCursor: b.id, hasMore: true } });
    const page2 = await call(listEntitlementsRoute, 'GET', `/entitlements?limit=1&cursor=${b.id}`, {
      authorization,
    });
    expect(page2.body).toEqual({ data: [a], pagination: { nextCursor: null, hasMore: false } });

    const updated = await call(updateEntitlementRoute, 'PATCH', `/entitlements/${a.id}`, {
      authorization,
      body: { name: 'A2', description: null },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ id: a.id, code: 'a', name: 'A2', description: null });
    expect(
      (
        await call(updateEntitlementRoute, 'PATCH', `/entitlements/${a.id}`, {
          authorization,
          body: { name: 5 },
        })
      ).status,
    ).toBe(400);

    const deleted = await call(deleteEntitlementRoute, 'DELETE', `/entitlements/${a.id}`, { authorization });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect((await call(getEntitlementRoute, 'GET', `/entitlements/${a.id}`, { authorization })).status).toBe(
      404,
    );
    expect(
      (await call(deleteEntitlementRoute, 'DELETE', `/entitlements/${a.id}`, { authorization })).status,
    ).toBe(404);
    const list = await call(listEntitlementsRoute, 'GET', '/entitlements', { authorization });
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([b.id]);
    expect((await events(a.id)).map((e) => e.type)).toEqual([
      'entitlement.created',
      'entitlement.updated',
      'entitlement.deleted',
    ]);
    expect((await db.entitlement.findUniqueOrThrow({ where: { id: a.id } })).deletedAt).not.toBeNull();
  });
});
