// Runs the example client end to end (a child process, over HTTP) against the real route handlers
// (tests/route-server.ts): first run online (activation, validation, heartbeats), then with the server stopped
// (the offline grace cache), and with keys that sign nothing of this license.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers.ts';
import { createTenant } from '../../tests/api.ts';
import { createOfflineLicense } from '../../tests/offline-fixtures.ts';
import { freshClientIp, startRouteServer, type RouteServer } from '../../tests/route-server.ts';
import type { Db } from '@/server/db.ts';

const CLIENT = 'examples/node-client/client.ts';

function runClient(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), [CLIENT], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function publicKeys(server: RouteServer, apiKey: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/signing-keys`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return JSON.stringify(((await response.json()) as { data: unknown }).data);
}

let db: Db;
let server: RouteServer;
let dir: string;

beforeAll(async () => {
  db = await testDb();
  server = await startRouteServer({ clientIp: freshClientIp });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-client-'));
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('examples/node-client', () => {
  it('has at most 30 lines of vendor code', () => {
    const code = fs
      .readFileSync(CLIENT, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.length).toBeLessThanOrEqual(30);
  });

  it(
    'activates, validates and heartbeats online, then runs on the grace cache with the server stopped',
    { timeout: 120_000 },
    async () => {
      const own = await startRouteServer({ clientIp: freshClientIp });
      const tenant = await createTenant(db);
      const license = await createOfflineLicense(db, tenant.accountId, {
        policy: { requireHeartbeat: true },
        policyEntitlements: ['export'],
      });
      const env = {
        LICENTRIC_URL: own.url,
        LICENTRIC_LICENSE_KEY: license.key,
        LICENTRIC_PUBLIC_KEYS: await publicKeys(own, tenant.liveKey),
        LICENTRIC_FINGERPRINT: 'example-client-fingerprint-0001',
        LICENTRIC_HEARTBEATS: '2',
        LICENTRIC_HEARTBEAT_INTERVAL_MS: '10',
        LICENTRIC_CACHE: path.join(dir, 'cache.json'),
      };
      const online = await runClient(env);
      expect(online.output).toContain('Licensed (server): [export]');
      expect(online.output).toContain('Heartbeat 2: ALIVE');
      expect(online.code, online.output).toBe(0);
      const machines = await db.machine.findMany({
        where: { licenseId: license.licenseId, deletedAt: null },
      });
      expect(machines.map((m) => m.fingerprint)).toEqual(['example-client-fingerprint-0001']);
      expect(machines[0]?.lastHeartbeatAt).not.toBeNull();

      await own.close();
      const offline = await runClient(env);
      expect(offline.output).toMatch(
        /Licensed \(cache, offline until \d{4}-\d\d-\d\dT[\d:.]+Z\): \[export\]/,
      );
      expect(offline.code, offline.output).toBe(0);

      fs.rmSync(env.LICENTRIC_CACHE);
      const nothing = await runClient(env);
      expect(nothing.output).toContain('Not licensed here: OFFLINE_NO_CACHE');
      expect(nothing.code).toBe(1);
    },
  );

  it('refuses to run when the answers are not signed by the embedded keys', { timeout: 60_000 }, async () => {
    const tenant = await createTenant(db);
    const other = await createTenant(db);
    const license = await createOfflineLicense(db, tenant.accountId, {
      fingerprints: ['example-client-fingerprint-0002'],
    });
    const { code, output } = await runClient({
      LICENTRIC_URL: server.url,
      LICENTRIC_LICENSE_KEY: license.key,
      LICENTRIC_PUBLIC_KEYS: await publicKeys(server, other.liveKey), // another vendor's keys
      LICENTRIC_FINGERPRINT: 'example-client-fingerprint-0002',
      LICENTRIC_CACHE: path.join(dir, 'other.json'),
    });
    expect(output).toContain('Not licensed here: OFFLINE_NO_CACHE');
    expect(output).toContain('UNTRUSTED_RESPONSE');
    expect(code).toBe(1);
  });
});
