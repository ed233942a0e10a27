// API keys: format, hashing at rest, expiry and revocation as seen by authentication, lastUsedAt throttling.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, testDb } from '../../../../tests/helpers.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import { authenticateApiKey } from '@/server/auth/api-key.ts';
import { sha256Hex } from '@/lib/crypto.ts';
import type { Db } from '@/server/db.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('API keys', () => {
  it('stores only the hash and lists prefix + last 4', async () => {
    const account = await createTestAccount(db);
    const key = await createApiKey(
      { db, accountId: account.id },
      { environment: 'live', scopes: ['licenses:read'] },
    );
    expect(key.key).toMatch(/^lk_live_[0-9A-Za-z]{40}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.keyHash).toBe(sha256Hex(key.key));
    expect(JSON.stringify(row)).not.toContain(key.key.slice(8));
    const [listed] = await listApiKeys({ db, accountId: account.id });
    expect(listed).toMatchObject({
      prefix: key.key.slice(0, 12),
      last4: key.key.slice(-4),
      scopes: ['licenses:read'],
    });
    expect(listed).not.toHaveProperty('key');
  });

  it('authenticates valid keys only', async () => {
    const account = await createTestAccount(db);
    const valid = await createApiKey({ db, accountId: account.id }, { environment: 'test' });
    expect(await authenticateApiKey(db, valid.key)).toMatchObject({
      accountId: account.id,
      environment: 'test',
      scopes: [],
    });
    expect(await authenticateApiKey(db, `${valid.key.slice(0, -1)}x`)).toBeNull();
    expect(await authenticateApiKey(db, 'lk_live_short')).toBeNull();

    const expiring = await createApiKey(
      { db, accountId: account.id },
      {
        environment: 'live',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(await authenticateApiKey(db, expiring.key)).not.toBeNull();
    expect(await authenticateApiKey(db, expiring.key, new Date(Date.now() + 120_000))).toBeNull();

    await revokeApiKey({ db, accountId: account.id }, { id: valid.id });
    expect(await authenticateApiKey(db, valid.key)).toBeNull();
  });

  it('refuses to revoke another account’s key and rejects past expiry', async () => {
    const a = await createTestAccount(db);
    const b = await createTestAccount(db);
    const key = await createApiKey({ db, accountId: a.id }, { environment: 'live' });
    await expect(revokeApiKey({ db, accountId: b.id }, { id: key.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      createApiKey({ db, accountId: a.id }, { environment: 'live', expiresAt: '2020-01-01T00:00:00.000Z' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('writes lastUsedAt at most once a minute', async () => {
    const account = await createTestAccount(db);
    const key = await createApiKey({ db, accountId: account.id }, { environment: 'live' });
    const t0 = new Date();
    await authenticateApiKey(db, key.key, t0);
    await new Promise((r) => setTimeout(r, 100));
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first?.getTime()).toBe(t0.getTime());
    await authenticateApiKey(db, key.key, new Date(t0.getTime() + 30_000));
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt?.getTime()).toBe(
      t0.getTime(),
    );
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiKey(db, key.key, later);
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt?.getTime()).toBe(
      later.getTime(),
    );
  });

  it('writes api_key.created and api_key.revoked to the audit log, without the secret', async () => {
    const account = await createTestAccount(db);
    const userId = '0b5c4a52-3f8e-4c1e-9a3b-2f6d9e8c7a10';
    const key = await createApiKey(
      { db, accountId: account.id, userId },
      { environment: 'test', name: 'ci' },
    );
    await revokeApiKey({ db, accountId: account.id }, { id: key.id });
    await revokeApiKey({ db, accountId: account.id }, { id: key.id }); // idempotent: no second event
    const events = await db.event.findMany({ where: { accountId: account.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.type, e.environment, e.actorType, e.actorId])).toEqual([
      ['api_key.created', 'test', 'user', userId],
      ['api_key.revoked', 'test', 'system', null],
    ]);
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain(key.key.slice(8));
  });
});
