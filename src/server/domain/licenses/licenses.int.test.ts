// Licenses through the REST handlers: exact shapes, keys (generated, imported, encrypted), POLICY_PRODUCT_MISMATCH,
// overrides, entitlements, list filters, License auth, update, delete with machines, and the lifecycle matrix
// with its events (exactly once per change, none for a refused one) and renew arithmetic.
import { describe, expect, it } from 'vitest';
import { testContext, testDb } from '../../../../tests/helpers.ts';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { hashLicenseKey } from '@/lib/license-key.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { attachPolicyEntitlementsRoute, createPolicyRoute } from '@/server/rest/endpoints/policies.ts';
import { createEntitlementRoute } from '@/server/rest/endpoints/entitlements.ts';
import {
  attachLicenseEntitlementsRoute,
  banLicenseRoute,
  createLicenseRoute,
  deleteLicenseRoute,
  detachLicenseEntitlementRoute,
  getLicenseRoute,
  listLicensesRoute,
  reinstateLicenseRoute,
  renewLicenseRoute,
  revokeLicenseRoute,
  suspendLicenseRoute,
  updateLicenseRoute,
} from '@/server/rest/endpoints/licenses.ts';
import { findLicense } from './license-queries.ts';
import { renewedExpiry } from './license-lifecycle.ts';
import { toLicenseRuntimeView } from './license-views.ts';
import { type LicenseAction } from './license-state.ts';
import type { LicenseStatus } from '@/generated/prisma/enums.ts';

