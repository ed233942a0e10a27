// The runtime fast path over real HTTP (a node:http server mounting fastRouteFor/serveFast the way server.ts does)
// against the same route files called the way Next calls them: which requests it takes, and that the two mounts
// answer alike — statuses, envelopes, headers, rate limits and response signatures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicKeyInput } from '@/sdk/index.ts';
import { getDb } from '@/server/db.ts';
import { listSigningKeysRoute } from '@/server/rest/endpoints/signing.ts';
import { setupRuntime, type RuntimeFixture } from '../../../tests/fixtures/runtime.ts';
import * as validateKeyFile from '../../../app/api/v1/licenses/validate-key/route.ts';
import * as machinesFile from '../../../app/api/v1/machines/route.ts';
import * as machineFile from '../../../app/api/v1/machines/[id]/route.ts';
import * as heartbeatFile from '../../../app/api/v1/machines/[id]/heartbeat/route.ts';
import * as checkoutFile from '../../../app/api/v1/licenses/[id]/checkout/route.ts';
import { fastRouteFor, serveFast } from './fast-path.ts';
import {
  runtimeScenario,
  SCENARIO_SIGNED,
  SCENARIO_STATUSES,
  type Mount,
  type ScenarioSetup,
  type Sent,
} from '../../../tests/rest/runtime-scenario.ts';

let server: http.Server;
let base = '';
let f: RuntimeFixture;
let keys: PublicKeyInput[];

beforeAll(async () => {
  f = await setupRuntime(await getDb(), {
    maxMachines: 5,
    requireFingerprint: false,
    offlineAllowed: true,
    allowMachineTransfer: true,
  });
  const apiKey = await f.apiKey();
  const listed = await listSigningKeysRoute(
    new Request('http://localhost/api/v1/signing-keys', { headers: { authorization: `Bearer ${apiKey}` } }),
  );
  keys = ((await listed.json()) as { data: PublicKeyInput[] }).data;
  server = http.createServer((req, res) => {
    req.headers['x-licentric-client-ip'] = req.socket.remoteAddress ?? 'unknown';
    const fast = fastRouteFor(req);
    if (fast) void serveFast(fast, req, res, base);
    else res.writeHead(599).end('to Next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const overHttp: Mount = async ({ method, path, headers = {}, body }) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    text: await response.text(),
  };
};

/** What Next does once it has routed: the route file's method handler with a Web Request. */
const routeFiles: Array<[RegExp, Record<string, (request: Request) => Response | Promise<Response>>]> = [
  [/^\/api\/v1\/licenses\/validate-key/, validateKeyFile],
  [/^\/api\/v1\/machines\/[^/]+\/heartbeat/, heartbeatFile],
  [/^\/api\/v1\/machines\/[^/?]+/, machineFile],
  [/^\/api\/v1\/machines/, machinesFile],
  [/^\/api\/v1\/licenses\/[^/]+\/checkout/, checkoutFile],
];
const throughRouteFile: Mount = async ({ method, path, headers = {}, body }) => {
  const file = routeFiles.find(([pattern]) => pattern.test(path))?.[1];
  const handler = file?.[method];
  if (!handler) throw new Error(`no route file for ${method} ${path}`);
  const response = await handler(
    new Request(`http://localhost${path}`, {
      method,
      headers: { ...headers, 'x-licentric-client-ip': '127.0.0.1' },
      ...(body !== undefined ? { body } : {}),
    }),
  );
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    text: await response.text(),
  };
};

describe('runtime fast path', () => {
  it('takes the runtime calls and leaves everything else to Next', async () => {
    const license = `License ${f.license.key}`;
    const id = f.license.id;
    const cases: Array<[Sent, boolean]> = [
      [{ method: 'POST', path: '/api/v1/licenses/validate-key', body: '{}' }, true],
      [{ method: 'POST', path: '/api/v1/licenses/validate-key?a=b', body: '{}' }, true],
      [{ method: 'POST', path: '/api/v1/machines', headers: { authorization: license } }, true],
      [
        { method: 'POST', path: `/api/v1/machines/${id}/heartbeat`, headers: { authorization: license } },
        true,
      ],
      [{ method: 'DELETE', path: `/api/v1/machines/${id}`, headers: { authorization: license } }, true],
      [
        { method: 'POST', path: `/api/v1/licenses/${id}/checkout`, headers: { authorization: license } },
        true,
      ],
      // API keys, other methods, trailing slashes, encoded or dotted segments and other paths: Next routes them
      [{ method: 'POST', path: '/api/v1/machines', headers: { authorization: 'Bearer lk_x' } }, false],
      [{ method: 'POST', path: '/api/v1/machines' }, false],
      [{ method: 'GET', path: '/api/v1/machines', headers: { authorization: license } }, false],
      [{ method: 'GET', path: '/api/v1/licenses/validate-key' }, false],
      [{ method: 'POST', path: '/api/v1/licenses/validate-key/', body: '{}' }, false],
      [{ method: 'POST', path: '/api/v1/licenses//validate-key', body: '{}' }, false],
      [{ method: 'DELETE', path: '/api/v1/machines/a%2Fb', headers: { authorization: license } }, false],
      [{ method: 'DELETE', path: '/api/v1/machines/..', headers: { authorization: license } }, false],
      [{ method: 'POST', path: '/api/v1/licenses', headers: { authorization: license } }, false],
      [{ method: 'POST', path: '/api/v1x/licenses/validate-key', body: '{}' }, false],
    ];
    for (const [request, fast] of cases) {
      const answer = await overHttp(request);
      expect(answer.status === 599, `${request.method} ${request.path}`).toBe(!fast);
    }
  });

  it('answers the runtime calls exactly like the route files Next serves', async () => {
    const setup: ScenarioSetup = { newLicense: () => f.addLicense(), otherLicenseId: f.license.id, keys };
    const fast = await runtimeScenario(overHttp, setup);
    const routed = await runtimeScenario(throughRouteFile, setup);
    expect(fast).toEqual(routed);
    // and the answers are what they should be: signed successes, enveloped refusals
    expect(fast.map((a) => (a as { status: number }).status)).toEqual(SCENARIO_STATUSES);
    expect(fast.map((a) => (a as { signed: boolean | null }).signed)).toEqual(SCENARIO_SIGNED);
  });

  it('counts the client address from the socket against the rate limits', async () => {
    const spoofed = await overHttp({
      method: 'POST',
      path: '/api/v1/licenses/validate-key',
      headers: { 'content-type': 'application/json', 'x-licentric-client-ip': '203.0.113.9' },
      body: JSON.stringify({ key: f.license.key }),
    });
    expect(spoofed.status).toBe(200);
    expect(spoofed.headers['x-ratelimit-limit']).toBeDefined();
    // the same budget as every other call from 127.0.0.1 in this file, not a fresh one for the spoofed address
    expect(Number(spoofed.headers['x-ratelimit-remaining'])).toBeLessThan(
      Number(spoofed.headers['x-ratelimit-limit']) - 3,
    );
  });
});
