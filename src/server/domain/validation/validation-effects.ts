// Deferred side effects of validate-key (DOMAIN.md §4): usesCount (when no maxUses makes it exact), lastValidatedAt,
// `license.activated` on the first success (written once: conditional on activatedAt IS NULL) and the
// validation.success / validation.failed events for subscribed accounts. Buffered in memory and flushed in
// batches by the deferred-write loop, so validations neither wait for nor serialise on the license row.
// What a crash can lose: up to ~1 s of these counters/timestamps and validation.* events — never license state;
// a lost first-success is written by the next successful validation (activatedAt is still null).
import { newEventId } from '@/lib/ids.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import type { Db } from '@/server/db.ts';
import { toJsonValue, writeEvent } from '@/server/domain/events/write-event.ts';
import { licenseEventData } from '@/server/domain/machines/license-event-data.ts';
import { ensureFlushLoop, registerFlusher } from '@/server/domain/usage/deferred-writes.ts';
import { cachedSubscription, resolveSubscriptions } from './webhook-subscriptions.ts';

export type ValidationEventType = 'validation.success' | 'validation.failed';

interface Touch {
  uses: number;
  lastValidatedAt: Date;
}
interface FirstSuccess {
  accountId: string;
  environment: Environment;
  at: Date;
}
interface PendingEvent {
  accountId: string;
  environment: Environment;
  licenseId: string;
  type: ValidationEventType;
  data: unknown;
  at: Date;
}

interface Buffer {
  touches: Map<string, Touch>;
  firstSuccesses: Map<string, FirstSuccess>;
  events: PendingEvent[];
}

/** Beyond this many buffered events (a database outage), new validation events are dropped, not queued. */
const MAX_PENDING_EVENTS = 100_000;
const CHUNK = 2000;

const holder = globalThis as unknown as {
  __licentricValidationEffects?: Buffer;
  __licentricDroppedEvents?: number;
};
const emptyBuffer = (): Buffer => ({ touches: new Map(), firstSuccesses: new Map(), events: [] });
const buffer = (): Buffer => (holder.__licentricValidationEffects ??= emptyBuffer());

/** Records that a license was validated; `countUse` is false when maxUses already counted it atomically. */
export function recordTouch(licenseId: string, at: Date, countUse: boolean): void {
  const touches = buffer().touches;
  const touch = touches.get(licenseId);
  if (touch) {
    touch.uses += countUse ? 1 : 0;
    if (at > touch.lastValidatedAt) touch.lastValidatedAt = at;
  } else touches.set(licenseId, { uses: countUse ? 1 : 0, lastValidatedAt: at });
  ensureFlushLoop();
}

/** Uses buffered in this process and not yet written (added to the answer's usesCount). */
export function pendingUses(licenseId: string): number {
  return buffer().touches.get(licenseId)?.uses ?? 0;
}

export function recordFirstSuccess(
  licenseId: string,
  accountId: string,
  environment: Environment,
  at: Date,
): void {
  const pending = buffer().firstSuccesses;
  if (!pending.has(licenseId)) pending.set(licenseId, { accountId, environment, at });
  ensureFlushLoop();
}

/** Queues a validation event unless the cache already knows nobody in that account+environment receives it. */
export function recordValidationEvent(event: PendingEvent): void {
  if (cachedSubscription(event.accountId, event.environment, event.type) === false) return;
  const events = buffer().events;
  if (events.length >= MAX_PENDING_EVENTS) {
    holder.__licentricDroppedEvents = (holder.__licentricDroppedEvents ?? 0) + 1;
    return;
  }
  events.push(event);
  ensureFlushLoop();
}

