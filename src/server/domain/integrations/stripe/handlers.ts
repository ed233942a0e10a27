// What each Stripe event does to a license. Every change goes through the license lifecycle functions (so
// events, webhooks and the audit log fire as usual, actor `stripe`). Order-independent: each handler decides from
// the license's current state and the event's `created`, kept per license in its StripeLicenseLink.
import type Stripe from 'stripe';
import { scope, type DomainContext } from '@/server/context.ts';
import { updateLicense } from '@/server/domain/licenses/licenses.ts';
import {
  reinstateLicense,
  renewLicense,
  revokeLicense,
  suspendLicense,
} from '@/server/domain/licenses/license-lifecycle.ts';
import { type LicenseView } from '@/server/domain/licenses/license-views.ts';
import { DAY_MS } from '@/server/domain/licenses/license-state.ts';
import type { StripeLicenseLink } from '@/generated/prisma/client.ts';
import { findMappedPrice } from './connection.ts';
import { stripeId } from './stripe-api.ts';
import { onCheckoutCompleted } from './checkout-completed.ts';
import {
  cancelAt,
  day,
  ignored,
  invoiceSubscriptionId,
  laterOf,
  licenseOf,
  linkBy,
  may,
  subscriptionItem,
  updateLink,
  type HandlerInput,
  type HandlerResult,
} from './handler-support.ts';

export type { HandlerResult };

const HOUR_MS = 60 * 60 * 1000;

/** The Stripe object an event of type `T` carries. */
type EventObject<T extends Stripe.Event['type']> = Extract<Stripe.Event, { type: T }>['data']['object'];
type Handler<T extends Stripe.Event['type']> = (
  h: HandlerInput,
  object: EventObject<T>,
) => Promise<HandlerResult>;

/** The handled event types (docs/stripe.md); every other type is recorded and ignored. */
const HANDLERS: { [T in Stripe.Event['type']]?: Handler<T> } = {
  'checkout.session.completed': onCheckoutCompleted,
  'invoice.paid': onLinkedSubscription(invoiceSubscriptionId, onInvoicePaid),
  'invoice.payment_failed': onLinkedSubscription(invoiceSubscriptionId, onInvoicePaymentFailed),
  'customer.subscription.updated': onLinkedSubscription((s) => s.id, onSubscriptionUpdated),
  'customer.subscription.deleted': onLinkedSubscription((s) => s.id, onSubscriptionDeleted),
  'charge.refunded': onChargeRefunded,
  'charge.dispute.created': onDisputeCreated,
};

/** Routes an event to its handler; types without one are recorded and ignored. */
export function handleStripeEvent(input: HandlerInput): Promise<HandlerResult> {
  const { event } = input;
  // HANDLERS[event.type] takes exactly this event's object; TypeScript cannot tie the two through the union
  const handler = HANDLERS[event.type] as Handler<typeof event.type> | undefined;
  if (handler) return handler(input, event.data.object);
  return Promise.resolve(
    ignored(
      (event.type as string) === TEST_EVENT_TYPE
        ? 'Test event: the signature verified, the connection works'
        : `Event type ${event.type} is not handled`,
    ),
  );
}

/** The type of the dashboard's "send a test event" check. */
export const TEST_EVENT_TYPE = 'licentric.test';

// ------------------------------------------------------------------------------------------------ invoices

/** The linked license of a subscription, or the reason there is nothing to do. */
async function subscriptionLicense(
  h: HandlerInput,
  subscriptionId: string | null,
): Promise<{ skip: HandlerResult } | { link: StripeLicenseLink; license: LicenseView }> {
  if (!subscriptionId) return { skip: ignored('Not a subscription invoice') };
  const link = await linkBy(h.ctx, { subscriptionId });
  if (!link)
    return {
      skip: ignored(
        `No license follows subscription ${subscriptionId} yet (its checkout will apply the subscription’s current state)`,
      ),
    };
  const license = await licenseOf(h.ctx, link);
  if (!license) return { skip: ignored(`License ${link.licenseId} was deleted`, link.licenseId) };
  return { link, license };
}

