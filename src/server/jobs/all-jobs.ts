// Imports every job module once so each registers itself with defineJob(). A module with a job (webhook
// delivery included) adds its import here; the runner imports this file.
import './expire-licenses.ts';
import './cull-dead-machines.ts';
import './webhook-dispatch.ts';
import './webhook-deliver.ts';
import './webhook-prune.ts';
import './idempotency-prune.ts';
import './portal-token-prune.ts';
import './stripe-suspend-due.ts';
import './import-sweep.ts';
