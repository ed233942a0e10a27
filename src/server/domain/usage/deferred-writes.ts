// The deferred-write loop: buffered side effects (validation touches and events, daily usage counters) are
// flushed in batches about once a second, and once more on shutdown (lifecycle onShutdown). State lives on
// globalThis so every bundle copy of these modules (Next route bundles, instrumentation) shares one buffer.
import { getDb, type Db } from '@/server/db.ts';
import { isShuttingDown, onShutdown } from '@/server/lifecycle.ts';

export const FLUSH_INTERVAL_MS = 1000;

type Flusher = (db: Db) => Promise<number>;

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
export function registerFlusher(name: string, flush: Flusher): void {
  state().flushers.set(name, flush);
}

/** Runs every flusher once (serialised with a running flush); errors are logged and the data stays buffered. */
export async function flushDeferredWrites(db?: Db): Promise<void> {
  const s = state();
  while (s.running) await s.running;
  const run = (async () => {
    const handle = db ?? (await getDb());
    for (const [name, flush] of s.flushers) {
      try {
        await flush(handle);
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
      await flushDeferredWrites();
    });
  }
}

export function stopFlushLoop(): void {
  const s = state();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
}
