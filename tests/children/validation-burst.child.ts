// Child process of the two-process flush test (src/server/domain/validation/validation-flush.int.test.ts): opens its own database pool,
// validates every key read from a JSON file (one validation each, 32 at a time, deferred effects buffered in this
// process), says "validated", waits for "flush" on stdin, drains the buffer (as on shutdown), and prints how long
// that took and how much was left unwritten as JSON.
// Run with tsx: `tsx validation-burst.child.ts <keys.json>`.
import fs from 'node:fs';
import { closeDb, getDb } from '@/server/db.ts';
import { drainDeferredWrites, stopFlushLoop } from '@/server/domain/usage/deferred-writes.ts';
import { validateLicenseKey } from '@/server/domain/validation/validate-key.ts';
import { waitForParent } from './parent-signal.ts';

const [file = ''] = process.argv.slice(2);
const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
const db = await getDb();
let valid = 0;
for (let i = 0; i < keys.length; i += 32) {
  const answers = await Promise.all(keys.slice(i, i + 32).map((key) => validateLicenseKey({ db }, { key })));
  valid += answers.filter((a) => a.answer.valid).length;
}
stopFlushLoop(); // the flush below is the one under test: both processes start it together
process.stdout.write(`${JSON.stringify({ validated: keys.length, valid })}\n`);
await waitForParent();
const started = Date.now();
const left = await drainDeferredWrites(db);
process.stdout.write(`${JSON.stringify({ flushedInMs: Date.now() - started, left })}\n`);
await closeDb();
