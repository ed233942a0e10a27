// 401 matrix over every authenticated route: missing header, unknown, revoked, expired and malformed API keys,
// an unsupported scheme and (where License auth is accepted) an unknown license key — always UNAUTHORIZED
// with WWW-Authenticate, before any parameter or body is looked at. Which schemes a route accepts comes from
// API.md (tests/rest/contract.ts), not from the route definitions under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteHandler } from '@/server/rest/route.ts';
import { expectedAccess } from './contract.ts';
import {
  Tenant,
  allRoutes,
  buildRequest,
  countCase,
  describeResponse,
  disableRateLimits,
  dummySpec,
  reportCases,
  routeKey,
  send,
  unknownApiKey,
} from './fixtures.ts';

const authOf = (route: RouteHandler) => expectedAccess(routeKey(route)).auth;
const routes = allRoutes().filter((route) => !authOf(route).includes('none'));
let tenant: Tenant;
let revoked: string;
let expired: string;
let licenseKey: string;

beforeAll(async () => {
  await disableRateLimits();
  tenant = await Tenant.create('test');
  revoked = await tenant.revokedKey();
  expired = await tenant.expiredKey();
  licenseKey = (await tenant.license()).key;
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
  // a working license key of the same tenant opens only the routes API.md gives License auth
  [
    'valid license key on a route without License auth',
    () => `License ${licenseKey}`,
    (auth) => !auth.includes('license'),
  ],
];

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  for (const [name, authorization, applies] of CASES) {
    it.runIf(applies(authOf(route)))(`answers 401 UNAUTHORIZED for ${name}`, async () => {
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