const DAY = 24 * 60 * 60 * 1000;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function setup() {
  const db = await testDb();
  const tenant = await createTenant(db);
  const authorization = bearer(tenant.liveKey);
  const addProduct = async (body: { name: string; code: string; keyPrefix?: string }) =>
    (await call(createProductRoute, 'POST', '/products', { authorization, body })).body.data;
  const product = await addProduct({ name: 'App', code: 'app', keyPrefix: 'APP' });
  const policy = async (body: Record<string, unknown> = {}, productId: string = product.id) => {
    const res = await call(createPolicyRoute, 'POST', '/policies', {
      authorization,
      body: { productId, name: 'P', maxMachines: 3, ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data as { id: string };
  };
  const basePolicy = await policy({ durationDays: 30 });
  const create = (body: Record<string, unknown> = {}) =>
    call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: { productId: product.id, policyId: basePolicy.id, ...body },
    });
  const license = async (body: Record<string, unknown> = {}) => {
    const res = await create(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.data;
  };
  const entitlement = async (code: string) =>
    (
      await call(createEntitlementRoute, 'POST', '/entitlements', {
        authorization,
        body: { code, name: code },
      })
    ).body.data as { id: string };
  const events = (id: string) => db.event.findMany({ where: { resourceId: id }, orderBy: { seq: 'asc' } });
  const types = async (id: string) => (await events(id)).map((e) => e.type);
  return {
    db,
    tenant,
    authorization,
    product,
    addProduct,
    policy,
    basePolicy,
    create,
    license,
    entitlement,
    events,
    types,
  };
}

const VIEW_KEYS = [
  'allowedActions',
  'createdAt',
  'entitlements',
  'expiresAt',
  'id',
  'key',
  'lastValidatedAt',
  'machineCount',
  'maxMachines',
  'maxMachinesOverride',
  'maxUses',
  'maxUsesOverride',
  'metadata',
  'name',
  'policyId',
  'productId',
  'status',
  'updatedAt',
  'usesCount',
  'userEmail',
  'userName',
].sort();

describe('create license', () => {
  it('generates a key with the product prefix, stores only hash + ciphertext, answers the exact shape, one event', async () => {
    const { create, product, basePolicy, db, events } = await setup();
    const before = Date.now();
    const res = await create({
      name: 'Jane’s seat',
      userEmail: 'Jane@Example.com',
      userName: 'Jane',
      metadata: { crm: 42 },
    });
    expect(res.status).toBe(201);
    const data = res.body.data;
    expect(Object.keys(data).sort()).toEqual(VIEW_KEYS);
    expect(data.key).toMatch(/^APP-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(data).toEqual({
      id: data.id,
      key: data.key,
      name: 'Jane’s seat',
      status: 'active',
      productId: product.id,
      policyId: basePolicy.id,
      userEmail: 'jane@example.com',
      userName: 'Jane',
      expiresAt: data.expiresAt,
      maxMachines: 3,
      maxMachinesOverride: null,
      maxUses: null,
      maxUsesOverride: null,
      usesCount: 0,
      machineCount: 0,
      entitlements: [],
      lastValidatedAt: null,
      metadata: { crm: 42 },
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
      allowedActions: ['suspend', 'renew', 'revoke', 'ban'],
    });
    const expires = new Date(data.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    const row = await db.license.findUniqueOrThrow({ where: { id: data.id } });
    expect(row.keyHash).toBe(hashLicenseKey(data.key));
    expect(row.keyEncrypted).not.toContain(data.key);
    expect(row.keyEncrypted).toMatch(/^v1\./);
    const written = await events(data.id);
    expect(written.map((e) => e.type)).toEqual(['license.created']);
    const { key: _key, allowedActions: _actions, ...withoutKey } = data;
    expect(written[0]).toMatchObject({
      actorType: 'api_key',
      environment: 'live',
      resourceType: 'license',
      data: withoutKey,
    });
    expect(JSON.stringify(written[0]?.data)).not.toContain(data.key);
  });

  it('is perpetual when the policy has no duration; explicit expiresAt wins', async () => {
    const { policy, create } = await setup();
    const perpetual = await policy();
    expect((await create({ policyId: perpetual.id })).body.data.expiresAt).toBeNull();
    const at = new Date(Date.now() + 5 * DAY).toISOString();
    expect((await create({ expiresAt: at })).body.data.expiresAt).toBe(at);
    expect((await create({ expiresAt: null })).body.data.expiresAt).toBeNull();
  });

  it('creates a license with a past expiresAt as expired (revoked under REVOKE) with the expiry event', async () => {
    const { create, policy, types } = await setup();
    const past = new Date(Date.now() - DAY).toISOString();
    const expired = await create({ expiresAt: past });
    expect(expired.body.data.status).toBe('expired');
    expect(await types(expired.body.data.id)).toEqual(['license.created', 'license.expired']);
    const revokePolicy = await policy({ expirationStrategy: 'REVOKE' });
    const revoked = await create({ policyId: revokePolicy.id, expiresAt: past });
    expect(revoked.body.data.status).toBe('revoked');
    expect(await types(revoked.body.data.id)).toEqual(['license.created', 'license.revoked']);
  });

  it('answers 400 for malformed JSON, wrong types, unknown fields; 415 for non-JSON', async () => {
    const { create, authorization, product, basePolicy, db, tenant } = await setup();
    const before = await db.event.count({ where: { accountId: tenant.accountId } });
    for (const body of [
      { productId: 'x' },
      { name: 5 },
      { expiresAt: 'tomorrow' },
      { maxMachinesOverride: 0 },
      { maxUsesOverride: 'many' },
      { userEmail: 'not-an-email' },
      { key: 'short' },
      { key: 'has spaces in it' },
      { entitlementIds: ['x'] },
      { metadata: 'x' },
      { surprise: true },
    ]) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
    }
    const missing = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: { productId: product.id },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.details.issues[0].path).toEqual(['policyId']);
    const malformed = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: '{"productId":',
    });
    expect(malformed.status).toBe(400);
    const text = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: JSON.stringify({ productId: product.id, policyId: basePolicy.id }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(await db.event.count({ where: { accountId: tenant.accountId } })).toBe(before);
  });

  it('refuses a policy of another product (422 POLICY_PRODUCT_MISMATCH) and unknown product/policy (404)', async () => {
    const { create, policy, addProduct, db, tenant } = await setup();
    const other = await addProduct({ name: 'Other', code: 'other' });
    const otherPolicy = await policy({}, other.id);
    const before = await db.event.count({ where: { accountId: tenant.accountId } });
    const res = await create({ policyId: otherPolicy.id });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'POLICY_PRODUCT_MISMATCH', status: 422 });
    expect((await create({ policyId: UNKNOWN })).body).toMatchObject({
      status: 404,
      error:
        'Policy not found. This live API key sees only live data: the id may belong to the test environment.',
    });
    expect((await create({ productId: UNKNOWN })).body).toMatchObject({
      status: 404,
      error:
        'Product not found. This live API key sees only live data: the id may belong to the test environment.',
    });
    expect(await db.event.count({ where: { accountId: tenant.accountId } })).toBe(before);
  });

  it('imports a key (unique deployment-wide, case-insensitive) → 409 on reuse', async () => {
    const { create, db } = await setup();
    const key = `IMPORTED-${Date.now()}-abcDEF`;
    const res = await create({ key });
    expect(res.status).toBe(201);
    expect(res.body.data.key).toBe(key);
    expect((await db.license.findUniqueOrThrow({ where: { id: res.body.data.id } })).keyHash).toBe(
      hashLicenseKey(key),
    );
    const again = await create({ key: `  ${key.toLowerCase()} ` });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', error: 'A license with this key already exists' });
    const elsewhere = await setup();
    expect((await elsewhere.create({ key })).status).toBe(409);
    expect((await create({ key: 'EXACTLY8' + Date.now() })).status).toBe(201);
  });

  it('applies overrides only on overridable policies (else 422)', async () => {
    const { create, policy } = await setup();
    const res = await create({ maxMachinesOverride: 10, maxUsesOverride: 500 });
    expect(res.body.data).toMatchObject({
      maxMachines: 10,
      maxMachinesOverride: 10,
      maxUses: 500,
      maxUsesOverride: 500,
    });
    const locked = await policy({ overridable: false, maxUses: 7 });
    const refused = await create({ policyId: locked.id, maxMachinesOverride: 10 });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain('overridable');
    const plain = await create({ policyId: locked.id, maxMachinesOverride: null });
    expect(plain.body.data).toMatchObject({ maxMachines: 3, maxUses: 7 });
  });

  it('unions policy and license entitlements (sorted); unknown entitlementIds → 404', async () => {
    const { create, entitlement, basePolicy, authorization } = await setup();
    const zeta = await entitlement('zeta');
    const alpha = await entitlement('alpha');
    await entitlement('beta');
    await call(attachPolicyEntitlementsRoute, 'POST', `/policies/${basePolicy.id}/entitlements`, {
      authorization,
      body: { entitlementCodes: ['zeta', 'beta'] },
    });
    const res = await create({ entitlementIds: [zeta.id, alpha.id] });
    expect(res.body.data.entitlements).toEqual(['alpha', 'beta', 'zeta']);
    const unknown = await create({ entitlementIds: [UNKNOWN] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toContain(UNKNOWN);
  });
});

describe('license entitlements', () => {
  it('attaches by id or code, detaches, events once per change', async () => {
    const { license, entitlement, authorization, types } = await setup();
    const l = await license();
    const a = await entitlement('a');
    await entitlement('b');
    const url = `/licenses/${l.id}/entitlements`;
    const attached = await call(attachLicenseEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementIds: [a.id] },
    });
    expect(attached.status).toBe(200);
    expect(Object.keys(attached.body.data).sort()).toEqual(VIEW_KEYS);
    expect(attached.body.data.entitlements).toEqual(['a']);
    const byCode = await call(attachLicenseEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['b', 'a'] },
    });
    expect(byCode.body.data.entitlements).toEqual(['a', 'b']);
    await call(attachLicenseEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['a'] },
    });
    expect(await types(l.id)).toEqual(['license.created', 'license.updated', 'license.updated']);
    const missing = await call(attachLicenseEntitlementsRoute, 'POST', url, {
      authorization,
      body: { entitlementCodes: ['nope'] },
    });
    expect(missing.status).toBe(404);
    expect(
      (
        await call(attachLicenseEntitlementsRoute, 'POST', url, {
          authorization,
          body: { entitlementCodes: [] },
        })
      ).status,
    ).toBe(400);
    const detached = await call(detachLicenseEntitlementRoute, 'DELETE', `${url}/${a.id}`, { authorization });
    expect(detached.status).toBe(200);
    expect(detached.body.data.entitlements).toEqual(['b']);
    expect(
      (await call(detachLicenseEntitlementRoute, 'DELETE', `${url}/${a.id}`, { authorization })).status,
    ).toBe(404);
    expect(await types(l.id)).toEqual([
      'license.created',
      'license.updated',
      'license.updated',
      'license.updated',
    ]);
  });
});

