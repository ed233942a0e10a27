// Runs the example client end to end (a child process, over HTTP) against the real route handlers, served by a
// tiny node:http server that turns each request into a `Request` for the matching route() handler.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@/server/rest/endpoints/index.ts';
import { registeredRoutes } from '@/server/rest/registry.ts';
import { API_PREFIX, type RouteHandler } from '@/server/rest/route.ts';
import { testDb } from '../../tests/helpers.ts';
import { createTenant } from '../../tests/api.ts';
import { createOfflineLicense } from '../../tests/offline-fixtures.ts';
import type { Db } from '@/server/db.ts';

/** The route for a method and path: literal segments win over `{param}` ones (validate-key before {id}). */
function findRoute(method: string, pathname: string): RouteHandler | undefined {
  const candidates = registeredRoutes()
    .filter((r) => r.definition.method === method)
    .map((r) => ({ r, pattern: `${API_PREFIX}${r.definition.path}`.split('/') }))
    .sort(
      (a, b) =>
        a.pattern.filter((p) => p.startsWith('{')).length - b.pattern.filter((p) => p.startsWith('{')).length,
    );
  const parts = pathname.replace(/\/$/, '').split('/');
  return candidates.find(
    ({ pattern }) =>
      pattern.length === parts.length && pattern.every((p, i) => p.startsWith('{') || p === parts[i]),
  )?.r;
}

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const handler = findRoute(req.method ?? 'GET', url.pathname);
        if (!handler) {
          res
            .writeHead(404, { 'content-type': 'application/json' })
            .end('{"error":"no route","code":"NOT_FOUND"}');
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string') headers.set(name, value);
        headers.set('x-licentric-client-ip', req.socket.remoteAddress ?? 'unknown');
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const response = await handler(new Request(url, { method: req.method, headers, body }));
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(Buffer.from(await response.arrayBuffer()));
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function runClient(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['examples/node-client/client.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

let db: Db;
let server: http.Server;
let dir: string;

beforeAll(async () => {
  db = await testDb();
  server = await serve();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-client-'));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('examples/node-client', () => {
  it(
    'validates, activates, heartbeats, checks out and verifies a license file offline',
    { timeout: 90_000 },
    async () => {
      const tenant = await createTenant(db);
      const license = await createOfflineLicense(db, tenant.accountId, {
        policy: { requireHeartbeat: true },
        policyEntitlements: ['export'],
      });
      const licenseFile = path.join(dir, 'license.lic');
      const { code, output } = await runClient({
        LICENTRIC_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        LICENTRIC_LICENSE_KEY: license.key,
        LICENTRIC_API_KEY: tenant.liveKey,
        LICENTRIC_FINGERPRINT: 'example-client-fingerprint-0001',
        LICENTRIC_HEARTBEATS: '2',
        LICENTRIC_HEARTBEAT_INTERVAL_MS: '10',
        LICENTRIC_LICENSE_FILE: licenseFile,
      });
      expect(output).toContain('Validation: FINGERPRINT_NOT_FOUND');
      expect(output).toContain('Activated this machine');
      expect(output).toContain('Validation: VALID');
      expect(output).toContain('Heartbeat 2/2');
      expect(output).toMatch(
        /Offline license verified \(kid key_[a-z2-7]+\): status active, entitlements \[export\]/,
      );
      expect(code, output).toBe(0);
      expect(fs.readFileSync(licenseFile, 'utf8')).toContain('-----BEGIN LICENTRIC LICENSE-----');
      const machines = await db.machine.findMany({
        where: { licenseId: license.licenseId, deletedAt: null },
      });
      expect(machines.map((m) => m.fingerprint)).toEqual(['example-client-fingerprint-0001']);
      expect(
        await db.event.count({ where: { resourceId: license.licenseId, type: 'license.checked_out' } }),
      ).toBe(1);
    },
  );

  it('exits non-zero when an answer is not signed by a known key', { timeout: 90_000 }, async () => {
    const tenant = await createTenant(db);
    const other = await createTenant(db);
    const license = await createOfflineLicense(db, tenant.accountId, {
      fingerprints: ['example-client-fingerprint-0002'],
    });
    const { code, output } = await runClient({
      LICENTRIC_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      LICENTRIC_LICENSE_KEY: license.key,
      LICENTRIC_API_KEY: other.liveKey, // the keys of another vendor: nothing from this license verifies
      LICENTRIC_FINGERPRINT: 'example-client-fingerprint-0002',
      LICENTRIC_LICENSE_FILE: path.join(dir, 'other.lic'),
    });
    expect(code).toBe(1);
    expect(output).toContain('Untrusted answer (UNKNOWN_KID)');
  });
});
