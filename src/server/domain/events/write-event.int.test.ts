import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestAccount, testContext, testDb } from '../../../../tests/helpers.ts';
import { writeEvent } from './write-event.ts';

describe('writeEvent', () => {
  it('writes the event in the transaction of the change', async () => {
    const db = await testDb();
    const account = await createTestAccount(db);
    const ctx = testContext(db, account);
    const resourceId = randomUUID();

    const event = await db.$transaction(async (tx) => {
      await tx.account.update({ where: { id: account.id }, data: { name: 'Renamed' } });
      const written = await writeEvent(tx, ctx, {
        type: 'account.updated',
        resourceType: 'account',
        resourceId,
        data: { name: 'Renamed', at: new Date(0), dropped: undefined },
      });
      expect(await tx.event.count({ where: { id: written.id } })).toBe(1);
      return written;
    });

    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({
      accountId: account.id,
      environment: 'test',
      type: 'account.updated',
      actorType: 'system',
      actorId: null,
      resourceType: 'account',
      resourceId,
      dispatchedAt: null,
    });
    expect(stored.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(stored.data).toEqual({ name: 'Renamed', at: '1970-01-01T00:00:00.000Z' });
  });

  it('rolls back with the change when the transaction throws', async () => {
    const db = await testDb();
    const account = await createTestAccount(db);
    const ctx = testContext(db, account);
    const resourceId = randomUUID();

    await expect(
      db.$transaction(async (tx) => {
        await tx.account.update({ where: { id: account.id }, data: { name: 'Never committed' } });
        await writeEvent(tx, ctx, { type: 'account.updated', resourceType: 'account', resourceId, data: {} });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');

    expect(await db.event.count({ where: { resourceId } })).toBe(0);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).name).toBe(account.name);
  });
});
