// Policies through the REST handlers: templates and explicit fields, the unlimited-machines guard, delete refused
// while licenses use it, entitlement attach/detach, events once per change.
import { describe, expect, it } from 'vitest';
import { POLICY_RULE_DEFAULTS, POLICY_TEMPLATE_RULES, POLICY_TEMPLATES } from '@/lib/policy-templates.ts';
import { testDb } from '../../../../tests/helpers.ts';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { createEntitlementRoute } from '@/server/rest/endpoints/entitlements.ts';
import { createLicenseRoute } from '@/server/rest/endpoints/licenses.ts';
import {
  attachPolicyEntitlementsRoute,
  createPolicyRoute,
  deletePolicyRoute,
  detachPolicyEntitlementRoute,
  getPolicyRoute,
  listPoliciesRoute,
  updatePolicyRoute,
} from '@/server/rest/endpoints/policies.ts';

async function setup() {
  const db = await testDb();
  const tenant = await createTenant(db);
  const authorization = bearer(tenant.liveKey);
  const product = (
    await call(createProductRoute, 'POST', '/products', { authorization, body: { name: 'App', code: 'app' } })
  ).body.data;
  const create = (body: Record<string, unknown>) =>
    call(createPolicyRoute, 'POST', '/policies', { authorization, body: { productId: product.id, ...body } });
  const events = (id: string) => db.event.findMany({ where: { resourceId: id }, orderBy: { seq: 'asc' } });
  const entitlement = async (code: string) =>
    (
      await call(createEntitlementRoute, 'POST', '/entitlements', {
        authorization,
        body: { code, name: code },
      })
    ).body.data as { id: string; code: string };
  return { db, tenant, authorization, product, create, events, entitlement };
}

const VIEW_KEYS = [
  'allowMachineTransfer',
  'createdAt',
  'durationDays',
  'entitlements',
  'expirationStrategy',
  'fingerprintUniqueness',
  'floating',
  'heartbeatCullStrategy',
  'heartbeatIntervalMinutes',
  'id',
  'isTrial',
  'licensesCount',
  'maxMachines',
  'maxUniqueFingerprints',
  'maxUses',
  'metadata',
  'name',
  'offlineAllowed',
  'offlineMaxDays',
  'overridable',
  'productId',
  'requireFingerprint',
  'requireHeartbeat',
  'template',
  'updatedAt',
].sort();

