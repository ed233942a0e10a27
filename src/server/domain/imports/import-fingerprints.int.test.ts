// Imported machines follow the policy's fingerprint uniqueness like activation does: a fingerprint already active
// on another license (in the policy, product or account, as the policy says) or earlier in the same file makes the
// row an error, in a dry run too; per-license policies allow the same fingerprint on several licenses.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import { createImportRoute } from '@/server/rest/endpoints/imports.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { createPolicyRoute } from '@/server/rest/endpoints/policies.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();

async function setup() {
  const tenant = await createTenant(db);
  const auth = bearer(tenant.liveKey);
  const product = await call(createProductRoute, 'POST', '/products', {
    authorization: auth,
    body: { name: 'Desk', code: 'desk', keyPrefix: 'DSK' },
  });
  for (const [name, fingerprintUniqueness] of [
    ['Own', 'PER_LICENSE'],
    ['Account', 'PER_ACCOUNT'],
    ['Policy', 'PER_POLICY'],
  ] as const) {
    const res = await call(createPolicyRoute, 'POST', '/policies', {
      authorization: auth,
      body: { productId: product.body.data.id, name, maxMachines: 3, fingerprintUniqueness },
    });
    expect(res.status).toBe(201);
  }
  return { ...tenant, auth };
}

function postCsv(auth: string, csv: string, query = '') {
  return call(createImportRoute, 'POST', `/imports${query}`, {
    authorization: auth,
    body: csv,
    headers: { 'content-type': 'text/csv' },
  });
}

describe('imported fingerprints and the policy uniqueness', () => {
  it('within one file, and against machines already imported; dry run and real run agree', async () => {
    const t = await setup();
    const k = unique();
    const csv = [
      'key,product,policy,fingerprints',
      `${k}-1,desk,Own,fp-shared-${k}`,
      `${k}-2,desk,Own,fp-shared-${k}`, // per license: allowed
      `${k}-3,desk,Account,fp-shared-${k}`, // per account: taken by rows 2 and 3
      `${k}-4,desk,Policy,fp-policy-${k}`,
      `${k}-5,desk,Policy,fp-other-${k};fp-policy-${k}`, // per policy: taken by row 5
      `${k}-6,desk,Account,fp-own-${k}`,
    ].join('\n');
    const dry = await postCsv(t.auth, csv, '?dryRun=true');
    expect(dry.status).toBe(201);
    expect(dry.body.data.report).toMatchObject({ toCreate: 4, errorCount: 2 });
    expect(dry.body.data.report.errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'fingerprints',
        message: expect.stringMatching(/fp-shared/),
      }),
      expect.objectContaining({
        row: 6,
        column: 'fingerprints',
        message: expect.stringMatching(/fp-policy/),
      }),
    ]);
    const real = await postCsv(t.auth, csv);
    expect(real.body.data.report).toMatchObject({ created: 4, errorCount: 2, machinesCreated: 4 });

    // a second file: fingerprints active in the database now
    const again = [
      'key,product,policy,fingerprints',
      `${k}-7,desk,Account,fp-own-${k}`,
      `${k}-8,desk,Policy,fp-policy-${k}`,
      `${k}-9,desk,Own,fp-own-${k}`,
      `${k}-10,desk,Account,fp-new-${k}`,
    ].join('\n');
    const second = await postCsv(t.auth, again);
    expect(second.body.data.report).toMatchObject({ created: 2, errorCount: 2 });
    expect(second.body.data.report.errors.map((e: { row: number }) => e.row)).toEqual([2, 3]);
    expect(await db.machine.count({ where: { accountId: t.accountId } })).toBe(6);
  });
});
