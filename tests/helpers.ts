// Helpers for integration tests. Each test creates its own account, so tests never depend on each other.
import { randomString } from '@/lib/crypto.ts';
import { SYSTEM_ACTOR, type Actor, type DomainContext } from '@/server/context.ts';
import { getDb, type Db } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';

/** The process's shared database client (migrations were applied by tests/global-setup.ts). */
export function testDb(): Promise<Db> {
  return getDb();
}

/** A fresh Account with a random slug. */
export function createTestAccount(
  db: Db,
  data: { name?: string; slug?: string; supportEmail?: string | null } = {},
) {
  const slug = data.slug ?? `test-${randomString(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
  return db.account.create({
    data: { slug, name: data.name ?? `Test account ${slug}`, supportEmail: data.supportEmail ?? null },
  });
}

/** A DomainContext for an account (test environment and the system actor unless told otherwise). */
export function testContext(
  db: Db,
  account: { id: string },
  options: { environment?: Environment; actor?: Actor } = {},
): DomainContext {
  return {
    db,
    accountId: account.id,
    environment: options.environment ?? 'test',
    actor: options.actor ?? SYSTEM_ACTOR,
  };
}
