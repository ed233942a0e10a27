// The runtime client against the real route handlers over HTTP: signed validation, activation, heartbeats and
// re-activation, deactivation, checkout, and the offline grace cache with a stopped server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers.ts';
import { createTenant, type Tenant } from '../../tests/api.ts';
import { createOfflineLicense, type OfflineLicenseOptions } from '../../tests/offline-fixtures.ts';
import { freshClientIp, startRouteServer, type RouteServer } from '../../tests/route-server.ts';
import type { Db } from '@/server/db.ts';
import { GraceCache } from './grace-cache.ts';
import { LicentricClient, type LicentricClientOptions, type PublicKeyInput } from './index.ts';

let db: Db;
let server: RouteServer;
let dir: string;
let tenant: Tenant;
let keys: PublicKeyInput[];
let counter = 0;

async function publicKeys(apiKey: string): Promise<PublicKeyInput[]> {
  const response = await fetch(`${server.url}/api/v1/signing-keys`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return ((await response.json()) as { data: PublicKeyInput[] }).data;
}

/** A license of the tenant and a client for it on a fingerprint of its own. */
async function setup(options: OfflineLicenseOptions & { client?: Partial<LicentricClientOptions> } = {}) {
  const license = await createOfflineLicense(db, tenant.accountId, options);
  const fingerprint = `sdk-runtime-fingerprint-${++counter}`;
  const cachePath = path.join(dir, `cache-${counter}.json`);
  const client = new LicentricClient({
    baseUrl: server.url,
    licenseKey: license.key,
    publicKeys: keys,
    fingerprint,
    offlineCache: { path: cachePath, gracePeriodSeconds: 3600 },
    ...options.client,
  });
  return { license, client, fingerprint, cachePath };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  db = await testDb();
  server = await startRouteServer({ clientIp: freshClientIp });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-sdk-'));
  tenant = await createTenant(db);
  keys = await publicKeys(tenant.liveKey); // listing creates the environment's first key pair
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('LicentricClient online', () => {
  it('validates, activates, validates again and caches the verified grant', async () => {
    const { client, cachePath, license } = await setup({ policyEntitlements: ['export'] });
    const first = await client.validate();
    expect(first).toMatchObject({ valid: false, code: 'FINGERPRINT_NOT_FOUND', source: 'server' });
    expect(fs.existsSync(cachePath)).toBe(false);
    const machine = await client.activate({ name: 'CI runner' });
    expect(machine).toMatchObject({ licenseId: license.licenseId, name: 'CI runner' });
    expect((await client.activate()).id).toBe(machine.id); // idempotent: same seat
    const second = await client.validate();
    expect(second).toMatchObject({
      valid: true,
      code: 'VALID',
      source: 'server',
      entitlements: ['export'],
      graceEndsAt: null,
    });
    expect(second.machine?.id).toBe(machine.id);
    expect(fs.existsSync(cachePath)).toBe(true);
  });

  it('treats an answer signed by unknown keys as no answer', async () => {
    const other = await createTenant(db);
    const otherLicense = await createOfflineLicense(db, other.accountId);
    const client = new LicentricClient({
      baseUrl: server.url,
      licenseKey: otherLicense.key,
      publicKeys: keys, // not the other tenant's keys
      fingerprint: 'sdk-untrusted-0001',
    });
    const result = await client.validate();
    expect(result).toMatchObject({ valid: false, code: 'OFFLINE_NO_CACHE', source: 'none' });
    expect(result.offlineReason).toContain('UNTRUSTED_RESPONSE');
    await expect(client.activate()).rejects.toMatchObject({ code: 'UNTRUSTED_RESPONSE' });
  });

  it('sends heartbeats with jitter and re-activates a machine that was deactivated', async () => {
    const { client } = await setup({ policy: { requireHeartbeat: true } });
    const machine = await client.activate();
    const beats: string[] = [];
    const reactivated: string[] = [];
    const errors: unknown[] = [];
    const heartbeats = client.startHeartbeats({
      intervalMs: 100,
      jitter: 0.5,
      onHeartbeat: (m) => beats.push(m.id),
      onReactivated: (m) => reactivated.push(m.id),
      onError: (e) => errors.push(e),
    });
    try {
      await expect.poll(() => beats.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      const response = await fetch(`${server.url}/api/v1/machines/${machine.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${tenant.liveKey}` },
      });
      expect(response.status).toBe(204);
      await expect.poll(() => reactivated.length, { timeout: 10_000 }).toBe(1);
      expect(reactivated[0]).not.toBe(machine.id);
      const count = beats.length;
      await expect.poll(() => beats.length, { timeout: 10_000 }).toBeGreaterThan(count);
      expect(beats.at(-1)).toBe(reactivated[0]);
    } finally {
      heartbeats.stop();
    }
    expect(errors).toEqual([]);
    expect((await client.validate()).code).toBe('VALID');
  });

  it('activates on validate({ activate }) and after a restart re-activates a machine that is gone', async () => {
    const { client, license, fingerprint } = await setup({ policy: { requireHeartbeat: true } });
    // FINGERPRINT_NOT_FOUND → activation → HEARTBEAT_REQUIRED → first heartbeat → VALID
    const result = await client.validate({ activate: { name: 'Auto' } });
    expect(result).toMatchObject({ valid: true, code: 'VALID', machine: { name: 'Auto' } });
    const response = await fetch(`${server.url}/api/v1/machines/${result.machine?.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tenant.liveKey}` },
    });
    expect(response.status).toBe(204);
    const restarted = new LicentricClient({
      baseUrl: server.url,
      licenseKey: license.key,
      publicKeys: keys,
      fingerprint,
    });
    const { machine, reactivated } = await restarted.heartbeat();
    expect(reactivated).toBe(true);
    expect(machine.id).not.toBe(result.machine?.id);
  });

  it('deactivates its machine and forgets the cached grant', async () => {
    const { client, cachePath } = await setup({ policy: { allowMachineTransfer: true } });
    await client.activate();
    expect((await client.validate()).valid).toBe(true);
    await client.deactivate();
    expect(fs.existsSync(cachePath)).toBe(false);
    expect((await client.validate()).code).toBe('FINGERPRINT_NOT_FOUND');
  });

  it('surfaces the API error when the policy forbids deactivation', async () => {
    const { client } = await setup();
    await client.activate();
    await expect(client.deactivate()).rejects.toMatchObject({
      name: 'LicentricError',
      code: 'DEACTIVATION_NOT_ALLOWED',
      status: 422,
      requestId: expect.stringMatching(/^[0-9A-Z]{26}$/),
    });
  });

  it('checks out a license file bound to this machine and verifies it offline', async () => {
    const { client, fingerprint } = await setup({ policy: { offlineMaxDays: 7 } });
    await client.activate();
    const file = await client.checkout({ ttlSeconds: 2 * 86400 });
    expect(file.payload.fingerprint).toBe(fingerprint);
    expect(Date.parse(file.expiresAt) - Date.parse(file.payload.issuedAt)).toBe(2 * 86400 * 1000);
    const verified = await client.verifyLicenseFile(file.certificate);
    expect(verified.ok).toBe(true);
    const tampered = file.certificate.replace(/^(-----BEGIN LICENTRIC LICENSE-----\n.{10})./, '$1A');
    expect((await client.verifyLicenseFile(tampered)).ok).toBe(false);
  });
});

