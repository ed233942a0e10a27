// Job: delete webhook deliveries (and their attempts) older than 30 days.
import { pruneWebhookDeliveries } from '@/server/domain/webhooks/delivery.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'webhook-prune',
  intervalMs: 60 * 60_000,
  run: (db, now) => pruneWebhookDeliveries(db, now),
});