describe('list licenses', () => {
  it('filters by productId, policyId, status (effective), userEmail and q; paginates', async () => {
    const { license, policy, addProduct, authorization, db, product } = await setup();
    const other = await addProduct({ name: 'Other', code: 'other' });
    const otherPolicy = await policy({}, other.id);
    const p2 = await policy();
    const a = await license({ name: 'Alpha Corp', userEmail: 'ann@alpha.test', userName: 'Ann' });
    const b = await license({
      policyId: p2.id,
      name: 'Beta',
      userEmail: 'bob@beta.test',
      userName: 'Bobby Tables',
    });
    const c = await call(createLicenseRoute, 'POST', '/licenses', {
      authorization,
      body: { productId: other.id, policyId: otherPolicy.id, name: 'Gamma' },
    });
    const lapsed = await license({ name: 'Lapsed' });
    await db.license.update({ where: { id: lapsed.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await db.license.update({ where: { id: b.id }, data: { status: 'suspended' } });

    const ids = async (query: string) => {
      const res = await call(listLicensesRoute, 'GET', `/licenses${query}`, { authorization });
      expect(res.status, query).toBe(200);
      return res.body.data.map((l: { id: string }) => l.id);
    };
    expect(await ids('')).toEqual([lapsed.id, c.body.data.id, b.id, a.id]);
    expect(await ids(`?productId=${product.id}`)).toEqual([lapsed.id, b.id, a.id]);
    expect(await ids(`?policyId=${p2.id}`)).toEqual([b.id]);
    expect(await ids('?status=active')).toEqual([c.body.data.id, a.id]);
    expect(await ids('?status=expired')).toEqual([lapsed.id]);
    expect(await ids('?status=suspended')).toEqual([b.id]);
    expect(await ids('?status=banned')).toEqual([]);
    expect(await ids('?userEmail=ANN@alpha.test')).toEqual([a.id]);
    expect(await ids('?q=alpha')).toEqual([a.id]);
    expect(await ids('?q=tables')).toEqual([b.id]);
    expect(await ids('?q=BOB@')).toEqual([b.id]);
    expect(await ids(`?q=${encodeURIComponent(` ${a.key.toLowerCase()} `)}`)).toEqual([a.id]);
    expect(await ids(`?q=${a.key.slice(0, 8)}`)).toEqual([]);
    expect(await ids(`?productId=${product.id}&status=active&q=a`)).toEqual([a.id]);

    const listed = await call(listLicensesRoute, 'GET', '/licenses?limit=2', { authorization });
    expect(listed.body.pagination).toEqual({ nextCursor: c.body.data.id, hasMore: true });
    expect(listed.body.data[0]).toMatchObject({ id: lapsed.id, status: 'expired', key: lapsed.key });
    const rest = await call(listLicensesRoute, 'GET', `/licenses?limit=2&cursor=${c.body.data.id}`, {
      authorization,
    });
    expect(rest.body.data.map((l: { id: string }) => l.id)).toEqual([b.id, a.id]);
    expect(rest.body.pagination).toEqual({ nextCursor: null, hasMore: false });

    for (const query of [
      '?status=dormant',
      '?limit=0',
      '?limit=abc',
      '?productId=1',
      `?cursor=${UNKNOWN}`,
      '?unknown=1',
      '?q=',
    ]) {
      const res = await call(listLicensesRoute, 'GET', `/licenses${query}`, { authorization });
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
    }
  });

  it('userEmail and q take _ and % literally: a pattern character never widens a filter', async () => {
    const { license, authorization, db } = await setup();
    const victim = await license({ name: 'Smith 100 seats', userEmail: 'jsmith@outlook.com' });
    const lookAlike = await license({ name: 'Smith_100%', userEmail: 'j_mith@outlook.com' });
    const ids = async (query: Record<string, string>) => {
      const res = await call(listLicensesRoute, 'GET', `/licenses?${new URLSearchParams(query).toString()}`, {
        authorization,
      });
      expect(res.status, JSON.stringify(query)).toBe(200);
      return res.body.data.map((l: { id: string }) => l.id);
    };
    expect(await ids({ userEmail: 'j_mith@outlook.com' })).toEqual([lookAlike.id]);
    expect(await ids({ userEmail: 'J_MITH@Outlook.com' })).toEqual([lookAlike.id]);
    expect(await ids({ userEmail: 'jsmith@outlook.com' })).toEqual([victim.id]);
    for (const pattern of [
      '%',
      '%@outlook.com',
      'j%h@outlook.com',
      '______@outlook.com',
      'jsmith\\@outlook.com',
    ])
      expect(await ids({ userEmail: pattern }), pattern).toEqual([]);
    expect(await ids({ q: 'j_m' })).toEqual([lookAlike.id]);
    expect(await ids({ q: '_100%' })).toEqual([lookAlike.id]);
    expect(await ids({ q: '100%' })).toEqual([lookAlike.id]);
    expect(await ids({ q: 'smith 100' })).toEqual([victim.id]);
    expect(await ids({ q: 'SMITH' })).toEqual([lookAlike.id, victim.id]);
    // both literal characters occur only in the look-alike's name and address
    for (const pattern of ['%', '_']) expect(await ids({ q: pattern }), pattern).toEqual([lookAlike.id]);
    for (const pattern of ['s%s', 'sm_th', 'h\\ 1', '\\'])
      expect(await ids({ q: pattern }), pattern).toEqual([]);
    // the exact comparison rests on stored addresses being normalised: the database refuses any other
    await expect(
      db.license.update({ where: { id: victim.id }, data: { userEmail: 'JSmith@outlook.com' } }),
    ).rejects.toThrow(/License_userEmail_normalised/);
  });
});

describe('get license', () => {
  it('reads with an API key; License auth reads only its own license (403 otherwise)', async () => {
    const { license, authorization, types } = await setup();
    const mine = await license();
    const theirs = await license();
    const got = await call(getLicenseRoute, 'GET', `/licenses/${mine.id}`, { authorization });
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(mine);
    const own = await call(getLicenseRoute, 'GET', `/licenses/${mine.id}`, {
      authorization: `License ${mine.key}`,
    });
    expect(own.status).toBe(200);
    expect(own.body.data).toEqual(mine);
    const other = await call(getLicenseRoute, 'GET', `/licenses/${theirs.id}`, {
      authorization: `License ${mine.key}`,
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('FORBIDDEN');
    expect((await call(getLicenseRoute, 'GET', `/licenses/${UNKNOWN}`, { authorization })).status).toBe(404);
    const stranger = await setup();
    expect(
      (await call(getLicenseRoute, 'GET', `/licenses/${mine.id}`, { authorization: stranger.authorization }))
        .status,
    ).toBe(404);
    expect(await types(mine.id)).toEqual(['license.created']);
  });

  it('exports a reduced runtime view for validate-key', async () => {
    const { license, db, tenant } = await setup();
    const l = await license({ userEmail: 'x@y.test', userName: 'X' });
    const row = await findLicense(testContext(db, { id: tenant.accountId }, { environment: 'live' }), l.id);
    const { key: _k, userEmail: _e, userName: _n, allowedActions: _a, ...rest } = l;
    expect(toLicenseRuntimeView(row)).toEqual({ ...rest, environment: 'live' });
  });
});

describe('update license', () => {
  it('updates fields, moves to another policy of the product, one event per change', async () => {
    const { license, policy, authorization, types, product } = await setup();
    const l = await license();
    const p2 = await policy({ maxMachines: 9 });
    const at = new Date(Date.now() + 90 * DAY).toISOString();
    const res = await call(updateLicenseRoute, 'PATCH', `/licenses/${l.id}`, {
      authorization,
      body: {
        name: 'Renamed',
        policyId: p2.id,
        expiresAt: at,
        maxUsesOverride: 5,
        userEmail: 'NEW@x.test',
        userName: null,
        metadata: { a: 1 },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      name: 'Renamed',
      policyId: p2.id,
      productId: product.id,
      expiresAt: at,
      maxMachines: 9,
      maxUses: 5,
      userEmail: 'new@x.test',
      userName: null,
      metadata: { a: 1 },
      key: l.key,
    });
    expect(await types(l.id)).toEqual(['license.created', 'license.updated']);
  });

  it('refuses bad input, foreign policies, overrides on locked policies, and reviving an expired license', async () => {
    const { license, policy, addProduct, authorization, types, db } = await setup();
    const l = await license();
    const patch = (body: unknown) =>
      call(updateLicenseRoute, 'PATCH', `/licenses/${l.id}`, { authorization, body });
    for (const body of [
      { key: 'NEWKEY-1234' },
      { productId: UNKNOWN },
      { status: 'active' },
      { usesCount: 0 },
      { expiresAt: 'soon' },
      { name: 1 },
    ]) {
      expect((await patch(body)).status, JSON.stringify(body)).toBe(400);
    }
    const other = await addProduct({ name: 'O', code: 'o' });
    expect((await patch({ policyId: (await policy({}, other.id)).id })).body.code).toBe(
      'POLICY_PRODUCT_MISMATCH',
    );
    expect(
      (await patch({ policyId: (await policy({ overridable: false })).id, maxMachinesOverride: 4 })).status,
    ).toBe(422);
    expect(await types(l.id)).toEqual(['license.created']);

    const expiredNow = await patch({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(expiredNow.status).toBe(200);
    expect(expiredNow.body.data.status).toBe('expired');
    expect(await types(l.id)).toEqual(['license.created', 'license.updated', 'license.expired']);
    expect((await db.license.findUniqueOrThrow({ where: { id: l.id } })).status).toBe('expired');
    const revive = await patch({ expiresAt: new Date(Date.now() + DAY).toISOString() });
    expect(revive.status).toBe(409);
    expect(revive.body.error).toContain('renew');
    expect((await patch({ name: 'still fine' })).status).toBe(200);
  });
});

describe('delete license', () => {
  it('soft-deletes in any status and deactivates its machines with their events', async () => {
    const { license, authorization, db, tenant, types, basePolicy } = await setup();
    const l = await license();
    await db.license.update({ where: { id: l.id }, data: { status: 'banned', machineCount: 2 } });
    const machine = (fingerprint: string, deletedAt: Date | null = null) =>
      db.machine.create({
        data: { accountId: tenant.accountId, environment: 'live', licenseId: l.id, fingerprint, deletedAt },
      });
    const m1 = await machine('fp-one-000');
    const m2 = await machine('fp-two-000');
    const gone = await machine('fp-old-000', new Date(Date.now() - DAY));
    const res = await call(deleteLicenseRoute, 'DELETE', `/licenses/${l.id}`, { authorization });
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    const row = await db.license.findUniqueOrThrow({ where: { id: l.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.machineCount).toBe(0);
    for (const m of [m1, m2]) {
      const after = await db.machine.findUniqueOrThrow({ where: { id: m.id } });
      expect(after.deletedAt).not.toBeNull();
      expect(after.deactivatedBy).toBe('api_key');
      const evts = await db.event.findMany({ where: { resourceId: m.id } });
      expect(evts.map((e) => e.type)).toEqual(['machine.deactivated']);
      expect(evts[0]?.data).toMatchObject({
        id: m.id,
        licenseId: l.id,
        fingerprint: m.fingerprint,
        heartbeatStatus: 'NOT_REQUIRED',
      });
    }
    expect(await db.event.count({ where: { resourceId: gone.id } })).toBe(0);
    expect(await types(l.id)).toEqual(['license.created', 'license.deleted']);
    expect((await call(getLicenseRoute, 'GET', `/licenses/${l.id}`, { authorization })).status).toBe(404);
    expect((await call(deleteLicenseRoute, 'DELETE', `/licenses/${l.id}`, { authorization })).status).toBe(
      404,
    );
    expect(
      (await call(suspendLicenseRoute, 'POST', `/licenses/${l.id}/suspend`, { authorization })).status,
    ).toBe(404);
    const list = await call(listLicensesRoute, 'GET', `/licenses?policyId=${basePolicy.id}`, {
      authorization,
    });
    expect(list.body.data).toEqual([]);
  });
});

describe('lifecycle', () => {
  const ROUTES = {
    suspend: suspendLicenseRoute,
    reinstate: reinstateLicenseRoute,
    renew: renewLicenseRoute,
    revoke: revokeLicenseRoute,
    ban: banLicenseRoute,
  };
  const EXPECTED: Record<LicenseAction, Partial<Record<LicenseStatus, LicenseStatus>>> = {
    suspend: { active: 'suspended', expired: 'suspended' },
    reinstate: { suspended: 'active' },
    renew: { active: 'active', expired: 'active' },
    revoke: { active: 'revoked', suspended: 'revoked', expired: 'revoked' },
    ban: { active: 'banned', suspended: 'banned', expired: 'banned', revoked: 'banned' },
  };
  const STATUSES: LicenseStatus[] = ['active', 'suspended', 'expired', 'revoked', 'banned'];

  it('allows exactly the transitions of DOMAIN.md §3; refusals are 409 naming both states, without events', async () => {
    const { license, authorization, db, types } = await setup();
    for (const action of Object.keys(ROUTES) as LicenseAction[]) {
      for (const from of STATUSES) {
        const l = await license();
        await db.license.update({
          where: { id: l.id },
          data: { status: from, ...(from === 'expired' ? { expiresAt: new Date(Date.now() - DAY) } : {}) },
        });
        const res = await call(ROUTES[action], 'POST', `/licenses/${l.id}/${action}`, { authorization });
        const to = EXPECTED[action][from];
        const label = `${action} from ${from}`;
        if (to) {
          expect(res.status, label).toBe(200);
          expect(Object.keys(res.body.data).sort(), label).toEqual(VIEW_KEYS);
          expect(res.body.data.status, label).toBe(to);
          expect(await types(l.id), label).toEqual([
            'license.created',
            `license.${action === 'renew' ? 'renewed' : action === 'ban' ? 'banned' : `${action}${action.endsWith('e') ? 'd' : 'ed'}`}`,
          ]);
          expect((await db.license.findUniqueOrThrow({ where: { id: l.id } })).status, label).toBe(to);
        } else {
          expect(res.status, label).toBe(409);
          expect(res.body.code, label).toBe('CONFLICT');
          expect(res.body.error, label).toContain(
            `Cannot ${action} a${/^[aeiou]/.test(from) ? 'n' : ''} ${from} license`,
          );
          const target =
            action === 'reinstate'
              ? 'active'
              : action === 'renew'
                ? 'active'
                : (EXPECTED[action].active ?? 'banned');
          expect(res.body.error, label).toContain(target);
          expect(res.body.details, label).toMatchObject({ action, from });
          expect(await types(l.id), label).toEqual(['license.created']);
          expect((await db.license.findUniqueOrThrow({ where: { id: l.id } })).status, label).toBe(from);
        }
      }
    }
  });

  it('shows in each status exactly the actions DOMAIN.md §3 allows (allowedActions, what the dashboard offers)', async () => {
    const { license, authorization, db } = await setup();
    for (const from of STATUSES) {
      const l = await license();
      await db.license.update({
        where: { id: l.id },
        data: { status: from, ...(from === 'expired' ? { expiresAt: new Date(Date.now() - DAY) } : {}) },
      });
      const res = await call(getLicenseRoute, 'GET', `/licenses/${l.id}`, { authorization });
      const expected = (Object.keys(ROUTES) as LicenseAction[]).filter((action) => EXPECTED[action][from]);
      expect(res.body.data.allowedActions, from).toEqual(expected);
    }
  });

  it('uses the lazily evaluated status and writes down the expiry first', async () => {
    const { license, authorization, db, types, policy } = await setup();
    const l = await license();
    await db.license.update({ where: { id: l.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const reinstate = await call(reinstateLicenseRoute, 'POST', `/licenses/${l.id}/reinstate`, {
      authorization,
    });
    expect(reinstate.status).toBe(409);
    expect(reinstate.body.error).toBe(
      'Cannot reinstate an expired license: only suspended licenses can become active (or expired)',
    );
    expect(await types(l.id)).toEqual(['license.created']);
    const suspended = await call(suspendLicenseRoute, 'POST', `/licenses/${l.id}/suspend`, { authorization });
    expect(suspended.body.data.status).toBe('suspended');
    expect(await types(l.id)).toEqual(['license.created', 'license.expired', 'license.suspended']);
    // reinstating after the expiry passed lands in expired
    const back = await call(reinstateLicenseRoute, 'POST', `/licenses/${l.id}/reinstate`, { authorization });
    expect(back.body.data.status).toBe('expired');

    const revokeStrategy = await policy({ expirationStrategy: 'REVOKE', durationDays: 10 });
    const r = await license({ policyId: revokeStrategy.id });
    await db.license.update({ where: { id: r.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(
      (await call(getLicenseRoute, 'GET', `/licenses/${r.id}`, { authorization })).body.data.status,
    ).toBe('revoked');
    const renew = await call(renewLicenseRoute, 'POST', `/licenses/${r.id}/renew`, { authorization });
    expect(renew.status).toBe(409);
    expect(renew.body.error).toContain('Cannot renew a revoked license');
    const ban = await call(banLicenseRoute, 'POST', `/licenses/${r.id}/ban`, { authorization });
    expect(ban.body.data.status).toBe('banned');
    expect(await types(r.id)).toEqual(['license.created', 'license.revoked', 'license.banned']);
  });

  it('renews with the documented arithmetic', async () => {
    const { license, authorization, db, types, policy } = await setup();
    const renew = (id: string, body?: unknown) =>
      call(renewLicenseRoute, 'POST', `/licenses/${id}/renew`, { authorization, ...(body ? { body } : {}) });

    // future expiry: extended from the expiry
    const future = await license();
    const start = new Date(future.expiresAt).getTime();
    const r1 = await renew(future.id);
    expect(r1.status).toBe(200);
    expect(new Date(r1.body.data.expiresAt).getTime()).toBe(start + 30 * DAY);
    expect(await types(future.id)).toEqual(['license.created', 'license.renewed']);

    // past expiry: extended from now
    const lapsed = await license();
    await db.license.update({
      where: { id: lapsed.id },
      data: { status: 'expired', expiresAt: new Date(Date.now() - 10 * DAY) },
    });
    const before = Date.now();
    const r2 = await renew(lapsed.id);
    expect(r2.body.data.status).toBe('active');
    const renewedAt = new Date(r2.body.data.expiresAt).getTime();
    expect(renewedAt).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(renewedAt).toBeLessThanOrEqual(Date.now() + 30 * DAY);

    // explicit future date wins; past date → 422 without an event
    const at = new Date(Date.now() + 400 * DAY).toISOString();
    expect((await renew(future.id, { expiresAt: at })).body.data.expiresAt).toBe(at);
    const past = await renew(future.id, { expiresAt: new Date(Date.now() - DAY).toISOString() });
    expect(past.status).toBe(422);
    expect(past.body.error).toContain('future');
    expect((await renew(future.id, { expiresAt: 'later' })).status).toBe(400);
    expect((await renew(future.id, { extendBy: 3 })).status).toBe(400);

    // no duration and no date → 422; a date works
    const perpetual = await license({ policyId: (await policy()).id });
    const neither = await renew(perpetual.id);
    expect(neither.status).toBe(422);
    expect(neither.body.error).toContain('durationDays');
    expect((await renew(perpetual.id, { expiresAt: at })).body.data.expiresAt).toBe(at);
    expect(await types(perpetual.id)).toEqual(['license.created', 'license.renewed']);

    const now = new Date('2026-01-01T00:00:00.000Z');
    expect(renewedExpiry(null, 2, undefined, now).toISOString()).toBe('2026-01-03T00:00:00.000Z');
    expect(renewedExpiry(new Date('2026-02-01T00:00:00.000Z'), 2, undefined, now).toISOString()).toBe(
      '2026-02-03T00:00:00.000Z',
    );
    expect(renewedExpiry(new Date('2025-02-01T00:00:00.000Z'), 2, undefined, now).toISOString()).toBe(
      '2026-01-03T00:00:00.000Z',
    );
  });

  it('serialises concurrent transitions on one license', async () => {
    const { license, authorization, types } = await setup();
    const l = await license();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(banLicenseRoute, 'POST', `/licenses/${l.id}/ban`, { authorization }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(await types(l.id)).toEqual(['license.created', 'license.banned']);
  });
});
