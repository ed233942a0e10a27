// DomainContext: who is acting, in which account and environment, on which database handle.
import type { Environment, ActorType } from '@/generated/prisma/enums.ts';
import type { Tx } from './db.ts';
import type { PrismaClient } from '@/generated/prisma/client.ts';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export interface DomainContext {
  db: Tx & { $transaction: PrismaClient['$transaction'] };
  accountId: string;
  environment: Environment;
  actor: Actor;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };

/** The tenant filter every query carries. */
export function scope(ctx: Pick<DomainContext, 'accountId' | 'environment'>): {
  accountId: string;
  environment: Environment;
} {
  return { accountId: ctx.accountId, environment: ctx.environment };
}
