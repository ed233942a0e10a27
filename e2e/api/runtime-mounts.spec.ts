// The runtime endpoints through both mounts of the production server: the fast path (RUNTIME_FAST_PATH on, the
// main e2e server) and Next's router (a second server with RUNTIME_FAST_PATH=false, playwright.config.ts). The same
// scenario runs against each, with its own vendor created over HTTP; the normalised answers must be identical.
import { expect, test } from '@playwright/test';
import type { PublicKeyInput } from '@/sdk/index.ts';
import {
  runtimeScenario,
  SCENARIO_SIGNED,
  SCENARIO_STATUSES,
  type Mount,
  type ScenarioSetup,
} from '../../tests/rest/runtime-scenario.ts';
import { rawRequest, signUpVendor, cookieHeader } from './http.ts';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A vendor on `baseURL` with a product and a policy that allows transfers and offline use, and its keys. */
async function vendorSetup(baseURL: string, tag: string): Promise<ScenarioSetup> {
  const session = new Map<string, string>();
  await signUpVendor(baseURL, session, `Mounts ${tag} ${unique}`);
  const created = await rawRequest(baseURL, {
    method: 'POST',
    path: '/api/trpc/apiKeys.create',
    headers: { cookie: cookieHeader(session), 'content-type': 'application/json' },
    body: JSON.stringify({ json: { environment: 'live', name: 'mounts' } }),
  });
  expect(created.status, created.text).toBe(200);
  const apiKey = (JSON.parse(created.text) as { result: { data: { json: { key: string } } } }).result.data
    .json.key;
  const rest = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await rawRequest(baseURL, {
      method,
      path: `/api/v1${path}`,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    expect(answer.status, `${method} ${path}: ${answer.text}`).toBeLessThan(300);
    return (JSON.parse(answer.text) as { data: T }).data;
  };
  const product = await rest<{ id: string }>('POST', '/products', {
    name: 'Mounts',
    code: `mounts-${tag}-${unique}`,
    keyPrefix: 'MNT',
  });
  const policy = await rest<{ id: string }>('POST', '/policies', {
    productId: product.id,
    name: 'Runtime',
    maxMachines: 5,
    allowMachineTransfer: true,
    offlineAllowed: true,
  });
  const newLicense = () =>
    rest<{ id: string; key: string }>('POST', '/licenses', { productId: product.id, policyId: policy.id });
  return {
    newLicense,
    otherLicenseId: (await newLicense()).id,
    keys: await rest<PublicKeyInput[]>('GET', '/signing-keys'),
  };
}

const mount =
  (baseURL: string): Mount =>
  async (request) => {
    const answer = await rawRequest(baseURL, request);
    return { status: answer.status, headers: answer.rawHeaders as Record<string, string>, text: answer.text };
  };

test('the runtime endpoints answer alike with the fast path on and off', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const nextOnly = `http://127.0.0.1:${process.env.E2E_NEXT_ONLY_PORT}`;
  const fast = await runtimeScenario(mount(baseURL ?? ''), await vendorSetup(baseURL ?? '', 'fast'));
  const routed = await runtimeScenario(mount(nextOnly), await vendorSetup(nextOnly, 'next'));
  expect(fast).toEqual(routed);
  // and each server really took its own mount: Next adds its router's Vary header, the fast path does not
  const probe = { method: 'POST', path: '/api/v1/licenses/validate-key', body: '{}' };
  expect((await rawRequest(baseURL ?? '', probe)).rawHeaders.vary).toBeUndefined();
  expect((await rawRequest(nextOnly, probe)).rawHeaders.vary).toContain('rsc');
  expect(fast.map((a) => (a as { status: number }).status)).toEqual(SCENARIO_STATUSES);
  expect(fast.map((a) => (a as { signed: boolean | null }).signed)).toEqual(SCENARIO_SIGNED);
});
