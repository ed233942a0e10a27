// The operator CLI as an operator runs it: a child process against the test database, JSON output, exit codes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../../tests/helpers.ts';
import { authenticateApiKey } from '@/server/auth/api-key.ts';

const run = promisify(execFile);

/** With the embedded database the CLI gets its own data folder (PGlite has one owning process), removed after. */
const cliDataDir = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-cli-'));
const cliEnv = { ...process.env, ...(cliDataDir ? { LICENTRIC_DATA_DIR: cliDataDir } : {}) };
afterAll(() => {
  if (cliDataDir) fs.rmSync(cliDataDir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith(cliEnv, ...args);
}

async function cliWith(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/main.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('operator CLI', () => {
  it('creates an account, creates, lists and revokes API keys (JSON)', { timeout: 120_000 }, async () => {
    const email = `ops-${Date.now()}@example.test`;
    const created = await cli('account', 'create', '--name', 'Ops Vendor', '--owner-email', email, '--json');
    expect(created.code).toBe(0);
    const { account, owner } = JSON.parse(created.stdout) as {
      account: { id: string; slug: string };
      owner: { email: string; password: string };
    };
    expect(owner.email).toBe(email);
    expect(owner.password).toMatch(/^[0-9A-Za-z]{20}$/);

    const keyOut = await cli(
      'api-key',
      'create',
      '--account',
      account.slug,
      '--environment',
      'test',
      '--scopes',
      'licenses:read,machines:write',
      '--name',
      'ci',
      '--json',
    );
    expect(keyOut.code).toBe(0);
    const { apiKey } = JSON.parse(keyOut.stdout) as {
      apiKey: { id: string; key: string; scopes: string[]; environment: string };
    };
    expect(apiKey.key).toMatch(/^lk_test_[0-9A-Za-z]{40}$/);
    expect(apiKey.scopes).toEqual(['licenses:read', 'machines:write']);

    const listed = JSON.parse((await cli('api-key', 'list', '--account', account.id, '--json')).stdout) as {
      apiKeys: Array<Record<string, unknown>>;
    };
    expect(listed.apiKeys).toHaveLength(1);
    expect(listed.apiKeys[0]).toMatchObject({
      id: apiKey.id,
      last4: apiKey.key.slice(-4),
      environment: 'test',
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(apiKey.key);

    if (process.env.DATABASE_URL) {
      expect(await authenticateApiKey(await testDb(), apiKey.key)).toMatchObject({
        id: apiKey.id,
        accountId: account.id,
      });
    }
    const revoked = JSON.parse((await cli('api-key', 'revoke', apiKey.id, '--json')).stdout) as {
      apiKey: { revokedAt: string };
    };
    expect(revoked.apiKey.revokedAt).toMatch(/Z$/);
    if (process.env.DATABASE_URL) expect(await authenticateApiKey(await testDb(), apiKey.key)).toBeNull();
  });

  it('reports errors on stderr with a non-zero exit code', { timeout: 60_000 }, async () => {
    const missing = await cli(
      'api-key',
      'create',
      '--account',
      'no-such-account',
      '--environment',
      'live',
      '--json',
    );
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ code: 'NOT_FOUND' });
    const badScope = await cli(
      'api-key',
      'create',
      '--account',
      'x',
      '--environment',
      'live',
      '--scopes',
      'everything',
    );
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toMatch(/Error: (Unknown scope|No account)/);
  });

  it(
    'explains the way that works when a running server holds the embedded database',
    { timeout: 60_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'licentric-cli-held-'));
      try {
        // the lock names a live process (this test's) as the owner, as the running server's lock does
        fs.writeFileSync(path.join(dir, 'pglite.lock'), String(process.pid));
        const { DATABASE_URL: _url, ...rest } = process.env;
        const held = await cliWith(
          { ...rest, LICENTRIC_DATA_DIR: dir, LICENTRIC_BASE_URL: 'http://licentric.test' },
          'api-key',
          'list',
          '--account',
          'demo',
        );
        expect(held.code).toBe(1);
        expect(held.stderr).toContain(`is in use by process ${process.pid}`);
        expect(held.stderr).toContain(
          'create and revoke API keys in the dashboard: http://licentric.test/dashboard/api-keys',
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
