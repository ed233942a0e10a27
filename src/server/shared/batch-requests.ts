// Request batching (group commit for writes): callers submit one item each and wait; the items that arrive while
// a batch is being run are run together as the next batch (one statement, so one round trip and — for a write —
// one commit for all of them), and every caller gets its own result only after its batch finished. Nothing is
// acknowledged before it is durable; under load the database (and the network) sees a few large statements
// instead of one small statement per request.

interface BatchOptions<I, O> {
  /** Runs a batch; returns one result per item, in the items' order. */
  runBatch: (items: I[]) => Promise<O[]>;
  /**
   * Runs one item alone: used for every item of a batch that failed with an error `retryAlone` accepts (a
   * deadlock with another process, one bad item), so that error reaches only its caller.
   */
  runOne: (item: I) => Promise<O>;
  /** Whether a failed batch's items are worth running alone (default: always); otherwise all get its error. */
  retryAlone?: (error: unknown) => boolean;
  /** Items with the same key never share a batch (a later one waits for the next); no key: no such rule. */
  key?: (item: I) => string;
  /** Largest batch (default 200). */
  maxBatch?: number;
}

interface Pending<I, O> {
  item: I;
  key: string | undefined;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** A submit function that batches as described above; one batch in flight at a time per function. */
export function batchRequests<I, O>(options: BatchOptions<I, O>): (item: I) => Promise<O> {
  const maxBatch = options.maxBatch ?? 200;
  let queue: Pending<I, O>[] = [];
  let writing = false;

  function nextBatch(): Pending<I, O>[] {
    const batch: Pending<I, O>[] = [];
    const keys = new Set<string>();
    const rest: Pending<I, O>[] = [];
    for (const pending of queue) {
      if (batch.length < maxBatch && (pending.key === undefined || !keys.has(pending.key))) {
        if (pending.key !== undefined) keys.add(pending.key);
        batch.push(pending);
      } else rest.push(pending);
    }
    queue = rest;
    return batch;
  }

  async function settle(batch: Pending<I, O>[]): Promise<void> {
    let results: O[];
    try {
      results = await options.runBatch(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error('batchRequests: one result per item expected');
    } catch (error) {
      if (batch.length === 1 || options.retryAlone?.(error) === false) {
        for (const p of batch) p.reject(error);
        return;
      }
      await Promise.all(batch.map((p) => options.runOne(p.item).then(p.resolve, p.reject)));
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i] as O));
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) await settle(nextBatch());
    } finally {
      writing = false;
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, key: options.key?.(item), resolve, reject });
      if (writing) return;
      writing = true;
      // the rest of this turn of the event loop joins the first batch
      setImmediate(() => void drain());
    });
}
