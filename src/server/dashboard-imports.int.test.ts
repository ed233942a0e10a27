// The wizard's upload (POST /api/dashboard/imports) and the tRPC imports router: same-origin only, signed in,
// developers and up; a CSV (or Keygen JSON) answers 202 with the running import, which tRPC then follows to its
// report in the account and environment of the cookies; the mapping detection the wizard shows.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomString } from '@/lib/crypto.ts';
import { testDb } from '../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import type { Role } from '@/generated/prisma/enums.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { ACCOUNT_COOKIE, ENVIRONMENT_COOKIE } from '@/lib/cookies.ts';
import { createCallerFactory } from '@/server/trpc/init.ts';
import { appRouter } from '@/server/trpc/routers/index.ts';
import { settleBackgroundImports } from '@/server/domain/imports/background-import.ts';
import { handleDashboardImport } from './dashboard-imports.ts';

const rand = () => randomString(10, 'abcdefghijklmnopqrstuvwxyz0123456789');
const createCaller = createCallerFactory(appRouter);
let db: Db;
let accountId: string;
const users = {} as Record<Role, string>;

beforeAll(async () => {
  db = await testDb();
  const owner = await createAccount(
    { db },
    {
      name: `Team ${rand()}`,
      ownerEmail: `owner-${rand()}@example.com`,
      ownerPassword: 'correct horse battery',
    },
  );
  accountId = owner.account.id;
  users.owner = owner.owner.id;
  for (const role of ['admin', 'developer', 'viewer'] as const) {
    const user = await db.user.create({ data: { email: `${role}-${rand()}@example.com` } });
    await db.membership.create({ data: { accountId, userId: user.id, role } });
    users[role] = user.id;
  }
  const product = await db.product.create({
    data: { accountId, environment: 'test', name: 'Desk', code: 'desk', keyPrefix: 'DSK' },
  });
  await db.policy.create({
    data: { accountId, environment: 'test', productId: product.id, name: 'Pro', maxMachines: 2 },
  });
});

function upload(
  userId: string | null,
  body: string,
  options: { type?: string; origin?: string; query?: string } = {},
) {
  return handleDashboardImport(
    new Request(`http://localhost/api/dashboard/imports${options.query ?? ''}`, {
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'text/csv',
        origin: options.origin ?? 'http://localhost',
        host: 'localhost',
        cookie: `${ACCOUNT_COOKIE}=${accountId}; ${ENVIRONMENT_COOKIE}=test`,
      },
      body,
    }),
    () => Promise.resolve(userId),
  );
}

const caller = (userId: string) =>
  createCaller({
    db,
    user: { id: userId, email: 'x@example.com', name: null },
    accountId,
    environment: 'test',
    ip: '10.0.0.1',
  });

describe('POST /api/dashboard/imports', () => {
  it('a developer uploads a CSV: 202, then tRPC follows the import to its report', async () => {
    const k = `DB-${rand().toUpperCase()}`;
    const csv = `Serial,Product,Plan,Mail\n${k}-1,desk,Pro,a@example.com\n${k}-2,desk,Nope,b@example.com\n`;
    const res = await upload(users.developer, csv, {
      query: `?dryRun=true&mapping=${encodeURIComponent(JSON.stringify({ Mail: 'userEmail' }))}`,
    });
    expect(res.status).toBe(202);
    const { data } = (await res.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe('running');
    await settleBackgroundImports();
    const job = await caller(users.developer).imports.get({ id: data.id });
    expect(job).toMatchObject({ status: 'completed', dryRun: true, processedRows: 2 });
    expect(job.report).toMatchObject({
      toCreate: 1,
      errorCount: 1,
      errors: [{ row: 3, column: 'Plan' }],
      mapping: { Serial: 'key', Product: 'product', Plan: 'policy', Mail: 'userEmail' },
    });
    expect(await db.license.count({ where: { accountId } })).toBe(0);
  });

  it('Keygen documents as JSON', async () => {
    const res = await upload(users.admin, JSON.stringify({ products: { data: [] } }), {
      type: 'application/json',
    });
    expect(res.status).toBe(202);
    await settleBackgroundImports();
    const { data } = (await res.json()) as { data: { id: string } };
    expect((await caller(users.admin).imports.get({ id: data.id })).format).toBe('keygen');
  });

  it('refuses viewers (403), the signed out (401), other sites (403) and other media types (415)', async () => {
    const csv = 'key,product,policy\n';
    expect((await upload(users.viewer, csv)).status).toBe(403);
    expect((await upload(null, csv)).status).toBe(401);
    const cross = await upload(users.owner, csv, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(((await cross.json()) as { code: string }).code).toBe('FORBIDDEN');
    expect((await upload(users.owner, csv, { type: 'text/plain' })).status).toBe(415);
    expect((await upload(users.owner, '{', { type: 'application/json' })).status).toBe(400);
  });
});

describe('tRPC imports', () => {
  it('detectMapping answers the detected targets and the fields', async () => {
    const result = await caller(users.viewer).imports.detectMapping({
      headers: ['License Key', 'User E-mail', 'metadata.crm', 'Whatever'],
    });
    expect(result.mapping).toEqual({
      'License Key': 'key',
      'User E-mail': 'userEmail',
      'metadata.crm': 'metadata.crm',
      Whatever: 'ignore',
    });
    expect(result.fields).toContain('fingerprints');
  });
});
