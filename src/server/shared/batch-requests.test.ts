import { describe, expect, it } from 'vitest';
import { batchRequests } from './batch-requests.ts';

interface Item {
  key: string;
  value: number;
}

/** A group whose writes are recorded; `fail` decides which batches (by their items) throw. */
function recorded(fail: (items: Item[]) => boolean = () => false, retryAlone?: (error: unknown) => boolean) {
  const batches: number[][] = [];
  const singles: number[] = [];
  const submit = batchRequests<Item, number>({
    runBatch: async (items) => {
      batches.push(items.map((i) => i.value));
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail(items)) throw new Error('batch failed');
      return items.map((i) => i.value * 10);
    },
    runOne: (item) => {
      singles.push(item.value);
      if (item.value < 0) return Promise.reject(new Error(`bad item ${item.value}`));
      return Promise.resolve(item.value * 10);
    },
    key: (item) => item.key,
    maxBatch: 4,
    retryAlone,
  });
  return { submit, batches, singles };
}

describe('batchRequests', () => {
  it('writes what arrives together as one batch, up to maxBatch, and answers each caller with its own result', async () => {
    const { submit, batches } = recorded();
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((value) => submit({ key: `k${value}`, value })));
    expect(answers).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('items arriving while a batch is written form the next batch', async () => {
    const { submit, batches } = recorded();
    const first = submit({ key: 'a', value: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1)); // the first batch is being written
    const later = [2, 3].map((value) => submit({ key: `k${value}`, value }));
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('never puts two items with the same key in one batch', async () => {
    const { submit, batches } = recorded();
    const answers = await Promise.all([
      submit({ key: 'same', value: 1 }),
      submit({ key: 'same', value: 2 }),
      submit({ key: 'other', value: 3 }),
    ]);
    expect(answers).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 3], [2]]);
  });

  it('a failed batch is retried one item at a time: only the bad item fails, the others get their results', async () => {
    const { submit, batches, singles } = recorded((items) => items.some((i) => i.value < 0));
    const results = await Promise.allSettled([1, -2, 3].map((value) => submit({ key: `k${value}`, value })));
    expect(batches).toEqual([[1, -2, 3]]);
    expect(singles.sort()).toEqual([-2, 1, 3]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      'bad item -2',
      30,
    ]);
  });

  it('a batch of one that fails rejects its caller without a retry, and the group keeps working', async () => {
    const { submit, singles } = recorded((items) => items[0]?.value === 7);
    await expect(submit({ key: 'x', value: 7 })).rejects.toThrow('batch failed');
    expect(singles).toEqual([]);
    await expect(submit({ key: 'x', value: 8 })).resolves.toBe(80);
  });

  it('a batch that failed with an error not worth retrying alone (a lost connection) fails all its callers', async () => {
    const { submit, singles } = recorded(
      () => true,
      () => false,
    );
    const results = await Promise.allSettled([1, 2].map((value) => submit({ key: `k${value}`, value })));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(singles).toEqual([]);
  });
});
