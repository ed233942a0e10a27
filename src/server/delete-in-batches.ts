// Housekeeping deletes that stay bounded whatever the backlog: a prune removes at most `batchSize` rows per
// statement (each statement short, its locks brief) and at most `maxBatches` statements per run; what is left
// waits for the next run of its job.

export interface DeleteLimits {
  /** Rows per DELETE statement (default 5,000). */
  batchSize?: number;
  /** Statements per run (default 20: at most 100,000 rows a run). */
  maxBatches?: number;
}

/**
 * Runs `deleteBatch(limit)` — one DELETE of at most `limit` rows, returning how many it removed — until a batch
 * comes back short or the run's statement budget is spent. Returns the rows removed.
 */
export async function deleteInBatches(
  deleteBatch: (limit: number) => Promise<number>,
  { batchSize = 5000, maxBatches = 20 }: DeleteLimits = {},
): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}
