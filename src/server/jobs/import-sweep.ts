// Job: marks imports failed whose run was cut off (their process stopped mid-import), so a poller stops waiting.
import { failStaleImports } from '@/server/domain/imports/background-import.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'import-sweep',
  intervalMs: 5 * 60_000,
  run: (db, now) => failStaleImports(db, now),
});
