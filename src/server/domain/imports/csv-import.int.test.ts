// CSV imports through POST /imports (route handlers called directly, real database): every column, bad rows,
// dry runs that write nothing, re-runs, seats, validate-key on imported keys, webhooks suppression, isolation.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant, type Tenant } from '../../../../tests/api.ts';
import { testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import { createImportRoute, getImportRoute } from '@/server/rest/endpoints/imports.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { createPolicyRoute } from '@/server/rest/endpoints/policies.ts';
import { createEntitlementRoute } from '@/server/rest/endpoints/entitlements.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';
import { activateMachineRoute } from '@/server/rest/endpoints/machines.ts';
import { getLicenseRoute } from '@/server/rest/endpoints/licenses.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

/** A tenant with product `desk`, policy `Pro` (2 seats), policy `Locked` (not overridable) and entitlement `export`. */
async function setup(): Promise<Tenant & { policyId: string }> {
  const tenant = await createTenant(db);
  const auth = bearer(tenant.liveKey);
  const product = await call(createProductRoute, 'POST', '/products', {
    authorization: auth,
    body: { name: 'Desk', code: 'desk', keyPrefix: 'DSK' },
  });
  const policy = await call(createPolicyRoute, 'POST', '/policies', {
    authorization: auth,
    body: { productId: product.body.data.id, name: 'Pro', maxMachines: 2 },
  });
  await call(createPolicyRoute, 'POST', '/policies', {
    authorization: auth,
    body: { productId: product.body.data.id, name: 'Locked', maxMachines: 1, overridable: false },
  });
  await call(createEntitlementRoute, 'POST', '/entitlements', {
    authorization: auth,
    body: { code: 'export', name: 'Export' },
  });
  return { ...tenant, policyId: policy.body.data.id };
}

function postCsv(key: string, csv: string, query = '') {
  return call(createImportRoute, 'POST', `/imports${query}`, {
    authorization: bearer(key),
    body: csv,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}

async function counts(accountId: string) {
  const where = { accountId };
  return {
    licenses: await db.license.count({ where }),
    machines: await db.machine.count({ where }),
    events: await db.event.count({ where: { ...where, type: { startsWith: 'license.' } } }),
  };
}

const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();

describe('POST /imports (CSV)', () => {
  it('imports every column: dry run first (nothing written), then the real run; keys validate, machines take seats', async () => {
    const t = await setup();
    const [k1, k2] = [`OLD-${unique()}-ONE`, `OLD-${unique()}-TWO`];
    const csv = [
      'License Key,Product Code,Policy,Status,Name,User E-mail,User_Name,Expires At,Max Machines,Max Uses,Entitlements,Fingerprints,metadata.crmId,Metadata.Plan',
      `${k1},desk,Pro,active,Acme seat,Jane@Example.com,Jane Doe,2099-01-01T00:00:00Z,3,100,export,fp-aaaa-1111;fp-bbbb-2222,C-1,gold`,
      `${k2},desk,${t.policyId},suspended,,bob@example.com,"Bob, Jr.",2099-06-30,,,,,C-2,`,
      `,desk,Pro,,,,,,,,,,C-3,`,
    ].join('\r\n');

    const before = await counts(t.accountId);
    const dry = await postCsv(t.liveKey, csv, '?dryRun=true');
    expect(dry.status).toBe(201);
    expect(dry.body.data).toMatchObject({ dryRun: true, status: 'completed', format: 'csv' });
    expect(dry.body.data.report).toMatchObject({
      rows: 3,
      toCreate: 3,
      created: 0,
      errorCount: 0,
      skippedCount: 0,
    });
    expect(dry.body.data.report.mapping).toMatchObject({
      'License Key': 'key',
      'Product Code': 'product',
      'User E-mail': 'userEmail',
      User_Name: 'userName',
      'Expires At': 'expiresAt',
      'Max Machines': 'maxMachinesOverride',
      'metadata.crmId': 'metadata.crmId',
      'Metadata.Plan': 'metadata.Plan',
    });
    expect(await counts(t.accountId)).toEqual(before);

    const real = await postCsv(t.liveKey, csv);
    expect(real.status).toBe(201);
    const report = real.body.data.report;
    expect(report).toMatchObject({ rows: 3, toCreate: 3, created: 3, machinesCreated: 2, errorCount: 0 });
    expect(report.createdIds).toHaveLength(3);

    const first = await call(getLicenseRoute, 'GET', `/licenses/${report.createdIds[0]}`, {
      authorization: bearer(t.liveKey),
    });
    expect(first.body.data).toMatchObject({
      key: k1,
      name: 'Acme seat',
      status: 'active',
      userEmail: 'jane@example.com',
      userName: 'Jane Doe',
      expiresAt: '2099-01-01T00:00:00.000Z',
      maxMachines: 3,
      maxUses: 100,
      machineCount: 2,
      entitlements: ['export'],
      metadata: { crmId: 'C-1', Plan: 'gold' },
    });
    const second = await call(getLicenseRoute, 'GET', `/licenses/${report.createdIds[1]}`, {
      authorization: bearer(t.liveKey),
    });
    expect(second.body.data).toMatchObject({
      key: k2,
      status: 'suspended',
      userName: 'Bob, Jr.',
      expiresAt: '2099-06-30T00:00:00.000Z',
    });
    const third = await call(getLicenseRoute, 'GET', `/licenses/${report.createdIds[2]}`, {
      authorization: bearer(t.liveKey),
    });
    expect(third.body.data.key).toMatch(/^DSK-[A-Z2-9]{4}-/);

    // the imported key validates with an imported fingerprint
    const valid = await call(validateKeyRoute, 'POST', '/licenses/validate-key', {
      body: { key: k1, fingerprint: 'fp-aaaa-1111' },
    });
    expect(valid.body.data).toMatchObject({ valid: true, code: 'VALID' });
    // imported machines count against seats: a 3rd fits (override 3), a 4th does not
    const activate = (fp: string) =>
      call(activateMachineRoute, 'POST', '/machines', {
        authorization: `License ${k1}`,
        body: { fingerprint: fp },
      });
    expect((await activate('fp-cccc-3333')).status).toBe(201);
    const over = await activate('fp-dddd-4444');
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('MACHINE_LIMIT_EXCEEDED');

    // license.created with the actor `import`, delivered to webhooks by default
    const events = await db.event.findMany({ where: { accountId: t.accountId, type: 'license.created' } });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.actorType === 'import' && e.dispatchedAt === null)).toBe(true);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain(k1);

    // a re-run skips every row by key and writes nothing
    const again = await postCsv(t.liveKey, csv.split('\r\n').slice(0, 3).join('\n'));
    expect(again.body.data.report).toMatchObject({ rows: 2, toCreate: 0, created: 0, skippedCount: 2 });
    expect(again.body.data.report.skipped[0]).toMatchObject({ row: 2, licenseId: report.createdIds[0] });
    expect((await counts(t.accountId)).licenses).toBe(3);

    // the import can be read back, with its report
    const read = await call(getImportRoute, 'GET', `/imports/${real.body.data.id}`, {
      authorization: bearer(t.liveKey),
    });
    expect(read.body.data).toMatchObject({ id: real.body.data.id, status: 'completed', processedRows: 3 });
  });

  it('reports bad rows with row number, column and message, and imports the good ones', async () => {
    const t = await setup();
    const dup = `DUP-${unique()}-KEY`;
    const csv = [
      'key,product,policy,email,expires,name,max machines,fingerprints',
      `${dup},desk,Pro,a@example.com,,,,`, // 2 ok
      `BAD-${unique()}-POL,desk,Nope,,,,,`, // 3 unknown policy
      `BAD-${unique()}-EML,desk,Pro,not-an-email,,,,`, // 4 bad email
      `${dup},desk,Pro,,,,,`, // 5 duplicate key
      `BAD-${unique()}-DAT,desk,Pro,,31/12/2030,,,`, // 6 bad date
      `BAD-${unique()}-LNG,desk,Pro,,,${'x'.repeat(300)},,`, // 7 overlong
      `BAD-${unique()}-NUL,desk,Pro,,,a\u0000b,,`, // 8 NUL byte
      `BAD-${unique()}-PRD,nowhere,Pro,,,,,`, // 9 unknown product
      `BAD-${unique()}-OVR,desk,Locked,,,,2,`, // 10 override on a locked policy
      `BAD-${unique()}-SEA,desk,Pro,,,,,fp-1111-aaaa;fp-2222-bbbb;fp-3333-cccc`, // 11 over the seats
      `short,desk,Pro,,,,,`, // 12 key too short
      'a,b', // 13 too few cells: key too short, policy missing
    ].join('\n');
    const before = await counts(t.accountId);
    const dry = await postCsv(t.liveKey, csv, '?dryRun=true');
    expect(await counts(t.accountId)).toEqual(before);
    const sent = await postCsv(t.liveKey, csv);
    expect(sent.status).toBe(201);
    for (const result of [dry, sent]) {
      const report = result.body.data.report;
      expect(report.toCreate).toBe(1);
      const errors = report.errors as Array<{ row: number; column: string; message: string }>;
      const at = (row: number) => errors.filter((e) => e.row === row);
      expect(at(2)).toEqual([]);
      expect(at(3)).toEqual([{ row: 3, column: 'policy', message: 'Unknown policy "Nope"' }]);
      expect(at(4)).toEqual([expect.objectContaining({ column: 'email', message: 'not an email address' })]);
      expect(at(5)).toEqual([
        expect.objectContaining({ column: 'key', message: expect.stringMatching(/row 2/) }),
      ]);
      expect(at(6)).toEqual([
        expect.objectContaining({ column: 'expires', message: expect.stringMatching(/^not a date/) }),
      ]);
      expect(at(7)).toEqual([expect.objectContaining({ column: 'name', message: 'at most 255 characters' })]);
      expect(at(8)).toEqual([
        expect.objectContaining({ column: 'name', message: expect.stringMatching(/NUL/) }),
      ]);
      expect(at(9)).toEqual([
        expect.objectContaining({ column: 'product', message: 'Unknown product "nowhere"' }),
      ]);
      expect(at(10)).toEqual([expect.objectContaining({ column: 'max machines' })]);
      expect(at(11)).toEqual([expect.objectContaining({ column: 'fingerprints' })]);
      expect(at(12)).toEqual([expect.objectContaining({ column: 'key' })]);
      expect(
        at(13)
          .map((e) => e.column)
          .sort(),
      ).toEqual(['key', 'policy']);
      expect(report.errorCount).toBe(12);
    }
    expect((await counts(t.accountId)).licenses).toBe(1);
  });

  it('takes a mapping override from the query, and can keep the import off webhooks', async () => {
    const t = await setup();
    const key = `MAP-${unique()}-KEY`;
    const mapping = encodeURIComponent(
      JSON.stringify({
        Serial: 'key',
        Sku: 'product',
        Tier: 'policy',
        Notes: 'metadata.notes',
        Email: 'ignore',
      }),
    );
    const sent = await postCsv(
      t.liveKey,
      `Serial,Sku,Tier,Notes,Email\n${key},desk,Pro,hello,x@example.com\n`,
      `?mapping=${mapping}&suppressWebhooks=true`,
    );
    expect(sent.body.data.report).toMatchObject({ created: 1, errorCount: 0 });
    const license = await db.license.findFirstOrThrow({ where: { accountId: t.accountId } });
    expect(license).toMatchObject({ userEmail: null, metadata: { notes: 'hello' } });
    const events = await db.event.findMany({ where: { accountId: t.accountId, type: 'license.created' } });
    expect(events).toHaveLength(1);
    expect(events[0]?.dispatchedAt).not.toBeNull();

    const unknownColumn = await postCsv(
      t.liveKey,
      'key\nx',
      `?mapping=${encodeURIComponent('{"Nope":"key"}')}`,
    );
    expect(unknownColumn.status).toBe(400);
    const badTarget = await postCsv(
      t.liveKey,
      'key\nx',
      `?mapping=${encodeURIComponent('{"key":"password"}')}`,
    );
    expect(badTarget.status).toBe(400);
  });

  it('accepts the CSV as JSON `{ csv }` too, and answers 4xx for empty, oversized or unreadable files', async () => {
    const t = await setup();
    const key = `JSN-${unique()}-KEY`;
    const json = await call(createImportRoute, 'POST', '/imports', {
      authorization: bearer(t.liveKey),
      body: { csv: `key,product,policy\n${key},desk,Pro`, dryRun: true },
    });
    expect(json.status).toBe(201);
    expect(json.body.data.report).toMatchObject({ dryRun: true, toCreate: 1 });
    expect((await postCsv(t.liveKey, '')).status).toBe(400);
    expect((await postCsv(t.liveKey, 'key,product\n"unclosed')).status).toBe(400);
    const big = await call(createImportRoute, 'POST', '/imports', {
      authorization: bearer(t.liveKey),
      body: 'key\n',
      headers: { 'content-type': 'text/csv', 'content-length': String(50 * 1024 * 1024 + 1) },
    });
    expect(big.status).toBe(413);
    const neither = await call(createImportRoute, 'POST', '/imports', {
      authorization: bearer(t.liveKey),
      body: {},
    });
    expect(neither.status).toBe(400);
    const latin1 = await createImportRoute(
      new Request('http://localhost/api/v1/imports', {
        method: 'POST',
        headers: { authorization: bearer(t.liveKey), 'content-type': 'text/csv' },
        body: Uint8Array.from([0x6b, 0x65, 0x79, 0x0a, 0xff, 0xfe]),
      }),
    );
    expect(latin1.status).toBe(400);
  });

  it('keeps imports inside their account and environment', async () => {
    const a = await setup();
    const b = await setup();
    const key = `ISO-${unique()}-KEY`;
    const csv = `key,product,policy\n${key},desk,Pro\n`;
    const inTest = await postCsv(a.testKey, csv);
    // the test environment has no product `desk`: its import cannot see live's
    expect(inTest.body.data.report.errors[0]).toMatchObject({ column: 'product' });
    const inLive = await postCsv(a.liveKey, csv);
    expect(inLive.body.data.report.created).toBe(1);
    // another account cannot take (nor learn more about) the same key, nor read the import
    const other = await postCsv(b.liveKey, csv);
    expect(other.body.data.report).toMatchObject({ created: 0, skippedCount: 0, errorCount: 1 });
    expect(other.body.data.report.errors[0]).toMatchObject({
      column: 'key',
      message: 'This key is already taken',
    });
    const read = await call(getImportRoute, 'GET', `/imports/${inLive.body.data.id}`, {
      authorization: bearer(b.liveKey),
    });
    expect(read.status).toBe(404);
    const readTest = await call(getImportRoute, 'GET', `/imports/${inLive.body.data.id}`, {
      authorization: bearer(a.testKey),
    });
    expect(readTest.status).toBe(404);
  });
});