describe('policies', () => {
  it('creates a custom policy with the documented defaults and the exact shape', async () => {
    const { create, product, events } = await setup();
    const res = await create({ name: 'Basic', maxMachines: 5 });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.data).sort()).toEqual(VIEW_KEYS);
    expect(res.body.data).toEqual({
      id: res.body.data.id,
      productId: product.id,
      name: 'Basic',
      template: 'custom',
      maxMachines: 5,
      ...POLICY_RULE_DEFAULTS,
      entitlements: [],
      licensesCount: 0,
      metadata: {},
      createdAt: res.body.data.createdAt,
      updatedAt: res.body.data.updatedAt,
    });
    const written = await events(res.body.data.id);
    expect(written.map((e) => e.type)).toEqual(['policy.created']);
    expect(written[0]?.data).toEqual(res.body.data);
  });

  it('fills template defaults and lets explicit fields win', async () => {
    const { create } = await setup();
    for (const template of POLICY_TEMPLATES) {
      const body = template === 'custom' ? { maxMachines: 1 } : {};
      const policy = (await create({ name: template, template, ...body })).body.data;
      expect(policy).toMatchObject({
        template,
        ...POLICY_RULE_DEFAULTS,
        ...POLICY_TEMPLATE_RULES[template],
        ...body,
      });
    }
    const explicit = (
      await create({
        name: 'X',
        template: 'trial',
        maxMachines: 4,
        durationDays: 7,
        offlineAllowed: true,
        metadata: { a: 1 },
      })
    ).body.data;
    expect(explicit).toMatchObject({
      template: 'trial',
      maxMachines: 4,
      durationDays: 7,
      offlineAllowed: true,
      isTrial: true,
      metadata: { a: 1 },
    });
  });

  it('guards maxMachines: required for custom, null only with allowUnlimitedActivations (not stored)', async () => {
    const { create, authorization, db, tenant } = await setup();
    const before = await db.event.count({ where: { accountId: tenant.accountId } });
    const missing = await create({ name: 'M' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.issues[0]).toMatchObject({ path: ['maxMachines'] });
    const unguarded = await create({ name: 'M', maxMachines: null });
    expect(unguarded.status).toBe(400);
    expect(unguarded.body.error).toContain('allowUnlimitedActivations');
    expect((await create({ name: 'M', maxMachines: null, allowUnlimitedActivations: false })).status).toBe(
      400,
    );
    expect((await create({ name: 'M', template: 'desktop_app', maxMachines: null })).status).toBe(400);
    expect(await db.event.count({ where: { accountId: tenant.accountId } })).toBe(before);
    const unlimited = await create({ name: 'U', maxMachines: null, allowUnlimitedActivations: true });
    expect(unlimited.status).toBe(201);
    expect(unlimited.body.data.maxMachines).toBeNull();
    expect(unlimited.body.data).not.toHaveProperty('allowUnlimitedActivations');

    const id = (await create({ name: 'L', maxMachines: 2 })).body.data.id;
    const patch = (body: unknown) =>
      call(updatePolicyRoute, 'PATCH', `/policies/${id}`, { authorization, body });
    expect((await patch({ maxMachines: null })).status).toBe(400);
    const ok = await patch({ maxMachines: null, allowUnlimitedActivations: true });
    expect(ok.status).toBe(200);
    expect(ok.body.data.maxMachines).toBeNull();
  });

  it('validates bodies and queries (400) and requires an existing product (404)', async () => {
    const { create, authorization, product } = await setup();
    for (const body of [
      { name: 'x', maxMachines: 0 },
      { name: 'x', maxMachines: 1.5 },
      { name: 'x', maxMachines: '2' },
      { name: 'x', maxMachines: 1, template: 'enterprise' },
      { name: 'x', maxMachines: 1, offlineMaxDays: 91 },
      { name: 'x', maxMachines: 1, expirationStrategy: 'NEVER' },
      { name: 'x', maxMachines: 1, bogus: true },
      { name: '', maxMachines: 1 },
      { name: 'x', maxMachines: 1, productId: 'not-a-uuid' },
    ]) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
    }
    expect((await call(createPolicyRoute, 'POST', '/policies', { authorization, body: '{' })).status).toBe(
      400,
    );
    expect((await call(listPoliciesRoute, 'GET', '/policies?productId=nope', { authorization })).status).toBe(
      400,
    );
    expect((await call(listPoliciesRoute, 'GET', '/policies?limit=101', { authorization })).status).toBe(400);
    const unknownProduct = await create({
      name: 'x',
      maxMachines: 1,
      productId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownProduct.status).toBe(404);
    expect(unknownProduct.body.error).toBe(
      'Product not found. This live API key sees only live data: the id may belong to the test environment.',
    );
    const other = await createTenant(await testDb());
    const foreign = await call(createPolicyRoute, 'POST', '/policies', {
      authorization: bearer(other.liveKey),
      body: { productId: product.id, name: 'x', maxMachines: 1 },
    });
    expect(foreign.status).toBe(404);
    const id = (await create({ name: 'x', maxMachines: 1 })).body.data.id;
    for (const body of [{ productId: product.id }, { template: 'saas' }, { maxUses: 0 }, { x: 1 }]) {
      expect(
        (await call(updatePolicyRoute, 'PATCH', `/policies/${id}`, { authorization, body })).status,
        JSON.stringify(body),
      ).toBe(400);
    }
  });

  it('lists with the productId filter, gets and updates', async () => {
    const { create, authorization, product, events } = await setup();
    const p2 = (
      await call(createProductRoute, 'POST', '/products', {
        authorization,
        body: { name: 'Other', code: 'other' },
      })
    ).body.data;
    const a = (await create({ name: 'A', maxMachines: 1 })).body.data;
    const b = (
      await call(createPolicyRoute, 'POST', '/policies', {
        authorization,
        body: { productId: p2.id, name: 'B', maxMachines: 1 },
      })
    ).body.data;
    const all = await call(listPoliciesRoute, 'GET', '/policies', { authorization });
    expect(all.body).toEqual({ data: [b, a], pagination: { nextCursor: null, hasMore: false } });
    const filtered = await call(listPoliciesRoute, 'GET', `/policies?productId=${product.id}`, {
      authorization,
    });
    expect(filtered.body.data).toEqual([a]);
    const got = await call(getPolicyRoute, 'GET', `/policies/${a.id}`, { authorization });
    expect(got.body.data).toEqual(a);
    const updated = await call(updatePolicyRoute, 'PATCH', `/policies/${a.id}`, {
      authorization,
      body: { name: 'A2', maxUses: 100, floating: true },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      name: 'A2',
      maxUses: 100,
      floating: true,
      maxMachines: 1,
      productId: product.id,
    });
    expect((await events(a.id)).map((e) => e.type)).toEqual(['policy.created', 'policy.updated']);
    expect(
      (await call(getPolicyRoute, 'GET', '/policies/00000000-0000-4000-8000-000000000000', { authorization }))
        .status,
    ).toBe(404);
  });

  it('refuses deleting a policy with live licenses (409), deletes it afterwards', async () => {
    const { create, authorization, product, events, db } = await setup();
    const policy = (await create({ name: 'P', maxMachines: 1 })).body.data;
    const license = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: { productId: product.id, policyId: policy.id },
    });
    expect(license.status).toBe(201);
    expect(
      (await call(getPolicyRoute, 'GET', `/policies/${policy.id}`, { authorization })).body.data
        .licensesCount,
    ).toBe(1);
    const refused = await call(deletePolicyRoute, 'DELETE', `/policies/${policy.id}`, { authorization });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('1 live license');
    await db.license.update({ where: { id: license.body.data.id }, data: { deletedAt: new Date() } });
    const deleted = await call(deletePolicyRoute, 'DELETE', `/policies/${policy.id}`, { authorization });
    expect(deleted.status).toBe(204);
    expect((await call(getPolicyRoute, 'GET', `/policies/${policy.id}`, { authorization })).status).toBe(404);
    expect((await events(policy.id)).map((e) => e.type)).toEqual(['policy.created', 'policy.deleted']);
  });

  it('attaches entitlements by id or code and detaches them', async () => {
    const { create, authorization, events, entitlement } = await setup();
    const policy = (await create({ name: 'P', maxMachines: 1 })).body.data;
    const sso = await entitlement('sso');
    const api = await entitlement('api');
    await entitlement('audit');
    const url = `/policies/${policy.id}/entitlements`;
    const byId = await call(attachPolicyEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementIds: [sso.id] },
    });
    expect(byId.status).toBe(200);
    expect(Object.keys(byId.body.data).sort()).toEqual(VIEW_KEYS);
    expect(byId.body.data.entitlements).toEqual(['sso']);
    const byCode = await call(attachPolicyEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['audit', 'api', 'sso'] },
    });
    expect(byCode.body.data.entitlements).toEqual(['api', 'audit', 'sso']);
    // idempotent: nothing new, no event
    const again = await call(attachPolicyEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['api'] },
    });
    expect(again.status).toBe(200);
    expect((await events(policy.id)).map((e) => e.type)).toEqual([
      'policy.created',
      'policy.updated',
      'policy.updated',
    ]);

    const unknown = await call(attachPolicyEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['api', 'nope', 'zzz'] },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe(
      'Entitlement(s) not found: "nope", "zzz". This live API key sees only live data: the id may belong to the test environment.',
    );
    expect(unknown.body.details).toEqual({ entitlementCodes: ['nope', 'zzz'] });
    const unknownId = await call(attachPolicyEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownId.status).toBe(404);
    for (const body of [
      {},
      { entitlementIds: [sso.id], entitlementCodes: ['sso'] },
      { entitlementIds: [] },
      { entitlementCodes: ['BAD'] },
      { entitlementIds: ['x'] },
    ]) {
      expect(
        (await call(attachPolicyEntitlementsRoute, 'POST', url, { authorization, body })).status,
        JSON.stringify(body),
      ).toBe(400);
    }

    const detached = await call(detachPolicyEntitlementRoute, 'DELETE', `${url}/${api.id}`, {
      authorization,
    });
    expect(detached.status).toBe(200);
    expect(detached.body.data.entitlements).toEqual(['audit', 'sso']);
    const notAttached = await call(detachPolicyEntitlementRoute, 'DELETE', `${url}/${api.id}`, {
      authorization,
    });
    expect(notAttached.status).toBe(404);
    expect((await events(policy.id)).map((e) => e.type)).toEqual([
      'policy.created',
      'policy.updated',
      'policy.updated',
      'policy.updated',
    ]);
  });
});
