// Every app/**/route.ts file exports the full method table of src/server/rest/methods.ts: the methods it does not
// serve answer 405 METHOD_NOT_ALLOWED in the error envelope with `Allow` and `X-Request-Id` (never Next's body-less
// 405), OPTIONS answers 204 with `Allow`, and HEAD follows GET. /api/v1 files serve exactly their route() handlers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HTTP_METHODS, type MethodTable } from '@/server/rest/methods.ts';
import { API_PREFIX, type RouteHandler } from '@/server/rest/route.ts';
import { allRoutes, countCase, reportCases, send } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

/** `app/api/v1/products/[id]/route.ts` → `/api/v1/products/{id}`. */
const urlPathOf = (file: string): string =>
  `/${path.relative(path.join(root, 'app'), path.dirname(file))}`
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\[(\w+)\]/g, '{$1}');

const files = routeFiles(path.join(root, 'app')).sort();
afterAll(() => reportCases('methods'));

it('finds the route files', () => {
  expect(files.length).toBeGreaterThan(30);
});

describe.each(files.map((file) => [path.relative(root, file), file] as const))('%s', (_name, file) => {
  it('exports every HTTP method; the unserved ones answer 405 in the envelope with Allow', async () => {
    const module = (await import(file)) as Partial<MethodTable<unknown>>;
    for (const method of HTTP_METHODS) expect(module[method], `${method} export`).toBeTypeOf('function');
    const url = `http://localhost${urlPathOf(file).replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')}`;
    if (file.includes('[...path]')) return; // the /api/v1 catch-all: 404 for every method (pipeline test)

    const options = await module.OPTIONS!(new Request(url, { method: 'OPTIONS' }), undefined);
    expect(options.status).toBe(204);
    expect(options.headers.get('x-request-id')).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const allow = (options.headers.get('allow') ?? '').split(', ');
    expect(allow).toContain('OPTIONS');
    if (allow.includes('GET')) expect(allow).toContain('HEAD');
    expect(module.HEAD).toBe(allow.includes('GET') ? module.GET : module.HEAD);

    for (const method of HTTP_METHODS.filter((m) => !allow.includes(m))) {
      const handler = module[method]!;
      const sent = await send(async (request) => handler(request, undefined), new Request(url, { method }));
      countCase(urlPathOf(file), `405 ${method}`);
      expect(sent.status, `${method} ${url}`).toBe(405);
      expect(sent.json?.code).toBe('METHOD_NOT_ALLOWED');
      expect(sent.headers.get('allow')).toBe(allow.join(', '));
    }

    if (urlPathOf(file).startsWith(API_PREFIX)) {
      const served = allRoutes()
        .filter((r) => `${API_PREFIX}${r.definition.path}` === urlPathOf(file))
        .map((r) => r.definition.method);
      expect(allow.filter((m) => !['HEAD', 'OPTIONS'].includes(m)).sort()).toEqual(served.sort());
      for (const method of served) {
        expect((module[method] as RouteHandler).definition.method, `${method} handler`).toBe(method);
      }
    }
  });
});