/** A handler of an event about a subscription, run on the subscription's linked license (or skipped). */
function onLinkedSubscription<O>(
  subscriptionIdOf: (object: O) => string | null,
  handle: (
    h: HandlerInput,
    object: O,
    link: StripeLicenseLink,
    license: LicenseView,
  ) => Promise<HandlerResult>,
): (h: HandlerInput, object: O) => Promise<HandlerResult> {
  return async (h, object) => {
    const found = await subscriptionLicense(h, subscriptionIdOf(object));
    return 'skip' in found ? found.skip : handle(h, object, found.link, found.license);
  };
}

async function onInvoicePaid(
  h: HandlerInput,
  invoice: Stripe.Invoice,
  link: StripeLicenseLink,
  linked: LicenseView,
): Promise<HandlerResult> {
  const { ctx } = h;
  let license = linked;
  if (link.endedAt) return ignored('The subscription has ended: not renewed', license.id);
  const done: string[] = [];
  const supersedesFailure = !link.failedAt || h.created >= link.failedAt;
  if (license.status === 'suspended' && link.suspendedForNonPayment && supersedesFailure) {
    license = await reinstateLicense(ctx, license.id);
    done.push('reinstated (was suspended for non-payment)');
  }
  const periodEnd = Math.max(0, ...invoice.lines.data.map((line) => line.period.end));
  const target = periodEnd ? new Date(periodEnd * 1000 + h.connection.row.renewGraceDays * DAY_MS) : null;
  const current = license.expiresAt ? new Date(license.expiresAt) : null;
  if (!target) done.push('the invoice names no period');
  else if (!current) done.push('perpetual license: no renewal needed');
  else if (target <= current || target <= h.now) done.push(`already valid until ${day(current)}`);
  else if (may(license, 'renew')) {
    license = await renewLicense(ctx, license.id, { expiresAt: target });
    done.push(`renewed until ${day(target)}`);
  } else if (license.status === 'suspended') {
    license = await updateLicense(ctx, license.id, { expiresAt: target });
    done.push(`expiry moved to ${day(target)}; stays suspended (not suspended for non-payment)`);
  } else done.push(`license is ${license.status}: not renewed`);
  await updateLink(ctx, link, {
    paidAt: laterOf(link.paidAt, h.created),
    ...(supersedesFailure ? { suspendDueAt: null, suspendedForNonPayment: false } : {}),
  });
  return {
    status: 'processed',
    outcome: `Invoice ${invoice.id} paid: ${done.join('; ')}`,
    licenseId: license.id,
  };
}

async function onInvoicePaymentFailed(
  h: HandlerInput,
  _invoice: Stripe.Invoice,
  link: StripeLicenseLink,
  license: LicenseView,
): Promise<HandlerResult> {
  const { ctx } = h;
  if (link.paidAt && h.created <= link.paidAt)
    return ignored('A later payment already succeeded: not suspended', license.id);
  // the grace runs from the failure (a clock ahead of ours counts from now)
  const failure = Math.min(h.created.getTime(), h.now.getTime());
  const due = new Date(failure + h.connection.row.paymentFailedGraceHours * HOUR_MS);
  const failedAt = laterOf(link.failedAt, h.created);
  if (due > h.now) {
    const suspendDueAt = link.suspendDueAt && link.suspendDueAt < due ? link.suspendDueAt : due;
    await updateLink(ctx, link, { failedAt, suspendDueAt });
    return {
      status: 'processed',
      outcome: `Payment failed: suspension due ${suspendDueAt.toISOString()} unless an invoice is paid first`,
      licenseId: license.id,
    };
  }
  await updateLink(ctx, link, { failedAt, suspendDueAt: null });
  const outcome = await suspendForNonPayment(ctx, link, license);
  return { status: 'processed', outcome: `Payment failed: ${outcome}`, licenseId: license.id };
}

