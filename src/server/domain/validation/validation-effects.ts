// Deferred side effects of validate-key (DOMAIN.md §4): usesCount (when no maxUses makes it exact), lastValidatedAt,
// `license.activated` on the first success (written once: conditional on activatedAt IS NULL) and the
// validation.success / validation.failed events for subscribed accounts. Buffered in memory and flushed by the
// deferred-write loop in bounded, set-based batches (a few statements per batch, whatever its size; sized to a
// time budget), so validations neither wait for nor serialise on the license row, and any backlog drains.
// What a crash can lose: up to ~1 s of these counters/timestamps and validation.* events — never license state;
// a lost first-success is written by the next successful validation (activatedAt is still null).
import { newEventId } from '@/lib/ids.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import type { Db } from '@/server/db.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import { licenseEventDataOf } from '@/server/domain/licenses/license-event-data.ts';
import { ensureFlushLoop, registerFlusher } from '@/server/domain/usage/deferred-writes.ts';
import { cachedSubscription, resolveSubscriptions } from '@/server/domain/webhooks/webhook-subscriptions.ts';

type ValidationEventType = 'validation.success' | 'validation.failed';

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
/** validation.* events per insert. */
const CHUNK = 2000;
/** Licenses per batch: adapted between min and max to keep each batch near targetMs, far below its budget. */
const BATCH = {
  initial: 500,
  /** Down to single licenses: a row that cannot be written (locked elsewhere) holds up nothing else. */
  min: 1,
  max: 2000,
  targetMs: 1000,
  budgetMs: 4000,
  /** Failed batches in one pass that end it (the database is likely down). */
  failuresPerPass: 3,
} as const;

