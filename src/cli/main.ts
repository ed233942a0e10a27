// Operator CLI (API.md §6): bootstrap and administer a deployment without a browser.
// `npm run cli -- <command>`; human text by default, one JSON object with --json; errors to stderr, exit 1.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { baseUrl } from '@/env.ts';
import { closeDb, EmbeddedDatabaseInUseError, getDb } from '@/server/db.ts';
import { AppError } from '@/server/errors.ts';
import { createAccount, findAccount } from '@/server/domain/accounts/accounts.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '@/server/domain/api-keys/api-keys.ts';
import { isScope } from '@/server/auth/scopes.ts';

const USAGE = `Usage: npm run cli -- <command> [options] [--json]

  account create --name <name> --owner-email <email> [--owner-password <pw>]
  api-key create --account <id or slug> --environment live|test [--scopes a,b,…] [--name <n>] [--expires-at <iso>]
  api-key list --account <id or slug>
  api-key revoke <apiKeyId>`;

type Output = { json: Record<string, unknown>; text: string };

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new AppError('VALIDATION_ERROR', `--${name} is required`);
  return value;
}

async function run(argv: string[]): Promise<Output> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      name: { type: 'string' },
      'owner-email': { type: 'string' },
      'owner-password': { type: 'string' },
      account: { type: 'string' },
      environment: { type: 'string' },
      scopes: { type: 'string' },
      'expires-at': { type: 'string' },
    },
  });
  const [resource, action, arg] = positionals;
  const db = await getDb({ migrate: true });

  if (resource === 'account' && action === 'create') {
    const email = z.email().safeParse(required(values, 'owner-email'));
    if (!email.success) throw new AppError('VALIDATION_ERROR', '--owner-email must be an email address');
    const result = await createAccount(
      { db },
      {
        name: required(values, 'name'),
        ownerEmail: email.data,
        ...(values['owner-password'] ? { ownerPassword: values['owner-password'] } : {}),
      },
    );
    const password = 'password' in result.owner ? `\n  password: ${result.owner.password} (shown once)` : '';
    return {
      json: result,
      text: `Account ${result.account.name} (${result.account.slug}) created: ${result.account.id}\nOwner ${result.owner.email}${password}`,
    };
  }

  if (resource === 'api-key' && action === 'create') {
    const account = await findAccount({ db }, required(values, 'account'));
    const scopes = (values.scopes ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = scopes.filter((s) => !isScope(s));
    if (unknown.length) throw new AppError('VALIDATION_ERROR', `Unknown scope(s): ${unknown.join(', ')}`);
    const environment = required(values, 'environment');
    if (environment !== 'live' && environment !== 'test')
      throw new AppError('VALIDATION_ERROR', '--environment must be live or test');
    const key = await createApiKey(
      { db, accountId: account.id },
      {
        environment,
        scopes: scopes.filter(isScope),
        ...(values.name ? { name: values.name } : {}),
        ...(values['expires-at'] ? { expiresAt: values['expires-at'] } : {}),
      },
    );
    const apiKey = {
      id: key.id,
      key: key.key,
      environment: key.environment,
      scopes: key.scopes,
      name: key.name,
      expiresAt: key.expiresAt,
    };
    return {
      json: { apiKey },
      text: `API key ${key.id} (${key.environment}, scopes: ${key.scopes.join(', ') || 'all'})\n  ${key.key}\nStore it now: it is shown only once.`,
    };
  }

  if (resource === 'api-key' && action === 'list') {
    const account = await findAccount({ db }, required(values, 'account'));
    const apiKeys = (await listApiKeys({ db, accountId: account.id })).map(
      ({ id, prefix, last4, environment, scopes, revokedAt, lastUsedAt, name }) => ({
        id,
        name,
        prefix,
        last4,
        environment,
        scopes,
        revokedAt,
        lastUsedAt,
      }),
    );
    const lines = apiKeys.map(
      (k) =>
        `${k.id}  ${k.prefix}…${k.last4}  ${k.environment}  ${k.scopes.join(',') || 'all scopes'}${k.revokedAt ? '  revoked' : ''}`,
    );
    return { json: { apiKeys }, text: lines.join('\n') || 'No API keys.' };
  }

  if (resource === 'api-key' && action === 'revoke') {
    if (!arg) throw new AppError('VALIDATION_ERROR', 'api-key revoke needs the API key id');
    const key = await revokeApiKey({ db }, { id: arg });
    return {
      json: { apiKey: { id: key.id, revokedAt: key.revokedAt } },
      text: `API key ${key.id} revoked at ${key.revokedAt}`,
    };
  }

  throw new AppError('VALIDATION_ERROR', USAGE);
}

const argv = process.argv.slice(2);
const json = argv.includes('--json');
let code = 0;
try {
  if (argv.length === 0 || argv.includes('--help')) console.log(USAGE);
  else {
    const out = await run(argv);
    console.log(json ? JSON.stringify(out.json) : out.text);
  }
} catch (error) {
  const message =
    error instanceof EmbeddedDatabaseInUseError
      ? `${error.message}\nThe CLI opens the database itself, and the running server (process ${error.pid}) holds the embedded one. While it runs, create and revoke API keys in the dashboard: ${baseUrl()}/dashboard/api-keys. Or stop the server and run this command again.`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(
    json
      ? JSON.stringify({ error: message, code: error instanceof AppError ? error.code : 'ERROR' })
      : `Error: ${message}`,
  );
  code = 1;
} finally {
  await closeDb();
}
process.exit(code);