/** Suspends (active or expired) and marks the suspension as ours, so a paid invoice reinstates it. */
export async function suspendForNonPayment(
  ctx: DomainContext,
  link: StripeLicenseLink,
  license: Pick<LicenseView, 'id' | 'status'>,
): Promise<string> {
  if (!may(license, 'suspend')) return `license is ${license.status}: unchanged`;
  await suspendLicense(ctx, license.id);
  await ctx.db.stripeLicenseLink.update({ where: { id: link.id }, data: { suspendedForNonPayment: true } });
  return 'license suspended for non-payment';
}

// ------------------------------------------------------------------------------------------------ subscriptions

async function onSubscriptionUpdated(
  h: HandlerInput,
  subscription: Stripe.Subscription,
  link: StripeLicenseLink,
  linked: LicenseView,
): Promise<HandlerResult> {
  const { ctx } = h;
  let license = linked;
  if (link.endedAt) return ignored('The subscription has ended', license.id);
  if (link.subscriptionAt && h.created < link.subscriptionAt)
    return ignored('Stale: a newer state of the subscription was already applied', license.id);
  const done: string[] = [];
  const { priceId, periodEnd } = subscriptionItem(subscription);
  const changes: { policyId?: string; expiresAt?: Date } = {};
  if (priceId && priceId !== link.priceId) {
    const mapped = await findMappedPrice(ctx, [priceId]);
    if (!mapped) done.push(`price changed to unmapped ${priceId}: policy unchanged`);
    else if (mapped.policy.productId !== license.productId)
      done.push(`price ${priceId} maps to a policy of another product: policy unchanged`);
    else if (mapped.policy.id !== license.policyId) {
      changes.policyId = mapped.policy.id;
      done.push(`moved to policy “${mapped.policy.name}” (price ${priceId})`);
    }
  }
  const ending = cancelAt(subscription);
  const current = license.expiresAt ? new Date(license.expiresAt) : null;
  if (ending && ending > h.now) {
    if (current?.getTime() !== ending.getTime()) {
      changes.expiresAt = ending;
      done.push(`cancelled: expires at the period end ${day(ending)}`);
    }
  } else if (periodEnd && current && !ending) {
    // not (or no longer) cancelling: valid through the period plus grace, never shortened
    const target = new Date(periodEnd.getTime() + h.connection.row.renewGraceDays * DAY_MS);
    if (target > current && target > h.now && license.status !== 'expired') {
      changes.expiresAt = target;
      done.push(`valid until ${day(target)}`);
    }
  }
  // revoked and banned (the statuses that cannot be revoked) are final
  if ((changes.policyId || changes.expiresAt) && !may(license, 'revoke'))
    return ignored(`License is ${license.status}: unchanged`, license.id);
  if (changes.policyId || changes.expiresAt) license = await updateLicense(ctx, license.id, changes);
  await updateLink(ctx, link, {
    subscriptionAt: h.created,
    ...(priceId && changes.policyId ? { priceId } : {}),
  });
  if (done.length === 0) done.push(`status ${subscription.status}: nothing to change`);
  return { status: 'processed', outcome: `Subscription updated: ${done.join('; ')}`, licenseId: license.id };
}

async function onSubscriptionDeleted(
  h: HandlerInput,
  _subscription: Stripe.Subscription,
  link: StripeLicenseLink,
  license: LicenseView,
): Promise<HandlerResult> {
  const { ctx } = h;
  if (link.endedAt) return ignored('Already ended', license.id);
  const action = h.connection.row.onSubscriptionDeleted;
  let outcome: string;
  if (!may(license, 'revoke')) outcome = `license is ${license.status}: unchanged`;
  else if (action === 'revoke') {
    await revokeLicense(ctx, license.id);
    outcome = 'license revoked';
  } else if (license.status === 'expired') outcome = 'license already expired';
  else {
    const expired = await updateLicense(ctx, license.id, { expiresAt: h.now });
    outcome =
      license.status === 'suspended' ? 'expiry set to now (stays suspended)' : `license ${expired.status}`;
  }
  await updateLink(ctx, link, { endedAt: h.created, suspendDueAt: null, subscriptionAt: h.created });
  return { status: 'processed', outcome: `Subscription cancelled: ${outcome}`, licenseId: license.id };
}

