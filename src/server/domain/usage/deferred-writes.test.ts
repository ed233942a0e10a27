// The deferred-write drain (shutdown): a flusher that fails for a while is flushed again until its buffer is
// empty; one that never succeeds is given up after the deadline, loudly, with the count of what is lost.
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '@/server/db.ts';
import { drainDeferredWrites, pendingDeferredWrites, registerFlusher } from './deferred-writes.ts';

const noDb = {} as Db; // the fake flushers below never touch the database

/** A flusher over `items` buffered items that fails its first `failures` passes. */
function flakyFlusher(name: string, items: number, failures: number) {
  const flusher = {
    buffered: items,
    calls: 0,
    flush: () => {
      flusher.calls += 1;
      if (flusher.calls <= failures) return Promise.reject(new Error('database unavailable'));
      const written = flusher.buffered;
      flusher.buffered = 0;
      return Promise.resolve(written);
    },
    pending: () => flusher.buffered,
  };
  registerFlusher(name, flusher);
  return flusher;
}

describe('drainDeferredWrites', () => {
  it('flushes again after failed passes until nothing is buffered', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const flusher = flakyFlusher('flaky', 40, 2);
      expect(pendingDeferredWrites()).toBe(40);
      expect(await drainDeferredWrites(noDb, 5_000)).toBe(0);
      expect(flusher.calls).toBe(3);
      expect(pendingDeferredWrites()).toBe(0);
    } finally {
      errors.mockRestore();
    }
  });

  it('gives up at the deadline and reports what is lost', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const flusher = flakyFlusher('down', 7, Number.POSITIVE_INFINITY);
      const started = Date.now();
      expect(await drainDeferredWrites(noDb, 600)).toBe(7);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(flusher.calls).toBeGreaterThanOrEqual(2);
      expect(errors.mock.calls.some(([line]) => String(line).includes('7 buffered write(s)'))).toBe(true);
    } finally {
      errors.mockRestore();
    }
  });
});