async function flushTouches(
  db: Db,
  touches: Array<[string, Touch]>,
  firstSuccesses: Array<[string, FirstSuccess]>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const ids = [...new Set([...touches.map(([id]) => id), ...firstSuccesses.map(([id]) => id)])].sort();
    // one lock order for every flusher (several processes flush concurrently): no deadlocks between them
    await tx.$queryRaw`SELECT 1 FROM "License" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
    if (touches.length > 0) {
      await tx.$executeRaw`
        UPDATE "License" AS l
        SET "usesCount" = l."usesCount" + v.n,
            "lastValidatedAt" = GREATEST(COALESCE(l."lastValidatedAt", v.at), v.at)
        FROM unnest(${touches.map(([id]) => id)}::uuid[], ${touches.map(([, t]) => t.uses)}::int[],
                    ${touches.map(([, t]) => t.lastValidatedAt.toISOString())}::timestamptz[]) AS v(id, n, at)
        WHERE l."id" = v.id`;
    }
    if (firstSuccesses.length > 0) {
      const activated = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "License" AS l SET "activatedAt" = v.at
        FROM unnest(${firstSuccesses.map(([id]) => id)}::uuid[], ${firstSuccesses.map(([, f]) => f.at.toISOString())}::timestamptz[]) AS v(id, at)
        WHERE l."id" = v.id AND l."activatedAt" IS NULL AND l."deletedAt" IS NULL
        RETURNING l."id"`;
      const byId = new Map(firstSuccesses);
      for (const { id } of activated) {
        const first = byId.get(id);
        if (!first) continue;
        const ctx = {
          accountId: first.accountId,
          environment: first.environment,
          actor: { type: 'license' as const, id },
        };
        const data = await licenseEventData(tx, ctx, id);
        await writeEvent(tx, ctx, {
          type: 'license.activated',
          resourceType: 'license',
          resourceId: id,
          data,
        });
      }
    }
  });
}

async function flushEvents(db: Db, events: PendingEvent[]): Promise<void> {
  const subscribed = await resolveSubscriptions(db, events);
  const rows = events
    .filter((e) => subscribed(e.accountId, e.environment, e.type))
    .map((e) => ({
      id: newEventId(),
      accountId: e.accountId,
      environment: e.environment,
      type: e.type,
      actorType: 'license' as const,
      actorId: e.licenseId,
      resourceType: 'license',
      resourceId: e.licenseId,
      data: toJsonValue(e.data),
      createdAt: e.at,
    }));
  for (let i = 0; i < rows.length; i += CHUNK) await db.event.createMany({ data: rows.slice(i, i + CHUNK) });
}

/** Writes everything buffered so far; what fails goes back into the buffer for the next flush. */
export async function flushValidationEffects(db: Db): Promise<number> {
  const taken = buffer();
  if (taken.touches.size === 0 && taken.firstSuccesses.size === 0 && taken.events.length === 0) return 0;
  holder.__licentricValidationEffects = emptyBuffer();
  const dropped = holder.__licentricDroppedEvents ?? 0;
  if (dropped > 0) {
    holder.__licentricDroppedEvents = 0;
    console.warn(`[licentric] ${dropped} validation event(s) dropped: the event buffer was full`);
  }

  const touches = [...taken.touches.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const firsts = [...taken.firstSuccesses.entries()];
  let failure: Error | null = null;
  for (let i = 0; i < Math.max(touches.length, firsts.length); i += CHUNK) {
    const touchChunk = touches.slice(i, i + CHUNK);
    const firstChunk = firsts.slice(i, i + CHUNK);
    try {
      await flushTouches(db, touchChunk, firstChunk);
    } catch (error) {
      failure = error instanceof Error ? error : new Error('validation flush failed', { cause: error });
      for (const [id, t] of touchChunk) {
        const current = buffer().touches.get(id);
        if (current) {
          current.uses += t.uses;
          if (t.lastValidatedAt > current.lastValidatedAt) current.lastValidatedAt = t.lastValidatedAt;
        } else buffer().touches.set(id, t);
      }
      for (const [id, f] of firstChunk)
        if (!buffer().firstSuccesses.has(id)) buffer().firstSuccesses.set(id, f);
    }
  }
  if (taken.events.length > 0) {
    try {
      await flushEvents(db, taken.events);
    } catch (error) {
      failure = error instanceof Error ? error : new Error('validation flush failed', { cause: error });
      buffer().events.unshift(
        ...taken.events.slice(0, Math.max(0, MAX_PENDING_EVENTS - buffer().events.length)),
      );
    }
  }
  if (failure) throw failure;
  return touches.length + firsts.length + taken.events.length;
}

registerFlusher('validation-effects', flushValidationEffects);