const holder = globalThis as unknown as {
  __licentricValidationEffects?: Buffer;
  __licentricDroppedEvents?: number;
  __licentricValidationFlush?: FlushState;
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

/** One license's buffered effects: its touch (always, for a validation that found it) and its first success. */
interface LicenseEffects {
  id: string;
  touch?: Touch;
  first?: FirstSuccess;
}

/**
 * Writes one batch in one transaction, set-based whatever its size: the rows are locked in id order (every
 * flusher, in every process, takes them in that order: no deadlocks), one UPDATE adds the uses and
 * lastValidatedAt, one UPDATE … RETURNING sets activatedAt where it is still null, one query reads the event data
 * of the licenses it activated, one insert writes their license.activated events. The database abandons the
 * batch past its time budget (lock and statement timeouts, and the transaction's own).
 */
async function writeBatch(db: Db, batch: LicenseEffects[], budgetMs: number): Promise<number> {
  const touches = batch.filter((e): e is LicenseEffects & { touch: Touch } => e.touch !== undefined);
  const firsts = batch.filter((e): e is LicenseEffects & { first: FirstSuccess } => e.first !== undefined);
  return db.$transaction(
    async (tx) => {
      const budget = `${budgetMs}ms`;
      await tx.$queryRaw`SELECT set_config('lock_timeout', ${budget}, true), set_config('statement_timeout', ${budget}, true)`;
      await tx.$queryRaw`SELECT 1 FROM "License" WHERE "id" = ANY(${batch.map((e) => e.id)}::uuid[]) ORDER BY "id" FOR UPDATE`;
      if (touches.length > 0) {
        await tx.$executeRaw`
          UPDATE "License" AS l
          SET "usesCount" = l."usesCount" + v.n,
              "lastValidatedAt" = GREATEST(COALESCE(l."lastValidatedAt", v.at), v.at)
          FROM unnest(${touches.map((e) => e.id)}::uuid[], ${touches.map((e) => e.touch.uses)}::int[],
                      ${touches.map((e) => e.touch.lastValidatedAt.toISOString())}::timestamptz[]) AS v(id, n, at)
          WHERE l."id" = v.id`;
      }
      if (firsts.length === 0) return touches.length;
      const activated = await tx.$queryRaw<Array<{ id: string }>>`
        UPDATE "License" AS l SET "activatedAt" = v.at
        FROM unnest(${firsts.map((e) => e.id)}::uuid[], ${firsts.map((e) => e.first.at.toISOString())}::timestamptz[]) AS v(id, at)
        WHERE l."id" = v.id AND l."activatedAt" IS NULL AND l."deletedAt" IS NULL
        RETURNING l."id"`;
      if (activated.length === 0) return touches.length;
      const views = await licenseEventDataOf(
        tx,
        activated.map((a) => a.id),
      );
      await tx.event.createMany({
        data: [...views].map(([id, view]) => ({
          id: newEventId(),
          accountId: view.accountId,
          environment: view.environment,
          type: 'license.activated',
          actorType: 'license' as const,
          actorId: id,
          resourceType: 'license',
          resourceId: id,
          data: toJsonValue(view.data),
        })),
      });
      return touches.length + views.size;
    },
    { maxWait: budgetMs, timeout: budgetMs },
  );
}

/** Puts a batch that was not written back into the buffer, merged with what was recorded meanwhile. */
function requeue(batch: LicenseEffects[]): void {
  const { touches, firstSuccesses } = buffer();
  for (const { id, touch, first } of batch) {
    if (touch) {
      const current = touches.get(id);
      if (current) {
        current.uses += touch.uses;
        if (touch.lastValidatedAt > current.lastValidatedAt) current.lastValidatedAt = touch.lastValidatedAt;
      } else touches.set(id, touch);
    }
    if (first && !firstSuccesses.has(id)) firstSuccesses.set(id, first);
  }
}

/** The buffered effects per license, in id order (the lock order). */
function effectsById(taken: Buffer): LicenseEffects[] {
  const byId = new Map<string, LicenseEffects>();
  for (const [id, touch] of taken.touches) byId.set(id, { id, touch });
  for (const [id, first] of taken.firstSuccesses) {
    const entry = byId.get(id);
    if (entry) entry.first = first;
    else byId.set(id, { id, first });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Batch sizing and failure streak, shared by every bundle copy of this module (like the buffer). */
interface FlushState {
  batchSize: number;
  failedBatches: number;
  failingSince: Date | null;
}
const flushState = (): FlushState =>
  (holder.__licentricValidationFlush ??= { batchSize: BATCH.initial, failedBatches: 0, failingSince: null });

/**
 * Writes the buffered touches and first successes in bounded batches. Each batch adapts the next one's size to
 * its measured time (halved above BATCH.targetMs, doubled well below it), so any backlog drains whatever the
 * database's speed. A failed batch goes back into the buffer and the next batches are smaller; failures are
 * logged loudly (with how long and how much is stuck), and a pass stops after a few in a row (the database is
 * likely down) — the next pass, a second later, starts again.
 */
async function flushLicenseEffects(db: Db, taken: Buffer, options: FlushOptions): Promise<number> {
  const state = flushState();
  const effects = effectsById(taken);
  const budgetMs = options.batchBudgetMs ?? BATCH.budgetMs;
  let written = 0;
  let done = 0;
  let failedInPass = 0;
  for (let i = 0; i < effects.length;) {
    const batch = effects.slice(i, i + state.batchSize);
    i += batch.length;
    const started = Date.now();
    try {
      written += await writeBatch(db, batch, budgetMs);
      done += batch.length;
      const elapsed = Date.now() - started;
      if (elapsed > BATCH.targetMs) state.batchSize = Math.max(BATCH.min, Math.floor(state.batchSize / 2));
      else if (elapsed < BATCH.targetMs / 4) state.batchSize = Math.min(BATCH.max, state.batchSize * 2);
      if (state.failedBatches > 0) {
        console.warn(
          `[licentric] validation flush: writing again after ${state.failedBatches} failed batch(es) since ${state.failingSince?.toISOString()}`,
        );
      }
      state.failedBatches = 0;
      state.failingSince = null;
    } catch (error) {
      requeue(batch);
      state.failedBatches += 1;
      state.failingSince ??= new Date(started);
      failedInPass += 1;
      const stuck = failedInPass >= BATCH.failuresPerPass;
      if (stuck) requeue(effects.slice(i));
      logFailedBatch(state, batch, Date.now() - started, effects.length - done, error);
      state.batchSize = Math.max(BATCH.min, Math.floor(batch.length / 2));
      if (stuck) break;
    }
  }
  return written;
}

/**
 * A failed batch, said loudly: with its size and time, the licenses still waiting and since when the flush
 * fails. Repeated failures are reported at 1, 2, 4, 8… in a row, so an outage is visible without flooding the log.
 */
function logFailedBatch(
  state: FlushState,
  batch: LicenseEffects[],
  ms: number,
  pending: number,
  error: unknown,
): void {
  const n = state.failedBatches;
  if ((n & (n - 1)) !== 0) return;
  const cause =
    error instanceof Error ? error.message.split('\n').filter(Boolean).slice(-1)[0] : String(error);
  const what =
    batch.length <= BATCH.min
      ? `validation flush cannot make progress, even one license at a time: license ${batch[0]?.id}`
      : `validation flush batch failed: ${batch.length} licenses (${batch[0]?.id} … ${batch.at(-1)?.id})`;
  console.error(
    `[licentric] ${what} not written after ${ms} ms; ${n} failed batch(es) in a row since ` +
      `${state.failingSince?.toISOString()}; ${pending} license(s) wait in memory (usesCount, lastValidatedAt, ` +
      `license.activated). Cause: ${cause}`,
  );
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

interface FlushOptions {
  /** A batch's time budget (ms): past it the database abandons the batch. Default BATCH.budgetMs. */
  batchBudgetMs?: number;
}

/**
 * Writes everything buffered so far (license effects in bounded batches, then the validation.* events); what
 * fails goes back into the buffer for the next flush. Returns how many rows it wrote.
 */
export async function flushValidationEffects(db: Db, options: FlushOptions = {}): Promise<number> {
  const taken = buffer();
  if (taken.touches.size === 0 && taken.firstSuccesses.size === 0 && taken.events.length === 0) return 0;
  holder.__licentricValidationEffects = emptyBuffer();
  const dropped = holder.__licentricDroppedEvents ?? 0;
  if (dropped > 0) {
    holder.__licentricDroppedEvents = 0;
    console.warn(`[licentric] ${dropped} validation event(s) dropped: the event buffer was full`);
  }

  const written = await flushLicenseEffects(db, taken, options);
  if (taken.events.length > 0) {
    try {
      await flushEvents(db, taken.events);
    } catch (error) {
      buffer().events.unshift(
        ...taken.events.slice(0, Math.max(0, MAX_PENDING_EVENTS - buffer().events.length)),
      );
      throw error;
    }
  }
  return written + taken.events.length;
}

/** Licenses and events buffered and not yet written. */
function pendingValidationEffects(): number {
  const { touches, firstSuccesses, events } = buffer();
  return touches.size + firstSuccesses.size + events.length;
}

registerFlusher('validation-effects', { flush: flushValidationEffects, pending: pendingValidationEffects });
