// Fuzzes every procedure of the dashboard's tRPC router (read from the router itself, so a new procedure is fuzzed
// without anyone listing it) through createCaller, as the account's owner and without a session: no input, inputs
// of the wrong shape, each field wrong / unstorable / huge / deep, values only superjson can carry (BigInt, Date,
// Map, NaN…), missing and unknown fields. Never INTERNAL_SERVER_ERROR; the input guard's cases are BAD_REQUEST.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError, type AnyProcedure } from '@trpc/server';
import { z } from 'zod';
import { randomString } from '@/lib/crypto.ts';
import type { Db } from '@/server/db.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';
import { createCallerFactory, type TrpcContext } from '@/server/trpc/init.ts';
import { appRouter } from '@/server/trpc/routers/index.ts';
import { testDb } from '../helpers.ts';
import { Tally } from './rest-cases.ts';
import {
  NOT_AN_OBJECT,
  fuzzSeed,
  jsValue,
  objectMutations,
  sampleFromSchema,
  seededRng,
  type IdPool,
  type JsonSchema,
  type Mutation,
} from './values.ts';

const createCaller = createCallerFactory(appRouter);
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures,
);
const seed = fuzzSeed();
const tally = new Tally();
const rand = () => randomString(10, 'abcdefghijklmnopqrstuvwxyz0123456789');

let db: Db;
let owner: { id: string; email: string; name: string | null };
let accountId: string;
const ids: IdPool = {};

/** Values JSON cannot carry but superjson (the dashboard's transformer) can. */
const SUPERJSON_ONLY: Mutation[] = [
  { label: 'BigInt', value: 10n ** 30n, reject: null },
  { label: 'NaN', value: Number.NaN, reject: null },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY, reject: null },
  { label: 'invalid Date', value: new Date(Number.NaN), reject: null },
  { label: 'Date', value: new Date(0), reject: null },
  { label: 'Map', value: new Map([['k', '\u0000']]), reject: null },
  { label: 'Set', value: new Set([1, 2]), reject: null },
  { label: 'RegExp', value: /.*/, reject: null },
  { label: 'undefined', value: undefined, reject: null },
];

const caller = (user: typeof owner | null) =>
  createCaller({
    db,
    user,
    accountId: user ? accountId : undefined,
    environment: 'test',
    ip: `203.0.113.${Math.floor(Math.random() * 250)}-${rand()}`,
  } satisfies TrpcContext);

/** The procedure at a dotted path of a caller. */
function procedureOf(target: unknown, path: string): (input: unknown) => Promise<unknown> {
  return path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], target) as (
    input: unknown,
  ) => Promise<unknown>;
}

/** `products.get` → `product` (whose id an `id` field names). */
const ownerOf = (path: string): string => {
  const namespace = path.split('.')[0] ?? '';
  if (namespace === 'account') return 'invitation';
  if (namespace === 'policies') return 'policy';
  return namespace.replace(/s$/, '');
};

beforeAll(async () => {
  db = await testDb();
  const created = await createAccount(
    { db },
    {
      name: `Fuzz ${rand()}`,
      ownerEmail: `fuzz-${rand()}@example.com`,
      ownerPassword: 'correct horse battery',
    },
  );
  owner = { id: created.owner.id, email: created.owner.email, name: null };
  accountId = created.account.id;
  const viewer = await db.user.create({ data: { email: `viewer-${rand()}@example.com` } });
  await db.membership.create({ data: { accountId, userId: viewer.id, role: 'viewer' } });
  ids.member = viewer.id;

  const api = caller(owner);
  const product = await api.products.create({ name: 'Fuzzed', code: `fz-${rand()}`, keyPrefix: 'FZ' });
  const policy = await api.policies.create({ productId: product.id, name: 'Fuzz', template: 'desktop_app' });
  const license = await api.licenses.create({ productId: product.id, policyId: policy.id });
  const entitlement = await api.entitlements.create({ code: `fz-${rand()}`, name: 'Fuzz' });
  const webhook = await api.webhooks.create({ url: 'http://127.0.0.1:9/fuzz' });
  const apiKey = await api.apiKeys.create({ environment: 'test', name: 'fuzz' });
  const invitation = await api.account.invite({ email: `invitee-${rand()}@example.com`, role: 'viewer' });
  const machine = await activateMachine(
    { db, accountId, environment: 'test', actor: { type: 'system', id: null } },
    { licenseId: license.id, fingerprint: `fp-${rand()}` },
  );
  Object.assign(ids, {
    product: product.id,
    policy: policy.id,
    license: license.id,
    entitlement: entitlement.id,
    webhook: webhook.id,
    apiKey: (apiKey as { id: string }).id,
    invitation: (invitation as { id: string }).id,
    machine: machine.machine.id,
  });
});
afterAll(() => console.log(tally.report(seed)));

it('finds the procedures', () => {
  expect(procedures.length).toBeGreaterThan(50);
});

describe.each(procedures.map(([path, procedure]) => [path, procedure] as const))('%s', (path, procedure) => {
  it('never answers INTERNAL_SERVER_ERROR; guarded input is BAD_REQUEST', async () => {
    const rng = seededRng([...path].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), seed) >>> 0);
    const parser = procedure._def.inputs[0] as z.ZodType | undefined; // every router input is a zod schema
    const schema = parser
      ? (z.toJSONSchema(parser, { io: 'input', unrepresentable: 'any' }) as JsonSchema)
      : null;
    const base = schema ? sampleFromSchema(schema, ids, '', ownerOf(path)) : undefined;
    const isObject = !!base && typeof base === 'object' && !Array.isArray(base);
    const inputs: Mutation[] = [
      { label: 'no input', value: undefined, reject: null },
      { label: 'null', value: null, reject: null },
      { label: 'the sample input', value: base, reject: null },
      ...NOT_AN_OBJECT,
      ...(schema ? objectMutations(schema, isObject ? (base as Record<string, unknown>) : {}, rng) : []),
      ...SUPERJSON_ONLY.map((m) => ({ ...m, label: `whole input: ${m.label}` })),
      ...(isObject
        ? Object.keys(base).flatMap((field) =>
            SUPERJSON_ONLY.map((m) => ({
              ...m,
              label: `${field}: ${m.label}`,
              value: { ...base, [field]: m.value },
            })),
          )
        : []),
    ];
    const problems: string[] = [];
    for (const [who, user] of [
      ['owner', owner],
      ['no session', null],
    ] as const) {
      for (const input of who === 'owner' ? inputs : inputs.slice(0, 8)) {
        let code = 'OK';
        try {
          await procedureOf(caller(user), path)(jsValue(input.value));
        } catch (error) {
          code = error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
        }
        tally.count(`tRPC createCaller (${who})`, path, code === 'INTERNAL_SERVER_ERROR' ? 500 : 200);
        const where = `${path} · ${who} · ${input.label}`;
        if (code === 'INTERNAL_SERVER_ERROR' || code.startsWith('not a')) problems.push(`${where}: ${code}`);
        else if (input.reject === 'guard' && code !== 'BAD_REQUEST')
          problems.push(`${where}: ${code}, expected BAD_REQUEST`);
      }
    }
    expect(problems).toEqual([]);
  });
});
