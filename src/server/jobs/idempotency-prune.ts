// Job: deletes Idempotency-Key records past their 24 h (bounded per run; the next run takes the rest).
import { pruneIdempotencyRecords } from '@/server/rest/idempotency.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'idempotency-prune',
  intervalMs: 10 * 60_000,
  run: (db, now) => pruneIdempotencyRecords(db, now),
});
