// @licentric/sdk as a user gets it: build dist/ with tsc, `npm pack`, install the tarball into a fresh
// folder, import it from plain ESM and type-check a strict TypeScript consumer against its declarations.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const sdkDir = import.meta.dirname;
const root = path.resolve(sdkDir, '../..');
const tsc = path.join(root, 'node_modules/.bin/tsc');
let work: string;
let packed: { filename: string; files: Array<{ path: string }> };

const CONSUMER_MJS = `
import * as sdk from '@licentric/sdk';
const client = new sdk.LicentricClient({
  baseUrl: 'http://127.0.0.1:9',
  licenseKey: 'APP-TEST',
  publicKeys: [{ kid: 'key_x', publicKey: Buffer.alloc(32).toString('base64') }],
  fingerprint: 'packed-fingerprint-0001',
});
const offline = await client.validate();
const management = new sdk.Licentric({ apiKey: 'lk_test_x', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
const error = await management.products.list().catch((e) => e);
console.log(JSON.stringify({
  exports: Object.keys(sdk).sort(),
  fingerprint: await sdk.fingerprint({ salt: 'packed' }),
  malformed: sdk.verifyLicenseFile('nope', []).reason,
  offline: [offline.valid, offline.code, offline.source],
  error: [error instanceof sdk.LicentricError, error.code, error.status],
}));
`;

const CONSUMER_TS = `
import {
  Licentric,
  LicentricClient,
  LicentricError,
  type License,
  type Product,
  type Validation,
  type components,
} from '@licentric/sdk';

export async function vendorBackend(apiKey: string): Promise<string[]> {
  const licentric = new Licentric({ apiKey, baseUrl: 'https://licensing.example.com' });
  const product: Product = await licentric.products.create({ name: 'App', code: 'app' });
  const license: License = await licentric.licenses.create({ productId: product.id, policyId: 'p' });
  await licentric.licenses.suspend(license.id);
  const codes: string[] = [];
  for await (const item of licentric.licenses.iterate({ status: 'active' })) codes.push(item.key);
  // @ts-expect-error: unknown fields are a type error, like the server's 400
  await licentric.products.create({ name: 'App', code: 'app', colour: 'red' });
  return codes;
}

export async function shippedApp(): Promise<boolean> {
  const client = new LicentricClient({ baseUrl: 'https://x', licenseKey: 'K', publicKeys: [] });
  const result: Validation = await client.validate({ activate: true });
  const error: components['schemas']['Error'] | null = null;
  return result.valid && error === null && !(result instanceof LicentricError);
}
`;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-sdk-pack-'));
  // Build explicitly (what `prepack` does), so the test does not depend on npm's ignore-scripts setting.
  fs.rmSync(path.join(sdkDir, 'dist'), { recursive: true, force: true });
  execFileSync(tsc, ['-p', path.join(sdkDir, 'tsconfig.json')], { stdio: 'pipe' });
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: sdkDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  [packed] = JSON.parse(output.slice(output.indexOf('['))) as [typeof packed];
  const target = path.join(work, 'node_modules/@licentric/sdk');
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', target, '--strip-components=1']);
  fs.writeFileSync(path.join(work, 'package.json'), '{ "type": "module", "private": true }\n');
}, 240_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('@licentric/sdk package', () => {
  it('packs the built ESM, its declarations and package.json only, with no dependencies', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('package.json');
    expect(files.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md'].includes(f))).toEqual(
      [],
    );
    expect(files.filter((f) => f.includes('.test.'))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(sdkDir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: '@licentric/sdk', type: 'module' });
    expect(manifest.dependencies ?? {}).toEqual({});
    const imports = files
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => {
        const text = fs.readFileSync(path.join(work, 'node_modules/@licentric/sdk', f), 'utf8');
        return [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      });
    expect(imports.filter((i) => !i?.startsWith('./') && !i?.startsWith('node:'))).toEqual([]);
  });

  it('imports from the installed tarball and works without a server', { timeout: 30_000 }, () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', CONSUMER_MJS], {
      cwd: work,
      encoding: 'utf8',
    });
    const result = JSON.parse(output);
    expect(result.exports).toEqual(
      expect.arrayContaining([
        'Licentric',
        'LicentricClient',
        'LicentricError',
        'fingerprint',
        'machineId',
        'verifyLicenseFile',
        'verifyResponse',
      ]),
    );
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(result.malformed).toBe('MALFORMED');
    expect(result.offline).toEqual([false, 'OFFLINE_NO_CACHE', 'none']);
    expect(result.error).toEqual([true, 'NETWORK_ERROR', 0]);
  });

  it('type-checks a strict TypeScript consumer against the packed declarations', { timeout: 180_000 }, () => {
    fs.writeFileSync(path.join(work, 'consumer.ts'), CONSUMER_TS);
    fs.writeFileSync(
      path.join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: ['node'],
          typeRoots: [path.join(root, 'node_modules/@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    const run = () => execFileSync(tsc, ['-p', work], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
