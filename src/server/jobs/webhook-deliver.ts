// Job: send due webhook deliveries (leased, strictly ordered per endpoint + license, retried on failure).
// Dispatches first so an event written just now goes out in the same pass.
import { runWebhookDeliveryOnce } from '@/server/domain/webhooks/delivery.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'webhook-deliver',
  intervalMs: 1_000,
  run: async (db, now) => (await runWebhookDeliveryOnce(db, now)).attempted,
});
