// Rate limits (API.md §5) over every registered route: the limit-th request passes and the next is 429 with
// Retry-After, X-RateLimit-* and the exact message; validation/activation tiers key by client IP (X-Forwarded-For
// only behind a trusted proxy), management by credential; 0 turns a tier off; PostgreSQL and Redis stores share
// counts between instances.
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/env.ts';
import { resetRateLimitsForTests } from '@/server/shared/rate-limit.ts';
import type { RouteHandler } from '@/server/rest/route.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import {
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  disableRateLimits,
  dummySpec,
  reportCases,
  routeFor,
  routeKey,
  send,
  unknownApiKey,
  type Sent,
} from './fixtures.ts';

const routes = allRoutes();
let tenant: Tenant;

function setLimits(settings: Record<string, string | undefined>): void {
  const all = {
    RATE_LIMIT_VALIDATION_PER_MIN: '0',
    RATE_LIMIT_ACTIVATION_PER_MIN: '0',
    RATE_LIMIT_MANAGEMENT_PER_MIN: '0',
    RATE_LIMIT_STORE: 'memory',
    TRUST_PROXY: 'false',
    TRUST_PROXY_HOPS: undefined,
    REDIS_URL: undefined,
    ...settings,
  };
  for (const [name, value] of Object.entries(all)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
  resetRateLimitsForTests();
}

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
});
afterEach(() => setLimits({}));
afterAll(() => reportCases('rate-limit'));

const tierOf = (route: RouteHandler) => route.definition.rateLimit ?? 'management';
const ENV_OF = {
  validation: 'RATE_LIMIT_VALIDATION_PER_MIN',
  activation: 'RATE_LIMIT_ACTIVATION_PER_MIN',
  management: 'RATE_LIMIT_MANAGEMENT_PER_MIN',
} as const;

function expect429(sent: Sent, limit: number): void {
  expect(sent.status, sent.text).toBe(429);
  expect(sent.json?.code).toBe('RATE_LIMITED');
  const retryAfter = Number(sent.headers.get('retry-after'));
  expect(
    Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60,
    `Retry-After ${retryAfter}`,
  ).toBe(true);
  expect(sent.json?.error).toBe(`Rate limit exceeded. Retry after ${retryAfter} seconds.`);
  expect(sent.headers.get('x-ratelimit-limit')).toBe(String(limit));
  expect(sent.headers.get('x-ratelimit-remaining')).toBe('0');
  const reset = Number(sent.headers.get('x-ratelimit-reset'));
  expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
  expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 61);
}

/** Sends `count` requests; checks X-RateLimit-Remaining counts down; returns the last answer. */
async function burst(
  route: RouteHandler,
  count: number,
  limit: number,
  options: { authorization?: string | null; headers?: Record<string, string> },
) {
  let last: Sent | undefined;
  for (let i = 1; i <= count; i++) {
    last = await send(route, buildRequest(route, dummySpec(route), options));
    if (i <= limit) {
      expect(last.status, `request ${i} of ${limit}: ${last.text}`).not.toBe(429);
      expect(last.headers.get('x-ratelimit-limit')).toBe(String(limit));
      expect(last.headers.get('x-ratelimit-remaining')).toBe(String(limit - i));
    }
  }
  return last!;
}

