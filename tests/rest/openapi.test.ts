// The OpenAPI document covers every registered route with its security, parameters and error codes, and passes
// `redocly lint` (.redocly.yaml); the interactive reference lists every operation.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/server/rest/openapi.ts';
import { API_PREFIX } from '@/server/rest/route.ts';
import { GET as reference } from '../../app/api/reference/route.ts';
import { GET as scalarBundle } from '../../app/api/reference/scalar.js/route.ts';
import { expectedAccess } from './contract.ts';
import { allRoutes, countCase, pathParamNames, reportCases, routeKey } from './fixtures.ts';

interface Operation {
  operationId: string;
  summary: string;
  security: Array<Record<string, string[]>>;
  parameters: Array<{ name: string; in: string; required: boolean }>;
  requestBody?: unknown;
  responses: Record<string, { description: string }>;
}

const routes = allRoutes();
/**
 * No stored replays: runtime answers must reflect the license's current state every time; imports stream their
 * body (re-sending one is safe: rows whose key exists are skipped).
 */
const IGNORES_IDEMPOTENCY_KEY = [
  'POST /licenses/validate-key',
  'POST /machines/{id}/heartbeat',
  'POST /imports',
];
const doc = buildOpenApiDocument() as {
  paths: Record<string, Record<string, Operation>>;
  components: unknown;
};
afterAll(() => reportCases('openapi'));

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  const d = route.definition;
  it('is documented with its security, parameters and error responses', () => {
    const op = doc.paths[`${API_PREFIX}${d.path}`]?.[d.method.toLowerCase()];
    expect(op, 'operation present').toBeDefined();
    expect(op!.summary).toBeTruthy();
    // security as API.md states it (tests/rest/contract.ts), not as the route definition says
    const access = expectedAccess(routeKey(route));
    const expected: Array<Record<string, string[]>> = [];
    if (access.auth.includes('apiKey')) expected.push({ apiKey: [...access.scopes] });
    if (access.auth.includes('license')) expected.push({ licenseKey: [] });
    // no credentials: `{}` beside other schemes (optional auth); alone, no security requirement at all
    if (access.auth.includes('none') && expected.length > 0) expected.push({});
    expect(op!.security).toEqual(expected);
    for (const name of pathParamNames(route)) {
      expect(op!.parameters).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
    }
    const statuses = Object.keys(op!.responses);
    expect(statuses).toContain(String(d.status ?? 200));
    expect(statuses).toEqual(expect.arrayContaining(['400', '429', '500']));
    if (!access.auth.includes('none')) expect(statuses).toContain('401');
    if (access.scopes.length) expect(statuses).toContain('403');
    if (pathParamNames(route).length) expect(statuses).toContain('404');
    if (d.method === 'POST' || d.method === 'PATCH') {
      expect(statuses).toEqual(expect.arrayContaining(['413', '415']));
      if (d.body) expect(op!.requestBody).toBeDefined();
    }
    const idempotencyKey = expect.objectContaining({ name: 'Idempotency-Key' });
    if (IGNORES_IDEMPOTENCY_KEY.includes(routeKey(route))) {
      expect(op!.parameters).not.toContainEqual(idempotencyKey);
      expect((op as { description?: string }).description).toContain('`Idempotency-Key` is ignored');
    } else if (d.method === 'POST') expect(op!.parameters).toContainEqual(idempotencyKey);
    countCase(route, 'documented');
  });
});

describe('the document', () => {
  it('has no operation that is not a registered route', () => {
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.slice(API_PREFIX.length)}`),
    );
    expect(documented.sort()).toEqual(routes.map(routeKey).sort());
  });

  it('passes redocly lint (.redocly.yaml)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-openapi-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = path.resolve('node_modules/.bin/redocly');
    const result = await promisify(execFile)(
      cli,
      ['lint', '--config', '.redocly.yaml', '--format', 'summary', file],
      { timeout: 60_000 },
    )
      .then(
        (r) => ({ code: 0, output: r.stdout + r.stderr }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({
          code: e.code ?? 1,
          output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
        }),
      )
      .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/You have \d+ warnings?/);
  }, 90_000);
});

describe('GET /api/reference', () => {
  it('serves the bundled Scalar renderer on this origin, with a page CSP allowing only it', async () => {
    const response = await reference(new Request('http://localhost/api/reference'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/api/reference/scalar.js']); // no CDN
    expect(html).not.toMatch(/https?:\/\//);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("connect-src 'self'");
    const bundle = await scalarBundle(new Request('http://localhost/api/reference/scalar.js'));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  it('gives every operation curl and SDK samples', () => {
    for (const route of routes) {
      const op = doc.paths[`${API_PREFIX}${route.definition.path}`]?.[
        route.definition.method.toLowerCase()
      ] as { 'x-codeSamples'?: Array<{ label: string; source: string }> } | undefined;
      const samples = op?.['x-codeSamples'] ?? [];
      expect(
        samples.map((s) => s.label),
        routeKey(route),
      ).toEqual(['curl', '@licentric/sdk']);
      expect(samples[0]?.source).toContain(`-X ${route.definition.method} `);
      expect(samples[1]?.source).toMatch(/await licentric\.\w+\.\w+\(/);
      countCase(route, 'code samples');
    }
  });
});
