// Job: suspends licenses whose Stripe payment failed and whose grace ran out without a paid invoice.
import { suspendDueStripeLicenses } from '@/server/domain/integrations/stripe/events.ts';
import { defineJob } from './registry.ts';

defineJob({
  name: 'stripe-suspend-due',
  intervalMs: 60_000,
  run: (db, now) => suspendDueStripeLicenses(db, now),
});