describe('LicentricClient offline grace', () => {
  /** A client whose server stops after a first verified grant. */
  async function cachedThenStopped(grace = 3600) {
    const own = await startRouteServer({ clientIp: freshClientIp });
    const ctx = await setup({ client: { baseUrl: own.url } });
    const online = new LicentricClient({
      baseUrl: own.url,
      licenseKey: ctx.license.key,
      publicKeys: keys,
      fingerprint: await ctx.client.fingerprint(),
      offlineCache: { path: ctx.cachePath, gracePeriodSeconds: grace },
    });
    await online.activate();
    expect((await online.validate()).source).toBe('server');
    await own.close();
    return { ...ctx, client: online };
  }

  it('answers from the verified cache while the server is down, until the grace ends', async () => {
    const { client } = await cachedThenStopped();
    const result = await client.validate();
    expect(result).toMatchObject({ valid: true, code: 'VALID', source: 'cache' });
    expect(result.offlineReason).toContain('NETWORK_ERROR');
    const graceEnd = Date.parse(result.graceEndsAt ?? '');
    expect(graceEnd - Date.parse(result.answeredAt ?? '')).toBe(3600 * 1000);
  });

  it('never honours the cache past the grace period', async () => {
    const { client } = await cachedThenStopped(1);
    await sleep(1100);
    expect(await client.validate()).toMatchObject({
      valid: false,
      code: 'OFFLINE_GRACE_EXPIRED',
      source: 'none',
    });
  });

  it('never honours a tampered cache', async () => {
    const { client, cachePath } = await cachedThenStopped();
    const record = JSON.parse(fs.readFileSync(cachePath, 'utf8')) as { body: string };
    for (const [from, to] of [
      ['"entitlements":[]', '"entitlements":["pro"]'],
      [/"ts":"[^"]+"/, `"ts":"${new Date(Date.now() + 86400_000).toISOString()}"`],
    ] as const) {
      const body = record.body.replace(from, to);
      expect(body).not.toBe(record.body);
      fs.writeFileSync(cachePath, JSON.stringify({ ...record, body }));
      expect(await client.validate()).toMatchObject({ valid: false, code: 'OFFLINE_CACHE_INVALID' });
    }
    fs.writeFileSync(cachePath, 'not json');
    expect((await client.validate()).code).toBe('OFFLINE_CACHE_INVALID');
  });

  it('judges the cached answer by the clock: grace end, license expiry, clock turned back', async () => {
    const expiresAt = new Date(Date.now() + 2 * 3600_000);
    const { license, cachePath, client } = await setup({ license: { expiresAt } });
    await client.activate();
    const online = await client.validate();
    expect(online.source).toBe('server');
    const answeredAt = Date.parse(online.answeredAt ?? '');
    const cache = new GraceCache(cachePath, license.key, keys);
    const fingerprint = await client.fingerprint();
    const at = (ms: number) => ({ gracePeriodSeconds: 3600, now: new Date(answeredAt + ms) });
    const inGrace = await cache.read(fingerprint, at(3599_000));
    expect(inGrace).toMatchObject({ ok: true });
    expect(inGrace.ok && inGrace.graceEndsAt.getTime()).toBe(answeredAt + 3600_000);
    expect(await cache.read(fingerprint, at(3600_000))).toMatchObject({ reason: 'OFFLINE_GRACE_EXPIRED' });
    expect(await cache.read(fingerprint, at(-301_000))).toMatchObject({ reason: 'OFFLINE_CLOCK_ROLLBACK' });
    const longGrace = { gracePeriodSeconds: 86400, now: expiresAt };
    expect(await cache.read(fingerprint, longGrace)).toMatchObject({ reason: 'OFFLINE_LICENSE_EXPIRED' });
    const early = await cache.read(fingerprint, { ...longGrace, now: new Date(answeredAt) });
    expect(early.ok && early.graceEndsAt.toISOString()).toBe(expiresAt.toISOString());
    expect(await cache.read('another-machine-0001', at(0))).toMatchObject({
      reason: 'OFFLINE_CACHE_INVALID',
    });
  });

  it('drops the cache when the server answers that the license is no longer valid', async () => {
    const { client, cachePath, license } = await setup();
    await client.activate();
    expect((await client.validate()).valid).toBe(true);
    await db.license.update({ where: { id: license.licenseId }, data: { status: 'revoked' } });
    expect((await client.validate()).code).toBe('REVOKED');
    expect(fs.existsSync(cachePath)).toBe(false);
  });

  it('does not use the cache of another license key', async () => {
    const { cachePath } = await cachedThenStopped();
    const other = await createOfflineLicense(db, tenant.accountId);
    const client = new LicentricClient({
      baseUrl: 'http://127.0.0.1:9', // nothing listens here
      licenseKey: other.key,
      publicKeys: keys,
      fingerprint: 'sdk-other-key-0001',
      offlineCache: { path: cachePath, gracePeriodSeconds: 3600 },
    });
    expect((await client.validate()).code).toBe('OFFLINE_CACHE_INVALID');
  });
});
