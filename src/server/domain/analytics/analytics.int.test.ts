// Analytics numbers (DOMAIN.md §8) from the domain function and GET /api/v1/analytics with scopes.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomString } from '@/lib/crypto.ts';
import { createTestAccount, testContext, testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { banLicense, revokeLicense, suspendLicense } from '@/server/domain/licenses/license-lifecycle.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import { getAnalyticsRoute } from '@/server/rest/endpoints/analytics.ts';
import { getAnalytics, rangeStart } from './analytics.ts';

let db: Db;
const rand = () => randomString(8, 'abcdefghijklmnopqrstuvwxyz');
const DAY = 86_400_000;

async function seed(ctx: DomainContext) {
  const product = await createProduct(ctx, { name: 'App', code: `app-${rand()}` });
  const other = await createProduct(ctx, { name: 'Other', code: `other-${rand()}` });
  const policy = await createPolicy(ctx, { productId: product.id, name: 'Desktop', template: 'desktop_app' });
  const otherPolicy = await createPolicy(ctx, {
    productId: other.id,
    name: 'Desktop',
    template: 'desktop_app',
  });
  const make = () => createLicense(ctx, { productId: product.id, policyId: policy.id });
  const [l1, l2, l3, l4, l5] = await Promise.all([make(), make(), make(), make(), make()]);
  await suspendLicense(ctx, l2.id);
  await revokeLicense(ctx, l3.id);
  await banLicense(ctx, l4.id);
  // an active license whose expiry passed before the expiry job ran counts as expired
  const lapsed = await createLicense(ctx, {
    productId: product.id,
    policyId: policy.id,
    expiresAt: new Date(Date.now() - DAY).toISOString(),
  });
  await db.license.update({ where: { id: lapsed.id }, data: { status: 'active' } });
  await createLicense(ctx, { productId: other.id, policyId: otherPolicy.id });

  const asLicense = (id: string): DomainContext => ({ ...ctx, actor: { type: 'license', id } });
  const m1 = await activateMachine(asLicense(l1.id), { fingerprint: `fp-${rand()}-aaaa` });
  await activateMachine(asLicense(l5.id), { fingerprint: `fp-${rand()}-bbbb` });
  await db.machine.update({ where: { id: m1.machine.id }, data: { deadAt: new Date() } });

  const now = new Date();
  const today = rangeStart(1, now);
  await db.dailyUsage.deleteMany({ where: { accountId: ctx.accountId } });
  await db.dailyUsage.createMany({
    data: [
      {
        accountId: ctx.accountId,
        environment: ctx.environment,
        productId: product.id,
        day: today,
        validationsSuccessful: 5,
        validationsFailed: 2,
        activations: 2,
      },
      {
        accountId: ctx.accountId,
        environment: ctx.environment,
        productId: product.id,
        day: new Date(today.getTime() - 2 * DAY),
        validationsSuccessful: 3,
        validationsFailed: 0,
        activations: 1,
      },
      {
        accountId: ctx.accountId,
        environment: ctx.environment,
        productId: other.id,
        day: today,
        validationsSuccessful: 10,
        validationsFailed: 1,
        activations: 4,
      },
      // outside a 7-day range
      {
        accountId: ctx.accountId,
        environment: ctx.environment,
        productId: product.id,
        day: new Date(today.getTime() - 20 * DAY),
        validationsSuccessful: 100,
        validationsFailed: 100,
        activations: 100,
      },
      // the other environment
      {
        accountId: ctx.accountId,
        environment: ctx.environment === 'test' ? 'live' : 'test',
        productId: product.id,
        day: today,
        validationsSuccessful: 50,
        validationsFailed: 50,
        activations: 50,
      },
    ],
  });
  return { product, other };
}

let ctx: DomainContext;
let seeded: Awaited<ReturnType<typeof seed>>;

beforeAll(async () => {
  db = await testDb();
  ctx = testContext(db, await createTestAccount(db));
  seeded = await seed(ctx);
});

describe('getAnalytics', () => {
  it('counts licenses by (effective) status and machines active/dead', async () => {
    const a = await getAnalytics(ctx, { days: 7 });
    expect(a.licenses).toEqual({ total: 7, active: 3, expired: 1, suspended: 1, revoked: 1, banned: 1 });
    expect(a.machines).toEqual({ total: 2, active: 1, dead: 1 });
  });

  it('trends are zero-filled, oldest first, one entry per day, summed over products', async () => {
    const a = await getAnalytics(ctx, { days: 7 });
    expect(a.activations.trend).toHaveLength(7);
    expect(a.validations.trend).toHaveLength(7);
    const dates = a.activations.trend.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[6]).toBe(new Date().toISOString().slice(0, 10));
    expect(a.activations.trend[6]?.count).toBe(6);
    expect(a.activations.trend[4]?.count).toBe(1);
    expect(a.activations.trend[5]?.count).toBe(0);
    expect(a.validations).toMatchObject({ total: 21, successful: 18, failed: 3 });
    expect(a.validations.trend[6]).toMatchObject({ successful: 15, failed: 3 });
  });

  it('filters by product; a foreign product is NOT_FOUND', async () => {
    const a = await getAnalytics(ctx, { days: 30, productId: seeded.other.id });
    expect(a.licenses.total).toBe(1);
    expect(a.machines.total).toBe(0);
    expect(a.validations).toMatchObject({ successful: 10, failed: 1 });
    const stranger = testContext(db, await createTestAccount(db));
    await expect(getAnalytics(stranger, { productId: seeded.product.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await getAnalytics(stranger, { days: 90 })).licenses.total).toBe(0);
  });

  it('a 30-day range includes the older day', async () => {
    const a = await getAnalytics(ctx, { days: 30, productId: seeded.product.id });
    expect(a.activations.trend).toHaveLength(30);
    expect(a.validations).toMatchObject({ successful: 108, failed: 102 });
  });
});

describe('GET /api/v1/analytics', () => {
  const get = (key: string, query = '') =>
    getAnalyticsRoute(
      new Request(`http://localhost/api/v1/analytics${query}`, {
        headers: { authorization: `Bearer ${key}` },
      }),
    );

  it('answers the same numbers with analytics:read', async () => {
    const { key } = await createApiKey(
      { db, accountId: ctx.accountId },
      {
        environment: ctx.environment,
        scopes: ['analytics:read'],
      },
    );
    const response = await get(key, '?days=7');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Awaited<ReturnType<typeof getAnalytics>> };
    expect(body.data).toEqual(await getAnalytics(ctx, { days: 7 }));
  });

  it('403 without the scope, 400 for days out of range', async () => {
    const { key } = await createApiKey(
      { db, accountId: ctx.accountId },
      {
        environment: ctx.environment,
        scopes: ['licenses:read'],
      },
    );
    expect((await get(key)).status).toBe(403);
    const full = await createApiKey(
      { db, accountId: ctx.accountId },
      { environment: ctx.environment, scopes: [] },
    );
    expect((await get(full.key, '?days=91')).status).toBe(400);
    expect((await get(full.key, '?days=0')).status).toBe(400);
  });
});
