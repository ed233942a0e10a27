// 401 matrix over every authenticated route: missing header, unknown, revoked, expired and malformed API keys,
// an unsupported scheme and (where License auth is accepted) an unknown license key — always UNAUTHORIZED
// with WWW-Authenticate, before any parameter or body is looked at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  dummySpec,
  isAuthenticated,
  reportCases,
  routeKey,
  send,
  unknownApiKey,
} from './fixtures.ts';

const routes = allRoutes().filter(isAuthenticated);
let tenant: Tenant;
let revoked: string;
let expired: string;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
  revoked = await tenant.revokedKey();
  expired = await tenant.expiredKey();
});
afterAll(() => reportCases('auth-matrix'));

const CASES: Array<[string, () => string | null, (auth: readonly string[]) => boolean]> = [
  ['no Authorization header', () => null, () => true],
  ['unknown API key', () => `Bearer ${unknownApiKey()}`, (auth) => auth.includes('apiKey')],
  ['revoked API key', () => `Bearer ${revoked}`, (auth) => auth.includes('apiKey')],
  ['expired API key', () => `Bearer ${expired}`, (auth) => auth.includes('apiKey')],
  ['malformed API key', () => 'Bearer lk_test_short!', (auth) => auth.includes('apiKey')],
  ['empty Bearer credential', () => 'Bearer', (auth) => auth.includes('apiKey')],
  ['unsupported scheme', () => 'Basic dXNlcjpwYXNzd29yZA==', () => true],
  ['unknown license key', () => 'License TST-AAAA-BBBB-CCCC-DDDD', (auth) => auth.includes('license')],
  [
    'API key sent with the License scheme',
    () => `License ${unknownApiKey()}`,
    (auth) => !auth.includes('license'),
  ],
];

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  for (const [name, authorization, applies] of CASES) {
    it.runIf(applies(route.definition.auth))(`answers 401 UNAUTHORIZED for ${name}`, async () => {
      // a body that would fail validation proves that authentication runs first
      const request = buildRequest(route, dummySpec(route), {
        authorization: authorization(),
        ...(route.definition.method === 'POST' || route.definition.method === 'PATCH'
          ? { rawBody: '{"unknownField": 1}' }
          : {}),
      });
      const sent = await send(route, request);
      countCase(route, `401 ${name}`);
      expect(sent.status, describeResponse(route, sent)).toBe(401);
      expect(sent.json?.code).toBe('UNAUTHORIZED');
      expect(sent.headers.get('www-authenticate')).toBeTruthy();
    });
  }
});
