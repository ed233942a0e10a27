// Stripe's webhook deliveries for one account and environment (docs/stripe.md).
import { serveMethods } from '@/server/rest/methods.ts';
import { receiveStripeDelivery } from '@/server/rest/stripe-webhook.ts';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ POST: receiveStripeDelivery });
