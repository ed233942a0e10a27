// Process lifecycle shared by the Next bundle, the custom server and the worker: shutdown hooks run in
// reverse registration order (stop jobs, then close the database). Kept on globalThis so every bundle
// copy of this module sees the same list.
const holder = globalThis as unknown as {
  __licentricShutdown?: { hooks: Array<() => Promise<void>>; started: boolean };
};

function state() {
  holder.__licentricShutdown ??= { hooks: [], started: false };
  return holder.__licentricShutdown;
}

export function onShutdown(hook: () => Promise<void>): void {
  state().hooks.push(hook);
}

export function isShuttingDown(): boolean {
  return state().started;
}

/** Runs every hook once, newest first; errors are logged, not thrown, so later hooks still run. */
export async function runShutdown(): Promise<void> {
  const s = state();
  if (s.started) return;
  s.started = true;
  for (const hook of s.hooks.reverse()) {
    try {
      await hook();
    } catch (error) {
      console.error('[licentric] shutdown hook failed:', error);
    }
  }
}
