// Test helpers for calling REST route handlers directly: a tenant with a real API key, and a request builder.
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import type { Scope } from '@/server/auth/scopes.ts';
import type { Db } from '@/server/db.ts';
import { randomString } from '@/lib/crypto.ts';

export interface Tenant {
  accountId: string;
  liveKey: string;
  testKey: string;
}

/** A new account with one live and one test API key (full access unless scopes are given). */
export async function createTenant(db: Db, scopes: Scope[] = []): Promise<Tenant> {
  const suffix = randomString(10, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const { account } = await createAccount(
    { db },
    {
      name: `Vendor ${suffix}`,
      ownerEmail: `owner-${suffix}@example.test`,
      ownerPassword: 'correct horse battery',
    },
  );
  const live = await createApiKey({ db, accountId: account.id }, { environment: 'live', scopes });
  const test = await createApiKey({ db, accountId: account.id }, { environment: 'test', scopes });
  return { accountId: account.id, liveKey: live.key, testKey: test.key };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests inspect arbitrary JSON answers
type AnyJson = any;

export interface CallOptions {
  body?: unknown;
  /** Full Authorization header value, e.g. `Bearer lk_…` or `License …`. */
  authorization?: string;
  headers?: Record<string, string>;
}

/** Calls a route handler like Next would, and parses the JSON answer. */
export async function call(
  handler: (request: Request) => Promise<Response>,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: AnyJson; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.authorization) headers.authorization = options.authorization;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await handler(new Request(`http://localhost/api/v1${path}`, { method, headers, body }));
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    headers: response.headers,
  };
}

export const bearer = (key: string): string => `Bearer ${key}`;
