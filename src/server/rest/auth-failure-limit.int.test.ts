// Failed authentications are budgeted per client IP: made-up keys cannot each get a fresh management bucket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/helpers.ts';
import { bearer, call, createTenant, type Tenant } from '../../../tests/api.ts';
import { listProductsRoute } from '@/server/rest/endpoints/products.ts';
import { resetEnvForTests } from '@/env.ts';
import { resetRateLimitsForTests } from '@/server/shared/rate-limit.ts';
import { generateApiKey } from '@/server/domain/api-keys/api-keys.ts';

let tenant: Tenant;
const previous = process.env.RATE_LIMIT_MANAGEMENT_PER_MIN;

beforeAll(async () => {
  tenant = await createTenant(await testDb());
  process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = '3';
  resetEnvForTests();
  resetRateLimitsForTests();
});

afterAll(() => {
  if (previous === undefined) delete process.env.RATE_LIMIT_MANAGEMENT_PER_MIN;
  else process.env.RATE_LIMIT_MANAGEMENT_PER_MIN = previous;
  resetEnvForTests();
  resetRateLimitsForTests();
});

describe('authentication failures', () => {
  it('blocks an IP after the budget of failed attempts, before checking the key', async () => {
    const from = (ip: string, key: string) =>
      call(listProductsRoute, 'GET', '/products', {
        authorization: bearer(key),
        headers: { 'x-licentric-client-ip': ip },
      });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7', generateApiKey('live'))).status).toBe(401);
    const blocked = await from('203.0.113.7', generateApiKey('live'));
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // even a valid key is not checked from that IP until the window passes
    expect((await from('203.0.113.7', tenant.liveKey)).status).toBe(429);
    expect((await from('198.51.100.4', tenant.liveKey)).status).toBe(200);
  });
});