// a fresh client address per call (random ones collided: two callers sharing a bucket made the test flaky)
// (the second octet differs per run: the postgres and redis stores keep counters between runs for a minute)
const run = Math.floor(Math.random() * 256);
let ipCounter = 0;
const ip = () => {
  ipCounter += 1;
  return `10.${run}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

describe.each(routes.map((route) => [`${routeKey(route)} (${tierOf(route)})`, route] as const))(
  '%s',
  (_name, route) => {
    const tier = tierOf(route);
    if (tier === 'management') {
      it('allows the limit per credential (however the header spells it), then 429; another credential passes', async () => {
        // a real credential of its own per route: the bucket is the authenticated API key or license
        const byApiKey = route.definition.auth.includes('apiKey');
        const secret = byApiKey
          ? (
              await createApiKey(
                { db: tenant.db, accountId: tenant.accountId },
                { environment: tenant.environment },
              )
            ).key
          : (await tenant.license()).key;
        const other = byApiKey
          ? (
              await createApiKey(
                { db: tenant.db, accountId: tenant.accountId },
                { environment: tenant.environment },
              )
            ).key
          : (await tenant.license()).key;
        const spellings = byApiKey
          ? [`Bearer ${secret}`, `bearer   ${secret}`, `BEARER ${secret}`, `Bearer\t${secret}`]
          : [
              `License ${secret}`,
              `license ${secret.toLowerCase()}`,
              `LICENSE   ${secret}`,
              `License ${secret}`,
            ];
        setLimits({ [ENV_OF.management]: '3' });
        const headers = { 'x-licentric-client-ip': ip() };
        let last: Sent | undefined;
        for (const [i, authorization] of spellings.entries()) {
          last = await send(route, buildRequest(route, dummySpec(route), { authorization, headers }));
          if (i < 3) {
            expect(last.status, `request ${i + 1}: ${last.text}`).not.toBe(429);
            expect(last.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
          }
        }
        expect429(last!, 3);
        const next = await send(
          route,
          buildRequest(route, dummySpec(route), {
            authorization: byApiKey ? `Bearer ${other}` : `License ${other}`,
            headers,
          }),
        );
        expect(next.status, 'another credential from the same address').not.toBe(429);
        countCase(route, 'management limit per credential');
      });
    } else if (tier === 'validation' || tier === 'activation') {
      it('allows the limit per client IP, then 429; X-Forwarded-For counts only behind a trusted proxy', async () => {
        setLimits({ [ENV_OF[tier]]: '2' });
        const socket = ip();
        // without TRUST_PROXY a changing X-Forwarded-For does not escape the socket address's bucket
        const last = await burst(route, 3, 2, {
          headers: { 'x-licentric-client-ip': socket, 'x-forwarded-for': randomUUID() },
        });
        expect429(last, 2);
        const spoofed = await send(
          route,
          buildRequest(route, dummySpec(route), {
            headers: { 'x-licentric-client-ip': socket, 'x-forwarded-for': ip() },
          }),
        );
        expect(spoofed.status).toBe(429);
        const otherIp = await send(
          route,
          buildRequest(route, dummySpec(route), { headers: { 'x-licentric-client-ip': ip() } }),
        );
        expect(otherIp.status).not.toBe(429);

        // behind one trusted proxy the client is the rightmost entry (the proxy appended it); the entries left of
        // it are written by the client and change nothing
        setLimits({ [ENV_OF[tier]]: '2', TRUST_PROXY: 'true' });
        const proxy = ip();
        const client = ip();
        let spoofedBurst: Sent | undefined;
        for (let i = 0; i < 3; i++) {
          spoofedBurst = await send(
            route,
            buildRequest(route, dummySpec(route), {
              headers: { 'x-licentric-client-ip': proxy, 'x-forwarded-for': `${ip()}, ${client}` },
            }),
          );
        }
        expect429(spoofedBurst!, 2);
        const nextClient = await send(
          route,
          buildRequest(route, dummySpec(route), {
            headers: { 'x-licentric-client-ip': proxy, 'x-forwarded-for': `${client}, ${ip()}` },
          }),
        );
        expect(nextClient.status, 'another client behind the same proxy').not.toBe(429);

        // two proxies: the client is the second entry from the right
        setLimits({ [ENV_OF[tier]]: '2', TRUST_PROXY: 'true', TRUST_PROXY_HOPS: '2' });
        const outer = ip();
        const behindTwo = ip();
        for (let i = 0; i < 2; i++) {
          await send(
            route,
            buildRequest(route, dummySpec(route), {
              headers: {
                'x-licentric-client-ip': proxy,
                'x-forwarded-for': `${ip()}, ${behindTwo}, ${outer}`,
              },
            }),
          );
        }
        const third = await send(
          route,
          buildRequest(route, dummySpec(route), {
            headers: { 'x-licentric-client-ip': proxy, 'x-forwarded-for': `${behindTwo}, ${outer}` },
          }),
        );
        expect429(third, 2);

        // IPv6: one /64 is one client (a subscriber chooses any address in it), the next /64 is another
        setLimits({ [ENV_OF[tier]]: '2' });
        const prefix = `2001:db8:${run.toString(16)}:${(ipCounter++).toString(16)}`;
        for (const host of ['::1', ':0:0:0:2']) {
          await send(
            route,
            buildRequest(route, dummySpec(route), {
              headers: { 'x-licentric-client-ip': `${prefix}${host}` },
            }),
          );
        }
        const sameSlash64 = await send(
          route,
          buildRequest(route, dummySpec(route), {
            headers: { 'x-licentric-client-ip': `${prefix}:ffff:ffff:ffff:ffff` },
          }),
        );
        expect429(sameSlash64, 2);
        const nextSlash64 = await send(
          route,
          buildRequest(route, dummySpec(route), {
            headers: {
              'x-licentric-client-ip': `2001:db8:${run.toString(16)}:${(ipCounter++).toString(16)}::1`,
            },
          }),
        );
        expect(nextSlash64.status, 'the next /64').not.toBe(429);
        countCase(route, `${tier} limit per IP`);
      });
    }

    it('is off with a limit of 0 (no 429, no X-RateLimit headers)', async () => {
      setLimits({ [ENV_OF[tier as keyof typeof ENV_OF]]: '0' });
      const authorization = `Bearer ${unknownApiKey()}`;
      for (let i = 0; i < 5; i++) {
        const sent = await send(
          route,
          buildRequest(route, dummySpec(route), {
            authorization,
            headers: { 'x-licentric-client-ip': '203.0.113.7' },
          }),
        );
        expect(sent.status).not.toBe(429);
        expect(sent.headers.get('x-ratelimit-limit')).toBeNull();
      }
      countCase(route, 'tier off with 0');
    });
  },
);

describe('the tiers of API.md §5', () => {
  it('validate-key is in the validation tier and machine activation in the activation tier', () => {
    const validate = routeFor('POST', '/licenses/validate-key');
    const activate = routeFor('POST', '/machines');
    if (validate) expect(validate.definition.rateLimit).toBe('validation');
    if (activate) expect(activate.definition.rateLimit).toBe('activation');
    for (const route of routes.filter((r) => r !== validate && r !== activate))
      expect(tierOf(route), routeKey(route)).toBe('management');
  });

  it('a real key: the limit-th request succeeds and the next is 429', async () => {
    setLimits({ RATE_LIMIT_MANAGEMENT_PER_MIN: '2' });
    const list = routeFor('GET', '/products')!;
    const authorization = `Bearer ${await tenant.apiKey(['products:read'])}`;
    const last = await burst(list, 3, 2, { authorization });
    expect429(last, 2);
  });
});

/** A new full-access key of the tenant: a bucket of its own (shared stores keep counters between runs). */
const freshKey = async () =>
  `Bearer ${(await createApiKey({ db: tenant.db, accountId: tenant.accountId }, { environment: tenant.environment })).key}`;

async function sharedStoreCheck(settings: Record<string, string>): Promise<void> {
  const authorization = await freshKey();
  const otherKey = await freshKey();
  setLimits({ RATE_LIMIT_MANAGEMENT_PER_MIN: '2', ...settings });
  const list = routeFor('GET', '/products')!;
  const headers = { 'x-licentric-client-ip': ip() };
  expect429(await burst(list, 3, 2, { authorization, headers }), 2);
  // another instance (fresh limiter objects) sees the same counts
  resetRateLimitsForTests();
  expect429(await send(list, buildRequest(list, {}, { authorization, headers })), 2);
  const other = await send(
    list,
    buildRequest(list, {}, { authorization: otherKey, headers: { 'x-licentric-client-ip': ip() } }),
  );
  expect(other.status).toBe(200);
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisUp = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(redisUrl);
  const socket = net.connect({ host: hostname, port: Number(port || 6379) });
  socket.setTimeout(500);
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => (socket.destroy(), resolve(false)));
});

describe('shared stores', () => {
  it.runIf(Boolean(process.env.DATABASE_URL))(
    'RATE_LIMIT_STORE=postgres shares counts between instances',
    async () => {
      await sharedStoreCheck({ RATE_LIMIT_STORE: 'postgres', DATABASE_URL: process.env.DATABASE_URL! });
      countCase('GET /products', 'postgres store');
    },
  );

  it.skipIf(!redisUp)('RATE_LIMIT_STORE=redis shares counts between instances', async () => {
    await sharedStoreCheck({ RATE_LIMIT_STORE: 'redis', REDIS_URL: redisUrl });
    countCase('GET /products', 'redis store');
  });

  it('an unreachable Redis degrades to per-instance limits instead of failing requests', async () => {
    const authorization = await freshKey();
    setLimits({
      RATE_LIMIT_MANAGEMENT_PER_MIN: '2',
      RATE_LIMIT_STORE: 'redis',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const list = routeFor('GET', '/products')!;
      expect429(await burst(list, 3, 2, { authorization }), 2);
    } finally {
      log.mockRestore();
    }
    countCase('GET /products', 'redis outage');
  });
});
