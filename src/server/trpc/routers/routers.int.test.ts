// The dashboard's tRPC routers through createCaller, with sessions of each role: viewers cannot mutate, only
// owners/admins manage members and settings, another account's ids are NOT_FOUND, errors keep their codes.
import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { randomString } from '@/lib/crypto.ts';
import { testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import type { Role } from '@/generated/prisma/enums.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { resetEnvForTests } from '@/env.ts';
import { createCallerFactory, type TrpcContext } from '../init.ts';
import { appRouter } from './index.ts';

const createCaller = createCallerFactory(appRouter);
const rand = () => randomString(10, 'abcdefghijklmnopqrstuvwxyz0123456789');

let db: Db;

interface Team {
  accountId: string;
  users: Record<Role, { id: string; email: string; name: string | null }>;
}

async function makeTeam(): Promise<Team> {
  const owner = await createAccount(
    { db },
    {
      name: `Team ${rand()}`,
      ownerEmail: `owner-${rand()}@example.com`,
      ownerPassword: 'correct horse battery',
    },
  );
  const users = { owner: { id: owner.owner.id, email: owner.owner.email, name: null } } as Team['users'];
  for (const role of ['admin', 'developer', 'viewer'] as const) {
    const user = await db.user.create({ data: { email: `${role}-${rand()}@example.com` } });
    await db.membership.create({ data: { accountId: owner.account.id, userId: user.id, role } });
    users[role] = { id: user.id, email: user.email, name: null };
  }
  return { accountId: owner.account.id, users };
}

function caller(team: Team | null, role: Role = 'owner', environment: 'live' | 'test' = 'test') {
  const ctx: TrpcContext = {
    db,
    user: team ? team.users[role] : null,
    accountId: team?.accountId,
    environment,
    ip: `10.0.0.${Math.floor(Math.random() * 250)}`,
  };
  return createCaller(ctx);
}

async function expectCode(promise: Promise<unknown>, code: TRPCError['code']) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

let a: Team;
let b: Team;

/** A product + policy + license in team `t` (test environment). */
async function seedLicense(t: Team) {
  const dev = caller(t, 'developer');
  const product = await dev.products.create({ name: 'Editor', code: `ed-${rand()}`, keyPrefix: 'EDT' });
  const policy = await dev.policies.create({
    productId: product.id,
    name: 'Desktop',
    template: 'desktop_app',
  });
  const license = await dev.licenses.create({
    productId: product.id,
    policyId: policy.id,
    userEmail: 'Buyer@Example.com',
  });
  return { product, policy, license };
}

beforeAll(async () => {
  db = await testDb();
  a = await makeTeam();
  b = await makeTeam();
});

describe('procedure ladder', () => {
  it('rejects callers without a session', async () => {
    await expectCode(caller(null).products.list({ limit: 10 }), 'UNAUTHORIZED');
  });

  it('me answers the account, role and environment of the session', async () => {
    const me = await caller(a, 'viewer', 'live').account.me();
    expect(me).toMatchObject({ accountId: a.accountId, role: 'viewer', environment: 'live' });
    expect(me.accounts.map((x) => x.id)).toContain(a.accountId);
  });

  it('falls back to the first membership when the account cookie names a foreign account', async () => {
    const c = createCaller({
      db,
      user: a.users.developer,
      accountId: b.accountId,
      environment: 'test',
      ip: '1.1.1.1',
    });
    expect((await c.account.me()).accountId).toBe(a.accountId);
  });

  it('sign-up creates a user who owns a new account; the same email again is a CONFLICT', async () => {
    const email = `new-${rand()}@example.com`;
    const created = await caller(null).account.signUp({
      name: 'Ada',
      accountName: 'Ada Apps',
      email,
      password: 'long enough password',
    });
    const user = { id: created.userId, email, name: 'Ada' };
    const me = await createCaller({
      db,
      user,
      accountId: undefined,
      environment: 'live',
      ip: '1.1.1.2',
    }).account.me();
    expect(me).toMatchObject({ accountId: created.accountId, role: 'owner' });
    await expectCode(
      caller(null).account.signUp({
        name: 'Ada',
        accountName: 'Again',
        email,
        password: 'long enough password',
      }),
      'CONFLICT',
    );
  });

  it('sign-up input errors come back as BAD_REQUEST with field issues', async () => {
    const error = await expectCode(
      caller(null).account.signUp({ name: 'x', accountName: 'y', email: 'not-an-email', password: 'short' }),
      'BAD_REQUEST',
    );
    expect(error.cause).toBeDefined();
  });
});

describe('products, policies, entitlements', () => {
  it('viewer reads but cannot mutate; developer can; foreign ids are NOT_FOUND', async () => {
    const { product, policy } = await seedLicense(a);
    const viewer = caller(a, 'viewer');
    expect((await viewer.products.list({ limit: 100 })).items.map((p) => p.id)).toContain(product.id);
    await expectCode(viewer.products.create({ name: 'X', code: `x-${rand()}` }), 'FORBIDDEN');
    await expectCode(viewer.products.update({ id: product.id, data: { name: 'Y' } }), 'FORBIDDEN');
    await expectCode(
      viewer.policies.create({ productId: product.id, name: 'P', template: 'trial' }),
      'FORBIDDEN',
    );
    await expectCode(viewer.entitlements.create({ code: `e-${rand()}`, name: 'E' }), 'FORBIDDEN');

    const other = caller(b, 'owner');
    await expectCode(other.products.get({ id: product.id }), 'NOT_FOUND');
    await expectCode(other.products.update({ id: product.id, data: { name: 'hijack' } }), 'NOT_FOUND');
    await expectCode(other.policies.get({ id: policy.id }), 'NOT_FOUND');
    await expectCode(
      other.policies.create({ productId: product.id, name: 'P', template: 'trial' }),
      'NOT_FOUND',
    );
  });

  it('a template fills the policy rules; templates are served to the form', async () => {
    const dev = caller(a, 'developer');
    const product = await dev.products.create({ name: 'CLI', code: `cli-${rand()}` });
    const saas = await dev.policies.create({
      productId: product.id,
      name: 'SaaS',
      template: 'saas',
      allowUnlimitedActivations: true,
    });
    expect(saas).toMatchObject({
      maxMachines: null,
      durationDays: 30,
      requireHeartbeat: true,
      heartbeatIntervalMinutes: 1440,
      floating: true,
    });
    const templates = await dev.policies.templates();
    expect(templates.trial).toMatchObject({ maxMachines: 1, isTrial: true });
  });

  it('entitlements: create, attach to a license, foreign detach is NOT_FOUND', async () => {
    const { license } = await seedLicense(a);
    const dev = caller(a, 'developer');
    const ent = await dev.entitlements.create({ code: `pdf-${rand()}`, name: 'PDF' });
    const attached = await dev.licenses.attachEntitlements({
      id: license.id,
      data: { entitlementIds: [ent.id] },
    });
    expect(attached.entitlements).toContain(ent.code);
    await expectCode(
      caller(b).licenses.detachEntitlement({ id: license.id, entitlementId: ent.id }),
      'NOT_FOUND',
    );
    await expectCode(caller(b).entitlements.get({ id: ent.id }), 'NOT_FOUND');
  });

  it('domain conflicts keep their code (duplicate product code → CONFLICT)', async () => {
    const dev = caller(a, 'developer');
    const code = `dup-${rand()}`;
    await dev.products.create({ name: 'One', code });
    await expectCode(dev.products.create({ name: 'Two', code }), 'CONFLICT');
  });
});

describe('licenses', () => {
  it('list with filters, detail with the key, status actions; viewer FORBIDDEN; foreign NOT_FOUND', async () => {
    const { product, license } = await seedLicense(a);
    const dev = caller(a, 'developer');
    expect(license.key).toMatch(/^EDT-/);
    const page = await dev.licenses.list({ limit: 5, productId: product.id });
    expect(page.items.map((l) => l.id)).toEqual([license.id]);
    expect((await dev.licenses.list({ limit: 5, q: license.key })).items[0]?.id).toBe(license.id);

    await expectCode(caller(a, 'viewer').licenses.suspend({ id: license.id }), 'FORBIDDEN');
    await expectCode(caller(b).licenses.get({ id: license.id }), 'NOT_FOUND');
    await expectCode(caller(b).licenses.suspend({ id: license.id }), 'NOT_FOUND');

    expect((await dev.licenses.suspend({ id: license.id })).status).toBe('suspended');
    expect(
      (await dev.licenses.list({ limit: 5, productId: product.id, status: 'suspended' })).items,
    ).toHaveLength(1);
    await expectCode(dev.licenses.suspend({ id: license.id }), 'CONFLICT');
    expect((await dev.licenses.reinstate({ id: license.id })).status).toBe('active');

    const events = await caller(a, 'viewer').audit.list({
      resourceType: 'license',
      resourceId: license.id,
      limit: 10,
    });
    expect(events.items.map((e) => e.type)).toEqual([
      'license.reinstated',
      'license.suspended',
      'license.created',
    ]);
    expect(events.items[0]?.actor).toEqual({ type: 'user', id: a.users.developer.id });
    expect((await caller(b).audit.list({ resourceId: license.id, limit: 10 })).items).toEqual([]);
  });

  it('cursor pagination walks every license once', async () => {
    const { product, policy } = await seedLicense(a);
    const dev = caller(a, 'developer');
    for (let i = 0; i < 4; i++) await dev.licenses.create({ productId: product.id, policyId: policy.id });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await dev.licenses.list({
        limit: 2,
        productId: product.id,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((l) => l.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('search takes _ and % literally (dashboard q and the audit type prefix)', async () => {
    const { product, policy } = await seedLicense(a);
    const dev = caller(a, 'developer');
    const tag = rand();
    const plain = await dev.licenses.create({
      productId: product.id,
      policyId: policy.id,
      name: `Seat ${tag} 50 off`,
      userEmail: `jsmith-${tag}@example.com`,
    });
    const marked = await dev.licenses.create({
      productId: product.id,
      policyId: policy.id,
      name: `Seat ${tag}_50% off`,
      userEmail: `j_mith-${tag}@example.com`,
    });
    const search = async (q: string) =>
      (await dev.licenses.list({ limit: 10, productId: product.id, q })).items.map((l) => l.id);
    expect(await search(`${tag}_50%`)).toEqual([marked.id]);
    expect(await search(`j_mith-${tag}`)).toEqual([marked.id]);
    expect(await search(`${tag} 50`)).toEqual([plain.id]);
    expect(await search(`SEAT ${tag}`)).toEqual([marked.id, plain.id]);
    for (const q of [`${tag}%off`, `${tag}_50 off`, `j%-${tag}`, `%${tag}`])
      expect(await search(q), q).toEqual([]);

    // the audit log's type filter is a prefix: its pattern characters are literal too
    const audit = caller(a, 'viewer').audit;
    expect((await audit.list({ type: 'license.*', resourceId: plain.id, limit: 5 })).items).toHaveLength(1);
    for (const type of ['licens_.*', '%.*', '_icense.*'])
      expect((await audit.list({ type, resourceId: plain.id, limit: 5 })).items, type).toEqual([]);
  });

  it('the environments are separate: live sees none of the test data', async () => {
    const { license } = await seedLicense(a);
    await expectCode(caller(a, 'owner', 'live').licenses.get({ id: license.id }), 'NOT_FOUND');
  });
});

describe('machines', () => {
  it('lists the machines of a license; deactivation is a write; foreign NOT_FOUND', async () => {
    const { license } = await seedLicense(a);
    const { activateMachine } = await import('@/server/domain/machines/machines.ts');
    const activated = await activateMachine(
      { db, accountId: a.accountId, environment: 'test', actor: { type: 'license', id: license.id } },
      { fingerprint: `fp-${rand()}-${rand()}` },
    );
    const viewer = caller(a, 'viewer');
    expect((await viewer.machines.list({ licenseId: license.id, limit: 10 })).items.map((m) => m.id)).toEqual(
      [activated.machine.id],
    );
    await expectCode(viewer.machines.deactivate({ id: activated.machine.id }), 'FORBIDDEN');
    await expectCode(caller(b).machines.deactivate({ id: activated.machine.id }), 'NOT_FOUND');
    await caller(a, 'developer').machines.deactivate({ id: activated.machine.id });
    expect((await viewer.machines.list({ licenseId: license.id, limit: 10 })).items).toEqual([]);
  });
});

describe('webhooks', () => {
  it('endpoints: viewer FORBIDDEN, test event queued as a delivery, foreign NOT_FOUND', async () => {
    await expectCode(caller(a, 'viewer').webhooks.create({ url: 'http://127.0.0.1:9/hook' }), 'FORBIDDEN');
    const created = await caller(a, 'developer').webhooks.create({
      url: 'http://127.0.0.1:9/hook',
      events: ['license.*'],
    });
    expect(created.secret).toMatch(/^whsec_/);
    const delivery = await caller(a, 'developer').webhooks.sendTest({ id: created.id });
    expect(delivery.eventType).toBe('webhook.test');
    const log = await caller(a, 'viewer').webhooks.deliveries({ id: created.id, limit: 10 });
    expect(log.items.map((d) => d.id)).toContain(delivery.id);
    await expectCode(caller(b).webhooks.deliveries({ id: created.id, limit: 10 }), 'NOT_FOUND');
    await expectCode(caller(b).webhooks.redeliver({ id: created.id, deliveryId: delivery.id }), 'NOT_FOUND');
  });
});

describe('API keys', () => {
  it('create returns the secret once; list hides it; viewer FORBIDDEN; foreign revoke NOT_FOUND', async () => {
    await expectCode(caller(a, 'viewer').apiKeys.create({ environment: 'test', scopes: [] }), 'FORBIDDEN');
    const created = await caller(a, 'developer').apiKeys.create({
      environment: 'test',
      name: 'CI',
      scopes: ['analytics:read'],
    });
    expect(created.key).toMatch(/^lk_test_/);
    const list = await caller(a, 'viewer').apiKeys.list();
    const listed = list.find((k) => k.id === created.id);
    expect(listed).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await expectCode(caller(b).apiKeys.revoke({ id: created.id }), 'NOT_FOUND');
    expect((await caller(a, 'developer').apiKeys.revoke({ id: created.id })).revokedAt).not.toBeNull();
  });
});

describe('members and settings', () => {
  it('only owners and admins manage members and settings', async () => {
    const t = await makeTeam();
    await expectCode(
      caller(t, 'developer').account.invite({ email: 'x@example.com', role: 'viewer' }),
      'FORBIDDEN',
    );
    await expectCode(caller(t, 'developer').account.updateSettings({ name: 'Nope' }), 'FORBIDDEN');
    await expectCode(
      caller(t, 'viewer').account.updateRole({ userId: t.users.developer.id, role: 'admin' }),
      'FORBIDDEN',
    );
    await expectCode(
      caller(t, 'admin').account.invite({ email: 'x@example.com', role: 'owner' }),
      'FORBIDDEN',
    );

    const saved = await caller(t, 'admin').account.updateSettings({
      name: 'Renamed',
      supportEmail: 'help@example.com',
      supportUrl: 'https://example.com/help',
    });
    expect(saved).toMatchObject({ name: 'Renamed', supportEmail: 'help@example.com' });
    expect((await caller(t, 'viewer').account.settings()).name).toBe('Renamed');
  });

  it('invite → link → accept joins with the role; the link works once', async () => {
    const t = await makeTeam();
    const joiner = await createAccount(
      { db },
      {
        name: `Joiner ${rand()}`,
        ownerEmail: `joiner-${rand()}@example.com`,
        ownerPassword: 'another long password',
      },
    );
    const joinerUser = { id: joiner.owner.id, email: joiner.owner.email, name: null };
    const invitation = await caller(t, 'admin').account.invite({
      email: joinerUser.email.toUpperCase(),
      role: 'developer',
    });
    expect(invitation.emailed).toBe(false);
    const token = invitation.link.split('/invite/')[1] ?? '';
    expect((await caller(null).account.invitation({ token })).role).toBe('developer');

    // someone else holding the link (forwarded, leaked) cannot use it, and it stays open for the invitee
    const refused = await expectCode(caller(b, 'viewer').account.acceptInvitation({ token }), 'FORBIDDEN');
    expect(refused.message).toContain(joinerUser.email);
    expect(
      await db.membership.findFirst({ where: { accountId: t.accountId, userId: b.users.viewer.id } }),
    ).toBeNull();
    const asJoiner = createCaller({
      db,
      user: joinerUser,
      accountId: undefined,
      environment: 'test',
      ip: '2.2.2.2',
    });
    expect(await asJoiner.account.acceptInvitation({ token })).toMatchObject({
      accountId: t.accountId,
      role: 'developer',
    });
    await expectCode(asJoiner.account.acceptInvitation({ token }), 'NOT_FOUND');
    const inTeam = createCaller({
      db,
      user: joinerUser,
      accountId: t.accountId,
      environment: 'test',
      ip: '2.2.2.2',
    });
    expect(await inTeam.account.me()).toMatchObject({ accountId: t.accountId, role: 'developer' });
    expect((await caller(t).account.members()).members.map((m) => m.userId)).toContain(joinerUser.id);
  });

  it('the last owner cannot be demoted or removed; an admin cannot touch an owner', async () => {
    const t = await makeTeam();
    await expectCode(
      caller(t, 'owner').account.updateRole({ userId: t.users.owner.id, role: 'admin' }),
      'CONFLICT',
    );
    await expectCode(caller(t, 'admin').account.removeMember({ userId: t.users.owner.id }), 'FORBIDDEN');
    await caller(t, 'admin').account.updateRole({ userId: t.users.viewer.id, role: 'developer' });
    await caller(t, 'admin').account.removeMember({ userId: t.users.developer.id });
    const members = (await caller(t).account.members()).members;
    expect(members.find((m) => m.userId === t.users.viewer.id)?.role).toBe('developer');
    expect(members.find((m) => m.userId === t.users.developer.id)).toBeUndefined();
    await expectCode(caller(b).account.removeMember({ userId: t.users.viewer.id }), 'NOT_FOUND');
  });
});

describe('signing keys', () => {
  it('members list the public keys; only owners/admins rotate', async () => {
    const keys = await caller(a, 'viewer').signingKeys.list();
    expect(keys.length).toBeGreaterThan(0);
    await expectCode(caller(a, 'developer').signingKeys.rotate(), 'FORBIDDEN');
    const rotated = await caller(a, 'admin').signingKeys.rotate();
    expect((await caller(a, 'viewer').signingKeys.list()).find((k) => k.active)?.kid).toBe(rotated.kid);
  });
});

describe('input guard', () => {
  it.each([
    ['a NUL in a text field', { name: 'a\u0000b' }, ['name']],
    ['a lone surrogate in a metadata key', { metadata: { '\ud800': 1 } }, ['metadata', '\ud800']],
    [
      '15,000 nested arrays in metadata',
      { metadata: { a: JSON.parse(`${'['.repeat(15_000)}${']'.repeat(15_000)}`) } },
      null,
    ],
  ])('%s is BAD_REQUEST naming the path, before any schema or query runs', async (_case, extra, path) => {
    const input = { name: 'Guarded', code: `g-${rand()}`, ...extra } as Parameters<
      ReturnType<typeof caller>['products']['create']
    >[0];
    const error = await expectCode(caller(a, 'developer').products.create(input), 'BAD_REQUEST');
    const shape = error.cause as { code?: string; details?: { issues?: Array<{ path: unknown[] }> } };
    expect(shape.code).toBe('VALIDATION_ERROR');
    if (path) expect(shape.details?.issues?.[0]?.path).toEqual(path);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'metadata with the key %s is refused over REST, so the dashboard list (superjson) keeps working',
    async (key) => {
      const { createProductRoute } = await import('@/server/rest/endpoints/products.ts');
      const { createApiKey } = await import('@/server/domain/api-keys/api-keys.ts');
      const { key: apiKey } = await createApiKey({ db, accountId: a.accountId }, { environment: 'test' });
      const response = await createProductRoute(
        new Request('http://localhost/api/v1/products', {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: `{"name":"Meta","code":"m-${rand()}","metadata":{"${key}":{"x":1}}}`,
        }),
      );
      expect(response.status, await response.text()).toBe(400);
      await expect(caller(a, 'viewer').products.list({ limit: 100 })).resolves.toBeDefined();
    },
  );

  it('invitations are limited per account (20 an hour), other accounts unaffected', async () => {
    const t = await makeTeam();
    for (let i = 0; i < 20; i++)
      await caller(t, 'admin').account.invite({ email: `many-${i}-${rand()}@example.com`, role: 'viewer' });
    const error = await expectCode(
      caller(t, 'owner').account.invite({ email: `one-more-${rand()}@example.com`, role: 'viewer' }),
      'TOO_MANY_REQUESTS',
    );
    expect(error.message).toMatch(/Too many invitations from this account. Try again in \d+ seconds./);
    expect(await db.invitation.count({ where: { accountId: t.accountId } })).toBe(20);
    const other = await makeTeam();
    await expect(
      caller(other, 'admin').account.invite({ email: `fine-${rand()}@example.com`, role: 'viewer' }),
    ).resolves.toMatchObject({ role: 'viewer' });
  });

  it('SIGNUP_ENABLED=false closes public sign-up; an invited address may still join', async () => {
    process.env.SIGNUP_ENABLED = 'false';
    resetEnvForTests();
    try {
      const signUp = (email: string) =>
        caller(null).account.signUp({
          name: 'Closed',
          accountName: 'Closed Inc',
          email,
          password: 'long enough password',
        });
      const stranger = `stranger-${rand()}@example.com`;
      const error = await expectCode(signUp(stranger), 'FORBIDDEN');
      expect(error.message).toContain('Sign-up is closed');
      expect(await db.user.findUnique({ where: { email: stranger } })).toBeNull();

      const invited = `invited-${rand()}@example.com`;
      await caller(a, 'admin').account.invite({ email: invited, role: 'viewer' });
      await expect(signUp(invited.toUpperCase())).resolves.toMatchObject({ email: invited });
      // the operator's path (CLI, seed) still creates accounts
      await expect(
        createAccount({ db }, { name: 'By the operator', ownerEmail: `op-${rand()}@example.com` }),
      ).resolves.toBeDefined();
    } finally {
      delete process.env.SIGNUP_ENABLED;
      resetEnvForTests();
    }
  });

  it('also guards procedures open to anyone (sign-up)', async () => {
    await expectCode(
      caller(null).account.signUp({
        name: 'A\u0000',
        accountName: 'Apps',
        email: `n-${rand()}@example.com`,
        password: 'long enough password',
      }),
      'BAD_REQUEST',
    );
  });
});
