// The deferred-write loop: buffered side effects (validation touches and events, daily usage counters) are
// flushed in batches about once a second, and drained on shutdown (lifecycle onShutdown: flushed again until
// nothing is left or DRAIN_DEADLINE_MS has passed, so a slow or briefly failing database loses nothing). State lives on
// globalThis so every bundle copy of these modules (Next route bundles, instrumentation) shares one buffer.
import { getDb, type Db } from '@/server/db.ts';
import { isShuttingDown, onShutdown } from '@/server/lifecycle.ts';

const FLUSH_INTERVAL_MS = 1000;
/** How long a drain (shutdown) keeps flushing what failed to be written. */
const DRAIN_DEADLINE_MS = 10_000;
const DRAIN_RETRY_MS = 250;

interface Flusher {
  flush: (db: Db) => Promise<number>;
  /** How many items are still buffered (0: nothing left to write). */
  pending: () => number;
}

interface LoopState {
  flushers: Map<string, Flusher>;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  shutdownHooked: boolean;
}

const holder = globalThis as unknown as { __licentricDeferred?: LoopState };
function state(): LoopState {
  holder.__licentricDeferred ??= { flushers: new Map(), timer: null, running: null, shutdownHooked: false };
  return holder.__licentricDeferred;
}

/** Each buffer registers its flusher once (by name, so a re-imported module replaces rather than duplicates). */
export function registerFlusher(name: string, flusher: Flusher): void {
  state().flushers.set(name, flusher);
}

/** Items buffered by every flusher and not yet written. */
export function pendingDeferredWrites(): number {
  let pending = 0;
  for (const flusher of state().flushers.values()) pending += flusher.pending();
  return pending;
}

/** Runs every flusher once (serialised with a running flush); errors are logged and the data stays buffered. */
export async function flushDeferredWrites(db?: Db): Promise<void> {
  const s = state();
  while (s.running) await s.running;
  const run = (async () => {
    const handle = db ?? (await getDb());
    for (const [name, flusher] of s.flushers) {
      try {
        await flusher.flush(handle);
      } catch (error) {
        console.error(`[licentric] deferred write "${name}" failed (will retry):`, error);
      }
    }
  })();
  s.running = run;
  try {
    await run;
  } finally {
    s.running = null;
  }
}

/**
 * Flushes until nothing is buffered (a pass may leave a failed batch behind: it is retried) or the deadline has
 * passed; what is still buffered then is reported loudly. Returns how many items were left unwritten.
 */
export async function drainDeferredWrites(db?: Db, deadlineMs: number = DRAIN_DEADLINE_MS): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    await flushDeferredWrites(db);
    const left = pendingDeferredWrites();
    if (left === 0) return 0;
    if (Date.now() + DRAIN_RETRY_MS > deadline) {
      console.error(
        `[licentric] ${left} buffered write(s) (validation counters, events, usage) could not be written within ${deadlineMs} ms and are lost`,
      );
      return left;
    }
    await new Promise((resolve) => setTimeout(resolve, DRAIN_RETRY_MS));
  }
}

/** Starts the once-a-second flush (idempotent) and the shutdown flush. Called when something is buffered. */
export function ensureFlushLoop(): void {
  const s = state();
  if (s.timer || isShuttingDown()) return;
  s.timer = setInterval(() => {
    if (s.running) return;
    void flushDeferredWrites().catch((error: unknown) =>
      console.error('[licentric] deferred flush failed:', error),
    );
  }, FLUSH_INTERVAL_MS);
  s.timer.unref();
  if (!s.shutdownHooked) {
    s.shutdownHooked = true;
    onShutdown(async () => {
      stopFlushLoop();
      await drainDeferredWrites();
    });
  }
}

export function stopFlushLoop(): void {
  const s = state();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
}
