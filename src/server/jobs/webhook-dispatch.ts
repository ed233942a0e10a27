// Job: fan undispatched outbox events out into webhook deliveries (every second, so delivery is prompt).
import { dispatchWebhookEvents } from '@/server/domain/webhooks/delivery.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'webhook-dispatch',
  intervalMs: 1_000,
  run: (db, now) => dispatchWebhookEvents(db, now),
});
