// The few Stripe API look-ups the integration makes with the vendor's restricted key (what an event leaves out):
// a Checkout Session's line items, a subscription, a charge. Through the official client, against STRIPE_API_BASE.
import Stripe from 'stripe';
import { env } from '@/env.ts';
import { AppError } from '@/server/errors.ts';

export interface StripeLookups {
  /** Price ids of a Checkout Session's line items, in order. */
  checkoutPriceIds(sessionId: string): Promise<string[]>;
  subscription(id: string): Promise<Stripe.Subscription>;
  charge(id: string): Promise<Stripe.Charge>;
  /** A cheap read proving the key works (lists one Checkout Session). */
  ping(): Promise<void>;
}

function client(apiKey: string): Stripe {
  const base = new URL(env().STRIPE_API_BASE);
  return new Stripe(apiKey, {
    host: base.hostname,
    port: base.port || (base.protocol === 'http:' ? 80 : 443),
    protocol: base.protocol === 'http:' ? 'http' : 'https',
    maxNetworkRetries: 1,
    timeout: 10_000,
    appInfo: { name: 'Licentric' },
  });
}

/** Look-ups with the stored key; without one, each look-up fails with a message saying what to do. */
export function stripeLookups(apiKey: string | null): StripeLookups {
  const api = () => {
    if (!apiKey)
      throw new AppError(
        'UNPROCESSABLE',
        'No Stripe API key is stored: add a restricted key in Settings → Stripe, then replay this event',
      );
    return client(apiKey);
  };
  return {
    async checkoutPriceIds(sessionId) {
      const items = await api().checkout.sessions.listLineItems(sessionId, { limit: 20 });
      return items.data.flatMap((item) => (item.price ? [item.price.id] : []));
    },
    subscription: (id) => api().subscriptions.retrieve(id),
    charge: (id) => api().charges.retrieve(id),
    async ping() {
      await api().checkout.sessions.list({ limit: 1 });
    },
  };
}

/** Verifies a delivery with the official library (5-minute tolerance); throws Stripe's error on a bad signature. */
export function verifyStripeEvent(rawBody: string, signature: string, secret: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(rawBody, signature, secret, 300);
}

/** A `Stripe-Signature` header for a payload (the dashboard's test event; tests). */
export function signStripePayload(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

/** An error of Stripe's API client (an answer of the API, or no answer): worth a retry later, not a bug of ours. */
export function isStripeApiError(error: unknown): error is Error {
  return error instanceof Stripe.errors.StripeError;
}

/** An id string of a field Stripe may send expanded (`string | { id }`). */
export function stripeId(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}
