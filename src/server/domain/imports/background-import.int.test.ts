// Background imports through POST /imports: `async=true`, `Prefer: respond-async` and large uploads answer 202 at
// once; the import runs in this process (spooled to a temporary file) and GET /imports/{id} follows it to the end.
import fs from 'node:fs';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import { createImportRoute, getImportRoute } from '@/server/rest/endpoints/imports.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { createPolicyRoute } from '@/server/rest/endpoints/policies.ts';
import { SYSTEM_ACTOR } from '@/server/context.ts';
import { createImportJob } from './import-jobs.ts';
import {
  failStaleImports,
  IMPORT_ASYNC_BYTES,
  MAX_RUNNING_IMPORTS,
  settleBackgroundImports,
  STALE_IMPORT_MS,
} from './background-import.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

async function setup() {
  const tenant = await createTenant(db);
  const auth = bearer(tenant.liveKey);
  const product = await call(createProductRoute, 'POST', '/products', {
    authorization: auth,
    body: { name: 'Desk', code: 'desk', keyPrefix: 'DSK' },
  });
  await call(createPolicyRoute, 'POST', '/policies', {
    authorization: auth,
    body: { productId: product.body.data.id, name: 'Pro', maxMachines: 2 },
  });
  return { ...tenant, auth };
}

const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();
const spools = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('licentric-import-')).length;

async function finished(auth: string, id: string) {
  await settleBackgroundImports();
  const got = await call(getImportRoute, 'GET', `/imports/${id}`, { authorization: auth });
  expect(got.status).toBe(200);
  return got.body.data;
}

describe('POST /imports in the background', () => {
  it('?async=true: 202 with the running import, then GET shows it completed with its report', async () => {
    const t = await setup();
    const prefix = unique();
    const csv = [
      'key,product,policy,email',
      ...Array.from({ length: 30 }, (_, i) => `BG-${prefix}-${i},desk,Pro,`),
    ];
    csv.push(`BG-${prefix}-bad,desk,Nope,`);
    const spooledBefore = spools();
    const res = await call(createImportRoute, 'POST', '/imports?async=true', {
      authorization: t.auth,
      body: csv.join('\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ status: 'running', format: 'csv', dryRun: false, report: null });
    const job = await finished(t.auth, res.body.data.id);
    expect(job).toMatchObject({ status: 'completed', processedRows: 31 });
    expect(job.report).toMatchObject({ created: 30, errorCount: 1 });
    expect(job.report.errors[0]).toMatchObject({ row: 32, column: 'policy' });
    expect(await db.license.count({ where: { accountId: t.accountId } })).toBe(30);
    expect(spools()).toBe(spooledBefore); // the spooled file is removed
  });

  it('Prefer: respond-async with a JSON body (a Keygen-less CSV) and a dry run', async () => {
    const t = await setup();
    const res = await call(createImportRoute, 'POST', '/imports', {
      authorization: t.auth,
      headers: { prefer: 'respond-async' },
      body: { csv: `key,product,policy\nPR-${unique()}-1,desk,Pro\n`, dryRun: true },
    });
    expect(res.status).toBe(202);
    const job = await finished(t.auth, res.body.data.id);
    expect(job).toMatchObject({ status: 'completed', dryRun: true });
    expect(job.report).toMatchObject({ toCreate: 1, created: 0 });
  });

  it('a text/csv upload over the threshold runs in the background; a broken file fails the job', async () => {
    const t = await setup();
    const filler = `# ${'x'.repeat(1000)}`;
    const lines = ['key,product,policy,metadata.note'];
    let size = lines[0]?.length ?? 0;
    for (let i = 0; size <= IMPORT_ASYNC_BYTES; i++) {
      const line = `BIG-${i}-${unique()},desk,Pro,${filler}`;
      lines.push(line);
      size += line.length + 1;
    }
    const body = `${lines.join('\n')}\n"unclosed`;
    const res = await call(createImportRoute, 'POST', '/imports?dryRun=true', {
      authorization: t.auth,
      body,
      headers: { 'content-type': 'text/csv', 'content-length': String(Buffer.byteLength(body)) },
    });
    expect(res.status).toBe(202);
    const job = await finished(t.auth, res.body.data.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/Unclosed quoted field/);
  });

  it('small uploads stay synchronous (201)', async () => {
    const t = await setup();
    const res = await call(createImportRoute, 'POST', '/imports', {
      authorization: t.auth,
      body: `key,product,policy\nSY-${unique()}-1,desk,Pro\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('completed');
  });

  it('the sweep fails imports whose process stopped, and only those', async () => {
    const t = await setup();
    const stale = await db.importJob.create({
      data: {
        accountId: t.accountId,
        environment: 'live',
        format: 'csv',
        dryRun: false,
        actorType: 'import',
      },
    });
    const fresh = await db.importJob.create({
      data: {
        accountId: t.accountId,
        environment: 'live',
        format: 'csv',
        dryRun: false,
        actorType: 'import',
      },
    });
    // the clock is real (other tests' imports run alongside): the stale row is made old instead
    const longAgo = new Date(Date.now() - STALE_IMPORT_MS - 60_000);
    await db.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = ${longAgo} WHERE id = ${stale.id}::uuid`;
    expect(await failStaleImports(db, new Date())).toBeGreaterThanOrEqual(1);
    const [a, b] = await Promise.all([
      db.importJob.findUniqueOrThrow({ where: { id: stale.id } }),
      db.importJob.findUniqueOrThrow({ where: { id: fresh.id } }),
    ]);
    expect(a).toMatchObject({ status: 'failed' });
    expect(a.error).toMatch(/interrupted/);
    expect(b.status).toBe('running');
  });
  it('an account with MAX_RUNNING_IMPORTS imports running gets a 409 before its upload is read; others are not held', async () => {
    const t = await setup();
    const other = await setup();
    const ctx = { db, accountId: t.accountId, environment: 'live' as const, actor: SYSTEM_ACTOR };
    const held = [];
    for (let i = 0; i < MAX_RUNNING_IMPORTS; i++) held.push(await createImportJob(ctx, 'csv', false));
    const spooledBefore = spools();
    const csv = `key,product,policy\nCAP-${unique()},desk,Pro`;
    const refused = await call(createImportRoute, 'POST', '/imports?async=true', {
      authorization: t.auth,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONFLICT');
    expect(spools()).toBe(spooledBefore);
    // another account is not held up by this one's imports
    const accepted = await call(createImportRoute, 'POST', '/imports?async=true', {
      authorization: other.auth,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(accepted.status).toBe(202);
    await finished(other.auth, accepted.body.data.id);
    // once one finishes, the account may start again
    await db.importJob.update({ where: { id: held[0]!.id }, data: { status: 'completed' } });
    const again = await call(createImportRoute, 'POST', '/imports?async=true', {
      authorization: t.auth,
      body: `key,product,policy\nCAP-${unique()},desk,Pro`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(again.status).toBe(202);
    await finished(t.auth, again.body.data.id);
    await db.importJob.updateMany({
      where: { id: { in: held.map((job) => job.id) } },
      data: { status: 'completed' },
    });
  });
});
