// A completed Stripe Checkout Session: the license on the mapped price's policy (once per session, crash-safe),
// its link to the customer, subscription and payment, and the key mailed to the buyer when SMTP is set.
import type Stripe from 'stripe';
import { scope, type DomainContext } from '@/server/context.ts';
import { baseUrl } from '@/env.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { getLicense } from '@/server/domain/licenses/license-queries.ts';
import { type LicenseView } from '@/server/domain/licenses/license-views.ts';
import { DAY_MS } from '@/server/domain/licenses/license-state.ts';
import { escapeHtml, isPortalEmailEnabled, sendMail } from '@/server/domain/portal/mail.ts';
import { findMappedPrice } from './connection.ts';
import { stripeId } from './stripe-api.ts';
import {
  cancelAt,
  day,
  ignored,
  linkBy,
  subscriptionItem,
  type HandlerInput,
  type HandlerResult,
} from './handler-support.ts';

export async function onCheckoutCompleted(
  h: HandlerInput,
  session: Stripe.Checkout.Session,
): Promise<HandlerResult> {
  const { ctx } = h;
  if (session.mode === 'setup') return ignored('A setup-mode Checkout Session sells nothing');
  if (session.payment_status === 'unpaid')
    return ignored('The payment is not complete yet (asynchronous payment method): no license');
  const existing = await linkBy(ctx, { checkoutSessionId: session.id });
  if (existing) return ignored(`Already provisioned: license ${existing.licenseId}`, existing.licenseId);

  const subscriptionId = stripeId(session.subscription);
  const metadataPrice = session.metadata?.price_id;
  // the subscription's current state (price, period, cancellation); without a key, a metadata price still sells
  const subscription =
    subscriptionId && (h.connection.apiKey || !metadataPrice)
      ? await h.lookups.subscription(subscriptionId)
      : null;
  const priceIds = metadataPrice
    ? [metadataPrice]
    : subscription
      ? subscription.items.data.map((item) => item.price.id)
      : await h.lookups.checkoutPriceIds(session.id);
  const mapped = await findMappedPrice(ctx, priceIds);
  if (!mapped)
    return ignored(
      priceIds.length
        ? `Unmapped price ${priceIds.join(', ')}: no license (map it in Settings → Stripe, then replay this event)`
        : 'The session names no price: no license',
    );

  const email = session.customer_details?.email ?? session.customer_email ?? null;
  const name = session.customer_details?.name ?? null;
  const ids = {
    stripeCustomerId: stripeId(session.customer),
    stripeSubscriptionId: subscriptionId,
    stripeCheckoutSessionId: session.id,
    stripePriceId: mapped.mapping.priceId,
  };
  const periodEnd = subscription ? subscriptionItem(subscription).periodEnd : null;
  const ending = subscription ? cancelAt(subscription) : null;
  // a crash between the license and its link must not sell twice: a license carrying this session id is reused
  const orphan = await ctx.db.license.findFirst({
    where: {
      ...scope(ctx),
      deletedAt: null,
      metadata: { path: ['stripeCheckoutSessionId'], equals: session.id },
    },
    select: { id: true },
  });
  const entitlements = await ctx.db.entitlement.findMany({
    where: { ...scope(ctx), deletedAt: null, code: { in: mapped.mapping.entitlementCodes } },
    select: { id: true },
  });
  const license = orphan
    ? await getLicense(ctx, orphan.id)
    : await createLicense(ctx, {
        productId: mapped.policy.productId,
        policyId: mapped.policy.id,
        userEmail: email,
        userName: name,
        entitlementIds: entitlements.map((e) => e.id),
        metadata: Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== null)),
        ...(ending
          ? { expiresAt: ending }
          : periodEnd
            ? { expiresAt: new Date(periodEnd.getTime() + h.connection.row.renewGraceDays * DAY_MS) }
            : {}),
      });
  await ctx.db.stripeLicenseLink.create({
    data: {
      ...scope(ctx),
      licenseId: license.id,
      checkoutSessionId: session.id,
      customerId: ids.stripeCustomerId,
      subscriptionId,
      paymentIntentId: stripeId(session.payment_intent),
      priceId: mapped.mapping.priceId,
      // the subscription was read now: subscription events created before this moment are older news
      subscriptionAt: subscription ? h.now : null,
      endedAt: subscription?.status === 'canceled' ? h.now : null,
    },
  });
  const mailed = license.userEmail ? await mailLicense(ctx, license, license.userEmail) : 'no customer email';
  return {
    status: 'processed',
    outcome: `Created license ${license.id} on policy “${mapped.policy.name}” (price ${mapped.mapping.priceId}) for ${license.userEmail ?? 'an unknown customer'}, expires ${day(license.expiresAt)}; ${mailed}`,
    licenseId: license.id,
  };
}

/** The key and the portal link to the buyer, when SMTP is set; the outcome says what happened. */
async function mailLicense(ctx: DomainContext, license: LicenseView, to: string): Promise<string> {
  if (!isPortalEmailEnabled()) return 'no email sent (SMTP_URL is not set)';
  const account = await ctx.db.account.findUnique({ where: { id: ctx.accountId }, select: { name: true } });
  const vendor = account?.name ?? 'your vendor';
  const portal = `${baseUrl()}/portal/login`;
  const testNote = ctx.environment === 'test' ? ' (test environment)' : '';
  try {
    await sendMail({
      to,
      subject: `Your license key from ${vendor}${testNote}`,
      text: [
        'Hello,',
        '',
        `Thank you for your purchase from ${vendor}${testNote}. Your license key:`,
        '',
        license.key,
        '',
        `See your license and manage your machines at ${portal}`,
      ].join('\n'),
      html: `<p>Hello,</p>
<p>Thank you for your purchase from <strong>${escapeHtml(vendor)}</strong>${testNote}. Your license key:</p>
<p><code>${escapeHtml(license.key)}</code></p>
<p><a href="${escapeHtml(portal)}">See your license and manage your machines</a></p>`,
    });
    return `key emailed to ${to}`;
  } catch (error) {
    console.warn(`[licentric] stripe: license email to ${to} failed:`, error);
    return `the email to ${to} failed (${error instanceof Error ? error.message : 'unknown error'})`;
  }
}
