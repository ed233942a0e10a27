// Keygen imports through POST /imports: products, policies (every mapped option), users, paginated licenses (every
// status, a legacy-encrypted one) and machines; dry run, re-run, validate-key, seats, unmapped fields, isolation.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { testDb } from '../../../../tests/helpers.ts';
import { keygenDocuments } from '../../../../tests/imports/keygen-documents.ts';
import type { Db } from '@/server/db.ts';
import { createImportRoute } from '@/server/rest/endpoints/imports.ts';
import { validateKeyRoute } from '@/server/rest/endpoints/validation.ts';
import { activateMachineRoute } from '@/server/rest/endpoints/machines.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

const suffix = () => Math.random().toString(36).slice(2, 10);

function postKeygen(key: string, keygen: unknown, query = '') {
  return call(createImportRoute, 'POST', `/imports${query}`, {
    authorization: bearer(key),
    body: { keygen },
  });
}

describe('POST /imports (Keygen)', () => {
  it('maps products, policies, licenses and machines; dry run first, then real, then a re-run', async () => {
    const t = await createTenant(db);
    const k = keygenDocuments(suffix());
    const where = { accountId: t.accountId };
    const dry = await postKeygen(t.liveKey, k.documents, '?dryRun=true');
    expect(dry.status).toBe(201);
    expect(dry.body.data.report).toMatchObject({
      format: 'keygen',
      rows: 7,
      toCreate: 6,
      created: 0,
      products: { created: 1, existing: 0 },
      policies: { created: 4, existing: 0 },
    });
    expect(await db.product.count({ where })).toBe(0);
    expect(await db.policy.count({ where })).toBe(0);
    expect(await db.license.count({ where })).toBe(0);

    const real = await postKeygen(t.liveKey, k.documents);
    const report = real.body.data.report;
    expect(report).toMatchObject({ rows: 7, toCreate: 6, created: 6, machinesCreated: 2, errorCount: 1 });
    // the legacy-encrypted license is reported, not dropped
    expect(report.errors[0]).toMatchObject({ row: 7, message: expect.stringMatching(/legacy-encrypted/) });
    // attributes without a counterpart are listed
    expect(report.unmapped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'product', field: 'distributionStrategy', value: 'LICENSED' }),
        expect.objectContaining({ resource: 'policy', field: 'maxProcesses', value: 4 }),
        expect.objectContaining({ resource: 'machine', field: 'ip', value: '203.0.113.7' }),
        expect.objectContaining({ resource: 'machine', field: 'relationships.license' }),
      ]),
    );

    const product = await db.product.findFirstOrThrow({ where });
    expect(product).toMatchObject({ name: 'Studio', metadata: { tier: 'pro', keygenId: k.ids.product } });
    const policies = await db.policy.findMany({ where, orderBy: { name: 'asc' } });
    const byName = Object.fromEntries(policies.map((p) => [p.name, p]));
    expect(byName['Node-locked yearly']).toMatchObject({
      floating: false,
      maxMachines: 1,
      durationDays: 365,
      requireFingerprint: true,
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 10,
      heartbeatCullStrategy: 'KEEP_DEAD',
      expirationStrategy: 'REVOKE',
      fingerprintUniqueness: 'PER_PRODUCT',
      metadata: { plan: 'yearly', keygenId: k.ids.policies[0] },
    });
    expect(byName.Floating).toMatchObject({
      floating: true,
      maxMachines: 5,
      maxUses: 1000,
      durationDays: null,
      expirationStrategy: 'ALLOW_ACCESS',
      fingerprintUniqueness: 'PER_ACCOUNT',
      heartbeatCullStrategy: 'DEACTIVATE_DEAD',
    });
    expect(byName['Unlimited restrict']).toMatchObject({
      maxMachines: null,
      durationDays: 14,
      expirationStrategy: 'RESTRICT_ACCESS',
      fingerprintUniqueness: 'PER_LICENSE',
    });
    expect(byName.Allow).toMatchObject({
      expirationStrategy: 'ALLOW_ACCESS',
      fingerprintUniqueness: 'PER_POLICY',
    });

    const licenses = await db.license.findMany({ where });
    const byKeygen = (n: number) =>
      licenses.find((l) => (l.metadata as { keygenId?: string }).keygenId === k.ids.license(n));
    expect(byKeygen(10)).toMatchObject({
      status: 'active',
      usesCount: 7,
      userEmail: 'ada@example.com',
      userName: 'Ada Lovelace',
      machineCount: 1,
      expiresAt: new Date('2099-01-01T00:00:00.000Z'),
      metadata: { crm: 'X-1', keygenId: k.ids.license(10) },
    });
    expect(byKeygen(11)).toMatchObject({
      status: 'active',
      expiresAt: null,
      maxMachinesOverride: 8,
      maxUsesOverride: null,
      userName: 'Grace Hopper',
      machineCount: 1,
    });
    expect(byKeygen(12)?.status).toBe('active');
    expect(byKeygen(13)?.status).toBe('expired');
    expect(byKeygen(14)?.status).toBe('suspended');
    expect(byKeygen(15)?.status).toBe('banned');
    const machine = await db.machine.findFirstOrThrow({ where: { licenseId: byKeygen(10)?.id } });
    expect(machine).toMatchObject({
      name: 'Ada’s MacBook',
      platform: 'macos',
      hostname: 'ada-mbp',
      cores: 8,
    });
    const events = await db.event.findMany({ where: { ...where, type: 'license.created' } });
    expect(events.every((e) => e.actorType === 'import')).toBe(true);

    // the Keygen key validates with its machine (license 10's policy wants heartbeats first); seats are taken
    const floatingMachine = await db.machine.findFirstOrThrow({ where: { licenseId: byKeygen(11)?.id } });
    const valid = await call(validateKeyRoute, 'POST', '/licenses/validate-key', {
      body: { key: k.key(11), fingerprint: floatingMachine.fingerprint },
    });
    expect(valid.body.data).toMatchObject({
      valid: true,
      code: 'VALID',
      license: { machineCount: 1, maxMachines: 8 },
    });
    const second = await call(activateMachineRoute, 'POST', '/machines', {
      authorization: `License ${k.key(10)}`,
      body: { fingerprint: 'another-machine-1' },
    });
    expect(second.body.code).toBe('MACHINE_LIMIT_EXCEEDED');
    const banned = await call(validateKeyRoute, 'POST', '/licenses/validate-key', {
      body: { key: k.key(15) },
    });
    expect(banned.body.data.valid).toBe(false);

    // a re-run finds everything: nothing new
    const again = await postKeygen(t.liveKey, k.documents);
    expect(again.body.data.report).toMatchObject({
      created: 0,
      skippedCount: 6,
      products: { created: 0, existing: 1 },
      policies: { created: 0, existing: 4 },
    });
    // and, when asked, the legacy-encrypted license comes in under a new key
    const withNewKey = await postKeygen(t.liveKey, { ...k.documents, generateKeysForEncrypted: true });
    expect(withNewKey.body.data.report).toMatchObject({ created: 1, skippedCount: 6, errorCount: 0 });
    expect(await db.license.count({ where })).toBe(7);
  });

  it('keeps Keygen imports inside their environment', async () => {
    const t = await createTenant(db);
    const k = keygenDocuments(suffix());
    const inTest = await postKeygen(t.testKey, k.documents);
    expect(inTest.body.data.report.created).toBe(6);
    expect(await db.license.count({ where: { accountId: t.accountId, environment: 'live' } })).toBe(0);
    // the keys are taken now (unique across the deployment): live reports them, it does not move them
    const inLive = await postKeygen(t.liveKey, k.documents);
    expect(inLive.body.data.report).toMatchObject({ created: 0, skippedCount: 0 });
    expect(
      inLive.body.data.report.errors.filter(
        (e: { message: string }) => e.message === 'This key is already taken',
      ),
    ).toHaveLength(6);
  });

  it('answers 400 for documents that are not JSON:API lists', async () => {
    const t = await createTenant(db);
    const sent = await postKeygen(t.liveKey, { licenses: { data: [{ type: 'licenses' }] } });
    expect(sent.status).toBe(400);
  });
});
