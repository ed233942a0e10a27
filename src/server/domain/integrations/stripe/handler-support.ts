// What the Stripe event handlers share: their input and result, the link of a license to its Stripe objects, the
// lifecycle check, and reading subscriptions and invoices.
import type Stripe from 'stripe';
import { scope, type DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import { getLicense } from '@/server/domain/licenses/license-queries.ts';
import { type LicenseView } from '@/server/domain/licenses/license-views.ts';
import { allowedLicenseActions, type LicenseAction } from '@/server/domain/licenses/license-state.ts';
import type { StripeLicenseLink } from '@/generated/prisma/client.ts';
import type { OpenConnection } from './connection.ts';
import { stripeId, type StripeLookups } from './stripe-api.ts';

export interface HandlerResult {
  status: 'processed' | 'ignored';
  outcome: string;
  licenseId?: string | null;
}

export interface HandlerInput {
  ctx: DomainContext;
  connection: OpenConnection;
  lookups: StripeLookups;
  event: Stripe.Event;
  /** The event's `created`: the order handlers compare against, whatever the arrival order. */
  created: Date;
  now: Date;
}

export const ignored = (outcome: string, licenseId: string | null = null): HandlerResult => ({
  status: 'ignored',
  outcome,
  licenseId,
});
const fromUnix = (seconds: number) => new Date(seconds * 1000);
export const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : 'never');

export async function linkBy(
  ctx: DomainContext,
  where: Partial<Pick<StripeLicenseLink, 'subscriptionId' | 'checkoutSessionId'>>,
) {
  return ctx.db.stripeLicenseLink.findFirst({ where: { ...scope(ctx), ...where } });
}

export function updateLink(ctx: DomainContext, link: StripeLicenseLink, data: Partial<StripeLicenseLink>) {
  return ctx.db.stripeLicenseLink.update({ where: { id: link.id }, data });
}

/** The linked license, or null when it was deleted meanwhile. */
export async function licenseOf(ctx: DomainContext, link: StripeLicenseLink): Promise<LicenseView | null> {
  try {
    return await getLicense(ctx, link.licenseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export const laterOf = (a: Date | null, b: Date) => (a && a > b ? a : b);

/** Whether the license lifecycle (DOMAIN.md §3) lets this license take `action` now. */
export const may = (license: Pick<LicenseView, 'status'>, action: LicenseAction) =>
  allowedLicenseActions(license.status).includes(action);

/** The subscription's first item: its price and current period (the period lives on items in current API versions). */
export function subscriptionItem(subscription: Stripe.Subscription) {
  const item = subscription.items.data[0];
  return { priceId: item?.price.id ?? null, periodEnd: item ? fromUnix(item.current_period_end) : null };
}

/** When a cancelled subscription stops: at its period end (`cancel_at_period_end`) or at `cancel_at`. */
export function cancelAt(subscription: Stripe.Subscription): Date | null {
  const { periodEnd } = subscriptionItem(subscription);
  if (subscription.cancel_at_period_end && periodEnd) return periodEnd;
  return subscription.cancel_at ? fromUnix(subscription.cancel_at) : null;
}

/** The subscription an invoice belongs to (current API: `parent.subscription_details.subscription`). */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  return stripeId(invoice.parent?.subscription_details?.subscription);
}
