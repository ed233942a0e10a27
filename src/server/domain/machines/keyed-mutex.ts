// An in-process queue per key (here: per license). Activations of one license wait their turn in memory instead
// of each holding a pooled database connection while blocked on the license row lock — a burst on one license
// would otherwise starve the pool for every other request. The row lock stays the guarantee across processes.

const holder = globalThis as unknown as { __licentricKeyedMutex?: Map<string, Promise<void>> };
const tails = (): Map<string, Promise<void>> =>
  (holder.__licentricKeyedMutex ??= new Map<string, Promise<void>>());

/** Runs `task` after every earlier task of the same key has settled. */
export async function withKeyLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails().get(key) ?? Promise.resolve();
  let release: () => void = () => {};
  const current = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => current);
  tails().set(key, tail);
  try {
    await previous;
    return await task();
  } finally {
    release();
    if (tails().get(key) === tail) tails().delete(key);
  }
}
