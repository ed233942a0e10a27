// Writes the event row of a state change: the audit-log entry and the webhook outbox item (DOMAIN.md §7).
// Always called with the transaction of the change itself, so the event commits or rolls back with it.
import { newEventId } from '@/lib/ids.ts';
import { inTransaction, type DomainContext } from '@/server/context.ts';
import type { Tx } from '@/server/db.ts';
import { isUniqueViolation } from '@/server/errors.ts';
import type { InputJsonValue } from '@/generated/prisma/internal/prismaNamespace.ts';

interface EventInput {
  type: string;
  resourceType: string;
  resourceId: string;
  /** The resource after the change, in its public (API) shape. */
  data: unknown;
}

/** JSON-safe copy: Dates become ISO strings, undefined fields disappear. */
export function toJsonValue(data: unknown): InputJsonValue {
  return JSON.parse(JSON.stringify(data ?? {})) as InputJsonValue;
}

export async function writeEvent(tx: Tx, ctx: Omit<DomainContext, 'db'>, input: EventInput) {
  return tx.event.create({
    data: {
      id: newEventId(),
      accountId: ctx.accountId,
      environment: ctx.environment,
      type: input.type,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      data: toJsonValue(input.data),
    },
  });
}

/**
 * Runs one change in a transaction and writes its event with the resource view the change returns; a unique
 * violation becomes `onUnique()` (e.g. a 409 naming the taken code). The common shape of create/update/delete.
 */
export async function changeWithEvent<V extends { id: string }>(
  ctx: DomainContext,
  event: { type: string; resourceType: string },
  change: (tx: Tx) => Promise<V>,
  onUnique?: () => Error,
): Promise<V> {
  try {
    return await inTransaction(ctx, async (tx, ctx) => {
      const view = await change(tx);
      await writeEvent(tx, ctx, { ...event, resourceId: view.id, data: view });
      return view;
    });
  } catch (error) {
    if (onUnique && isUniqueViolation(error)) throw onUnique();
    throw error;
  }
}
