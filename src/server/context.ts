// DomainContext: who is acting, in which account and environment, on which database handle — and, when a caller
// composes domain functions into one transaction, that open transaction (`inTransaction`).
import type { Environment, ActorType } from '@/generated/prisma/enums.ts';
import type { Tx } from './db.ts';
import type { PrismaClient } from '@/generated/prisma/client.ts';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export interface DomainContext {
  db: Tx & { $transaction: PrismaClient['$transaction'] };
  /** The caller's open transaction: domain functions given it run inside it instead of opening their own. */
  tx?: Tx;
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

/** Options of an interactive transaction (how long to wait for a connection, how long it may run). */
interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
}

/**
 * Runs `fn` in the context's open transaction, or else in a new one whose context carries it, so domain functions
 * compose: `inTransaction(ctx, (tx, ctx) => … deactivateMachine(ctx, …) …)` is one transaction. `options` apply
 * only when a new transaction is opened.
 */
export function inTransaction<T>(
  ctx: DomainContext,
  fn: (tx: Tx, ctx: DomainContext & { tx: Tx }) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const { tx } = ctx;
  if (tx) return fn(tx, { ...ctx, tx });
  return ctx.db.$transaction((opened) => fn(opened, { ...ctx, tx: opened }), options);
}
