// What the handlers read from the object of each handled Stripe event type, checked before a handler runs: a
// delivery that verifies but does not have that shape (a hand-made payload signed with the secret, an API version
// we do not read) is a 400 naming the field, never a crash halfway through a license change. Loose objects:
// fields the handlers do not read are neither required nor checked.
import { z } from 'zod';

/** A Stripe reference: an id, or the expanded object carrying it. */
const reference = z.union([z.string(), z.looseObject({ id: z.string() })]).nullish();
const object = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ id: z.string(), ...shape });

const checkoutSession = object({
  mode: z.string().nullish(),
  payment_status: z.string().nullish(),
  subscription: reference,
  customer: reference,
  payment_intent: reference,
  customer_email: z.string().nullish(),
  customer_details: z.looseObject({ email: z.string().nullish(), name: z.string().nullish() }).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

const invoice = object({
  lines: z.looseObject({ data: z.array(z.looseObject({ period: z.looseObject({ end: z.number() }) })) }),
  parent: z
    .looseObject({ subscription_details: z.looseObject({ subscription: reference }).nullish() })
    .nullish(),
});

const subscription = object({
  status: z.string().nullish(),
  cancel_at_period_end: z.boolean().nullish(),
  cancel_at: z.number().nullish(),
  items: z.looseObject({
    data: z.array(
      z.looseObject({ price: z.looseObject({ id: z.string() }), current_period_end: z.number() }),
    ),
  }),
});

const charge = object({
  refunded: z.boolean(),
  amount: z.number(),
  amount_refunded: z.number(),
  payment_intent: reference,
  customer: reference,
});

const dispute = object({
  payment_intent: reference,
  charge: z.union([z.string(), z.looseObject({ id: z.string(), customer: reference })]),
});

const SHAPES: Record<string, z.ZodType> = {
  'checkout.session.completed': checkoutSession,
  'invoice.paid': invoice,
  'invoice.payment_failed': invoice,
  'customer.subscription.updated': subscription,
  'customer.subscription.deleted': subscription,
  'charge.refunded': charge,
  'charge.dispute.created': dispute,
};

/**
 * Why the event's `data.object` cannot be handled (`data.object.items.data.0.price.id: expected string…`), or
 * null when it has what its type's handler reads (or the type has no handler).
 */
export function malformedEventObject(event: { type: string; data?: unknown }): string | null {
  const data = z.looseObject({ object: z.looseObject({}) }).safeParse(event.data);
  if (!data.success) return 'data.object: expected an object';
  const shape = SHAPES[event.type];
  const parsed = shape?.safeParse(data.data.object);
  if (!parsed || parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `data.object.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
}
