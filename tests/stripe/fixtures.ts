// Stripe event fixtures typed against the `stripe` package's own types (only the fields set are written, each
// checked against Stripe's shape), signed with stripe.webhooks.generateTestHeaderString.
import Stripe from 'stripe';
import { randomString } from '@/lib/crypto.ts';

type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type EventOf<T extends Stripe.Event['type']> = Extract<Stripe.Event, { type: T }>;

let clock = Math.floor(Date.now() / 1000);
/** Event times that increase with each fixture (Stripe's `created` is in seconds). */
export function nextCreated(): number {
  clock += 10;
  return clock;
}

export const stripeId = (prefix: string) =>
  `${prefix}_${randomString(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

/** A Stripe event of `type` around `object`; `created` defaults to a time later than every earlier fixture. */
export function stripeEvent<T extends Stripe.Event['type']>(
  type: T,
  object: DeepPartial<EventOf<T>['data']['object']>,
  options: { livemode?: boolean; created?: number; id?: string } = {},
): EventOf<T> {
  const event = {
    id: options.id ?? stripeId('evt'),
    object: 'event',
    api_version: '2026-10-28.endive',
    created: options.created ?? nextCreated(),
    livemode: options.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
  return event as unknown as EventOf<T>;
}

/** The raw body and its Stripe-Signature header, as Stripe sends them. */
export function signed(event: Stripe.Event, secret: string, timestamp?: number) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
  return { payload, header };
}

const DAY = 24 * 60 * 60;

/** A subscription as the API returns it: one item on `priceId` with its current period. */
export function subscriptionObject(
  id: string,
  options: {
    priceId: string;
    customer: string;
    periodEnd: number;
    status?: Stripe.Subscription.Status;
    cancelAtPeriodEnd?: boolean;
  },
): Stripe.Subscription {
  const object: DeepPartial<Stripe.Subscription> = {
    id,
    object: 'subscription',
    customer: options.customer,
    status: options.status ?? 'active',
    cancel_at_period_end: options.cancelAtPeriodEnd ?? false,
    cancel_at: null,
    items: {
      object: 'list',
      has_more: false,
      data: [
        {
          id: `si_${id}`,
          object: 'subscription_item',
          price: { id: options.priceId, object: 'price' },
          current_period_start: options.periodEnd - 30 * DAY,
          current_period_end: options.periodEnd,
        },
      ],
    },
  };
  return object as Stripe.Subscription;
}

/** An invoice of a subscription (current shape: `parent.subscription_details`, the period on the line). */
export function invoiceObject(
  subscription: string,
  options: { periodEnd: number; customer: string },
): DeepPartial<Stripe.Invoice> {
  return {
    id: stripeId('in'),
    object: 'invoice',
    customer: options.customer,
    parent: { type: 'subscription_details', subscription_details: { subscription, metadata: {} } },
    lines: {
      object: 'list',
      has_more: false,
      data: [
        {
          id: stripeId('il'),
          object: 'line_item',
          period: { start: options.periodEnd - 30 * DAY, end: options.periodEnd },
        },
      ],
    },
  };
}
