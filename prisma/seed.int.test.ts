// The demo seed: every license status and template in both environments, working keys, and a no-op second run.
import { describe, expect, it } from 'vitest';
import { testDb } from '../tests/helpers.ts';
import { seed } from './seed.ts';
import { authenticateApiKey } from '@/server/auth/api-key.ts';

describe('demo seed', () => {
  it('seeds every status and template in live and test, once', { timeout: 120_000 }, async () => {
    const db = await testDb();
    const slug = `demo-${Date.now()}`;
    const printed: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      await seed(db, { slug });
      const account = await db.account.findUniqueOrThrow({ where: { slug } });
      for (const environment of ['live', 'test'] as const) {
        const where = { accountId: account.id, environment };
        const statuses = await db.license.groupBy({ by: ['status'], where, _count: true });
        const templates = await db.policy.findMany({ where, select: { template: true } });
        expect(statuses.map((s) => s.status).sort()).toEqual([
          'active',
          'banned',
          'expired',
          'revoked',
          'suspended',
        ]);
        expect(new Set(templates.map((t) => t.template))).toEqual(
          new Set(['desktop_app', 'cli_tool', 'saas', 'trial', 'custom']),
        );
        expect(await db.product.count({ where })).toBe(2);
        expect(await db.machine.count({ where: { ...where, deletedAt: null } })).toBe(5);
      }
      const keys = printed.join('\n').match(/lk_(live|test)_[0-9A-Za-z]{40}/g) ?? [];
      expect(keys).toHaveLength(2);
      for (const key of keys)
        expect(await authenticateApiKey(db, key)).toMatchObject({ accountId: account.id });

      const before = await db.license.count({ where: { accountId: account.id } });
      await seed(db, { slug });
      expect(await db.license.count({ where: { accountId: account.id } })).toBe(before);
    } finally {
      console.log = log;
    }
  });
});