// ------------------------------------------------------------------------------------------------ refunds, disputes

/** The license a payment paid for: by payment intent (one-off checkouts), else the customer's only license. */
async function chargedLicense(
  h: HandlerInput,
  paymentIntentId: string | null,
  customerId: string | null,
): Promise<{ skip: HandlerResult } | { link: StripeLicenseLink }> {
  const { ctx } = h;
  if (paymentIntentId) {
    const link = await ctx.db.stripeLicenseLink.findFirst({ where: { ...scope(ctx), paymentIntentId } });
    if (link) return { link };
  }
  if (!customerId) return { skip: ignored('No license was sold with this payment') };
  const links = await ctx.db.stripeLicenseLink.findMany({ where: { ...scope(ctx), customerId }, take: 2 });
  if (links.length === 0) return { skip: ignored(`No license belongs to customer ${customerId}`) };
  if (links.length > 1)
    return {
      skip: ignored(
        `Customer ${customerId} has several licenses: act on the right one by hand in the dashboard`,
      ),
    };
  return { link: links[0]! };
}

async function chargeback(h: HandlerInput, what: string, link: StripeLicenseLink): Promise<HandlerResult> {
  const license = await licenseOf(h.ctx, link);
  if (!license) return ignored(`License ${link.licenseId} was deleted`, link.licenseId);
  const action = h.connection.row.onRefundOrDispute;
  let outcome: string;
  if (action === 'revoke' && may(license, 'revoke')) {
    await revokeLicense(h.ctx, license.id);
    outcome = 'license revoked';
  } else if (action === 'suspend' && may(license, 'suspend')) {
    await suspendLicense(h.ctx, license.id);
    // a vendor decision now: a later paid invoice does not lift it
    await updateLink(h.ctx, link, { suspendedForNonPayment: false, suspendDueAt: null });
    outcome = 'license suspended';
  } else outcome = `license is ${license.status}: unchanged`;
  return { status: 'processed', outcome: `${what}: ${outcome}`, licenseId: license.id };
}

async function onChargeRefunded(h: HandlerInput, charge: Stripe.Charge): Promise<HandlerResult> {
  if (!charge.refunded && charge.amount_refunded < charge.amount)
    return ignored(`Partial refund (${charge.amount_refunded} of ${charge.amount}): license unchanged`);
  const found = await chargedLicense(h, stripeId(charge.payment_intent), stripeId(charge.customer));
  if ('skip' in found) return found.skip;
  return chargeback(h, `Charge ${charge.id} fully refunded`, found.link);
}

async function onDisputeCreated(h: HandlerInput, dispute: Stripe.Dispute): Promise<HandlerResult> {
  const paymentIntentId = stripeId(dispute.payment_intent);
  let customerId: string | null = null;
  const byIntent = paymentIntentId
    ? await h.ctx.db.stripeLicenseLink.findFirst({ where: { ...scope(h.ctx), paymentIntentId } })
    : null;
  if (!byIntent) {
    const charge =
      typeof dispute.charge === 'string' ? await h.lookups.charge(dispute.charge) : dispute.charge;
    customerId = stripeId(charge.customer);
  }
  const found = byIntent ? { link: byIntent } : await chargedLicense(h, null, customerId);
  if ('skip' in found) return found.skip;
  return chargeback(h, `Dispute ${dispute.id} opened`, found.link);
}
