// Test fixtures of the licensing runtime (used by the *.int.test.ts files of machines, validation and jobs):
// an account with a product, a policy and a license made through the domain functions, API keys, and
// helpers that call the REST handlers directly with `new Request(…)`.
import { encrypt, randomString } from '@/lib/crypto.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { masterKey } from '@/server/secrets.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Db } from '@/server/db.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { createLicense, LICENSE_KEY_AAD, type LicenseView } from '@/server/domain/licenses/licenses.ts';
import type { Scope } from '@/server/auth/scopes.ts';
import { createTestAccount, testContext } from '../../../../tests/helpers.ts';

type PolicyInput = Omit<Parameters<typeof createPolicy>[1], 'productId' | 'name'> & { name?: string };
type LicenseInput = Omit<Parameters<typeof createLicense>[1], 'productId' | 'policyId'>;

export interface RuntimeFixture {
  db: Db;
  ctx: DomainContext;
  accountId: string;
  productId: string;
  productCode: string;
  policyId: string;
  license: LicenseView;
  /** Another license on the same policy. */
  addLicense: (input?: LicenseInput) => Promise<LicenseView>;
  /** A license on a new policy of the same product. */
  addPolicyLicense: (policy: PolicyInput, input?: LicenseInput) => Promise<LicenseView>;
  apiKey: (scopes?: Scope[]) => Promise<string>;
}

export async function setupRuntime(
  db: Db,
  policy: PolicyInput = {},
  license: LicenseInput = {},
): Promise<RuntimeFixture> {
  const account = await createTestAccount(db);
  const ctx = testContext(db, account);
  const code = `app-${randomString(8, 'abcdefghijklmnopqrstuvwxyz')}`;
  const product = await createProduct(ctx, { name: 'App', code, keyPrefix: 'APP' });
  const newPolicy = (input: PolicyInput) =>
    createPolicy(ctx, {
      maxMachines: 3,
      requireFingerprint: true,
      ...input,
      name: input.name ?? 'Policy',
      productId: product.id,
    });
  const created = await newPolicy(policy);
  const addLicense = (input: LicenseInput = {}) =>
    createLicense(ctx, { ...input, productId: product.id, policyId: created.id });
  return {
    db,
    ctx,
    accountId: account.id,
    productId: product.id,
    productCode: code,
    policyId: created.id,
    license: await addLicense(license),
    addLicense,
    addPolicyLicense: async (input, licenseInput = {}) => {
      const other = await newPolicy(input);
      return createLicense(ctx, { ...licenseInput, productId: product.id, policyId: other.id });
    },
    apiKey: async (scopes = []) => (await createApiKey(db, account.id, { environment: 'test', scopes })).key,
  };
}

/**
 * Many plain licenses on the fixture's policy at once (one insert per 1,000; no events): for load tests that need
 * thousands of keys, where creating each through createLicense would take minutes.
 */
export async function createLicensesInBulk(
  f: RuntimeFixture,
  count: number,
): Promise<Array<{ id: string; key: string }>> {
  const licenses = Array.from({ length: count }, () => ({
    id: crypto.randomUUID(),
    key: generateLicenseKey('APP'),
  }));
  for (let i = 0; i < licenses.length; i += 1000) {
    await f.db.license.createMany({
      data: licenses.slice(i, i + 1000).map(({ id, key }) => ({
        id,
        accountId: f.accountId,
        environment: f.ctx.environment,
        productId: f.productId,
        policyId: f.policyId,
        keyHash: hashLicenseKey(key),
        keyEncrypted: encrypt(key, masterKey(), LICENSE_KEY_AAD),
      })),
    });
  }
  return licenses;
}

const BASE = 'http://localhost/api/v1';

export function jsonRequest(method: string, path: string, body?: unknown, authorization?: string): Request {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (authorization) headers.authorization = authorization;
  return new Request(`${BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
}

export async function call(
  handler: (request: Request) => Promise<Response>,
  method: string,
  path: string,
  body?: unknown,
  authorization?: string,
): Promise<{
  status: number;
  body: { data?: unknown; code?: string; error?: string; [key: string]: unknown };
}> {
  const response = await handler(jsonRequest(method, path, body, authorization));
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { data?: unknown }) : {} };
}
