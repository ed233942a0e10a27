// The Stripe integration end to end through the receiving route handler: signed fixture events (typed against the
// stripe package), the Stripe API answered by a local stand-in on loopback, a real database. A subscription's
// whole life, one-off purchases, replays, out-of-order delivery, bad signatures, unmapped prices, the test/live
// split and tenant isolation.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { resetEnvForTests } from '@/env.ts';
import { resetPortalMailForTests } from '@/server/domain/portal/mail.ts';
import { BASE62, randomString } from '@/lib/crypto.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { createEntitlement } from '@/server/domain/entitlements/entitlements.ts';
import { getLicense } from '@/server/domain/licenses/license-queries.ts';
import { createTestAccount, testContext, testDb } from '../../../../../tests/helpers.ts';
import { startStripeStandIn, type StripeStandIn } from '../../../../../tests/stripe/stand-in.ts';
import { startSmtpInbox } from '../../../../../tests/smtp-inbox.ts';
import {
  invoiceObject,
  nextCreated,
  signed,
  stripeEvent,
  stripeId,
  subscriptionObject,
} from '../../../../../tests/stripe/fixtures.ts';
import { POST } from '../../../../../app/api/integrations/stripe/[accountId]/[environment]/route.ts';
import { connectStripe, getStripeConnection, setPriceMapping, updateStripeSettings } from './connection.ts';
import {
  listStripeEvents,
  replayStripeEvent,
  sendStripeTestEvent,
  suspendDueStripeLicenses,
} from './events.ts';

const DAY = 24 * 60 * 60;
let standIn: StripeStandIn;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  process.env.STRIPE_API_BASE = standIn.url;
  resetEnvForTests();
});

afterAll(async () => {
  process.env.STRIPE_API_BASE = 'http://127.0.0.1:9';
  resetEnvForTests();
  await standIn.close();
});

const newSecret = () => `whsec_${randomString(32, BASE62)}`;

async function vendor(options: { environment?: Environment; apiKey?: boolean } = {}) {
  const db = await testDb();
  const account = await createTestAccount(db);
  const environment = options.environment ?? 'test';
  const ctx = testContext(db, account, { environment });
  const product = await createProduct(ctx, { name: 'App', code: 'app', keyPrefix: 'APP' });
  const monthly = await createPolicy(ctx, {
    productId: product.id,
    name: 'Monthly',
    maxMachines: 2,
    durationDays: 30,
  });
  const pro = await createPolicy(ctx, {
    productId: product.id,
    name: 'Pro',
    maxMachines: 5,
    durationDays: 30,
  });
  const lifetime = await createPolicy(ctx, { productId: product.id, name: 'Lifetime', maxMachines: 3 });
  await createEntitlement(ctx, { name: 'Export', code: 'export' });
  const secret = newSecret();
  await connectStripe(ctx, {
    webhookSecret: secret,
    apiKey: options.apiKey === false ? null : `rk_${environment}_${randomString(24, BASE62)}`,
    paymentFailedGraceHours: 48,
    renewGraceDays: 3,
  });
  const prices = { monthly: stripeId('price'), pro: stripeId('price'), lifetime: stripeId('price') };
  await setPriceMapping(ctx, { priceId: prices.monthly, policyId: monthly.id });
  await setPriceMapping(ctx, { priceId: prices.pro, policyId: pro.id, entitlementCodes: ['export'] });
  await setPriceMapping(ctx, { priceId: prices.lifetime, policyId: lifetime.id });
  return { db, account, ctx, environment, product, monthly, pro, lifetime, secret, prices };
}
type Vendor = Awaited<ReturnType<typeof vendor>>;

async function deliver(
  v: Vendor,
  event: Stripe.Event,
  options: { secret?: string; accountId?: string; environment?: string; timestamp?: number } = {},
) {
  const { payload, header } = signed(event, options.secret ?? v.secret, options.timestamp);
  const accountId = options.accountId ?? v.account.id;
  const environment = options.environment ?? v.environment;
  const response = await POST(
    new Request(`http://localhost/api/integrations/stripe/${accountId}/${environment}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: payload,
    }),
    { params: Promise.resolve({ accountId, environment }) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A Checkout Session completed in subscription mode, with the subscription the stand-in will answer. */
function subscriptionCheckout(v: Vendor, priceId: string, periodEnd: number) {
  const customer = stripeId('cus');
  const subscription = stripeId('sub');
  standIn.subscriptions.set(subscription, subscriptionObject(subscription, { priceId, customer, periodEnd }));
  const event = stripeEvent('checkout.session.completed', {
    id: stripeId('cs'),
    object: 'checkout.session',
    mode: 'subscription',
    payment_status: 'paid',
    customer,
    subscription,
    customer_details: { email: 'Buyer@Example.com', name: 'Ada Buyer' },
    metadata: {},
  });
  return { event, customer, subscription };
}

const licenseEvents = (v: Vendor, licenseId: string) =>
  v.db.event.findMany({ where: { resourceId: licenseId }, orderBy: { seq: 'asc' } });

describe('a subscription’s life', () => {
  it('checkout → paid → failed (grace) → suspended → paid → cancelled at period end → deleted', async () => {
    const v = await vendor();
    const now = Math.floor(Date.now() / 1000);
    const period1 = now + 30 * DAY;
    const { event, customer, subscription } = subscriptionCheckout(v, v.prices.monthly, period1);

    const created = await deliver(v, event);
    expect(created).toMatchObject({
      status: 200,
      body: { received: true, duplicate: false, status: 'processed' },
    });
    const [logged] = await listStripeEvents(v.ctx);
    const licenseId = logged!.licenseId!;
    let license = await getLicense(v.ctx, licenseId);
    expect(license).toMatchObject({
      status: 'active',
      policyId: v.monthly.id,
      userEmail: 'buyer@example.com',
      userName: 'Ada Buyer',
      expiresAt: new Date((period1 + 3 * DAY) * 1000).toISOString(),
      metadata: {
        stripeCustomerId: customer,
        stripeSubscriptionId: subscription,
        stripeCheckoutSessionId: event.data.object.id,
        stripePriceId: v.prices.monthly,
      },
    });
    // the subscription was read from the API with the stored key
    expect(standIn.requests.some((r) => r.path === `/v1/subscriptions/${subscription}`)).toBe(true);

    // the first invoice: already covered by the checkout
    const paid1 = await deliver(
      v,
      stripeEvent('invoice.paid', invoiceObject(subscription, { periodEnd: period1, customer })),
    );
    expect(paid1.body.outcome).toMatch(/already valid/);

    // renewal fails: suspension is due after the 48 h grace, not now
    const failed = await deliver(
      v,
      stripeEvent(
        'invoice.payment_failed',
        invoiceObject(subscription, { periodEnd: period1 + 30 * DAY, customer }),
      ),
    );
    expect(failed.body.outcome).toMatch(/suspension due/);
    expect((await getLicense(v.ctx, licenseId)).status).toBe('active');
    expect(await suspendDueStripeLicenses(v.db, new Date(Date.now() + 47 * 3600_000))).toBe(0);
    expect(await suspendDueStripeLicenses(v.db, new Date(Date.now() + 60 * 3600_000))).toBeGreaterThanOrEqual(
      1,
    );
    expect((await getLicense(v.ctx, licenseId)).status).toBe('suspended');

    // the retry succeeds: reinstated and renewed to the new period's end + grace
    const period2 = period1 + 30 * DAY;
    const paid2 = await deliver(
      v,
      stripeEvent('invoice.paid', invoiceObject(subscription, { periodEnd: period2, customer })),
    );
    expect(paid2.body.outcome).toMatch(/reinstated.*renewed/);
    license = await getLicense(v.ctx, licenseId);
    expect(license.status).toBe('active');
    expect(license.expiresAt).toBe(new Date((period2 + 3 * DAY) * 1000).toISOString());

    // cancelled at period end: expires at the period end (no grace)
    const cancelling = subscriptionObject(subscription, {
      priceId: v.prices.monthly,
      customer,
      periodEnd: period2,
      cancelAtPeriodEnd: true,
    });
    await deliver(v, stripeEvent('customer.subscription.updated', cancelling));
    expect((await getLicense(v.ctx, licenseId)).expiresAt).toBe(new Date(period2 * 1000).toISOString());

    // deleted: expired now (the default setting)
    const deleted = await deliver(
      v,
      stripeEvent('customer.subscription.deleted', { ...cancelling, status: 'canceled' }),
    );
    expect(deleted.body.outcome).toMatch(/license expired/);
    expect((await getLicense(v.ctx, licenseId)).status).toBe('expired');

    const events = await licenseEvents(v, licenseId);
    expect(events.map((e) => e.type)).toEqual([
      'license.created',
      'license.suspended',
      'license.reinstated',
      'license.renewed',
      'license.updated',
      'license.updated',
      'license.expired',
    ]);
    expect(new Set(events.map((e) => e.actorType))).toEqual(new Set(['stripe']));
  });

  it('a price change moves the license to the mapped policy; a payment failure with grace 0 suspends at once', async () => {
    const v = await vendor();
    const periodEnd = Math.floor(Date.now() / 1000) + 30 * DAY;
    const { event, customer, subscription } = subscriptionCheckout(v, v.prices.monthly, periodEnd);
    await deliver(v, event);
    const [logged] = await listStripeEvents(v.ctx);
    const licenseId = logged!.licenseId!;

    const upgraded = subscriptionObject(subscription, { priceId: v.prices.pro, customer, periodEnd });
    const moved = await deliver(v, stripeEvent('customer.subscription.updated', upgraded));
    expect(moved.body.outcome).toMatch(/moved to policy “Pro”/);
    expect((await getLicense(v.ctx, licenseId)).policyId).toBe(v.pro.id);

    await updateStripeSettings(v.ctx, { paymentFailedGraceHours: 0, onSubscriptionDeleted: 'revoke' });
    await deliver(
      v,
      stripeEvent('invoice.payment_failed', invoiceObject(subscription, { periodEnd, customer })),
    );
    expect((await getLicense(v.ctx, licenseId)).status).toBe('suspended');
    await deliver(v, stripeEvent('customer.subscription.deleted', { ...upgraded, status: 'canceled' }));
    expect((await getLicense(v.ctx, licenseId)).status).toBe('revoked');
  });
});

describe('one-off purchases', () => {
  it('payment mode: the price comes from the line items; a full refund suspends, a dispute revokes', async () => {
    const v = await vendor();
    const session = stripeId('cs');
    const paymentIntent = stripeId('pi');
    standIn.lineItems.set(session, [v.prices.lifetime]);
    const completed = await deliver(
      v,
      stripeEvent('checkout.session.completed', {
        id: session,
        object: 'checkout.session',
        mode: 'payment',
        payment_status: 'paid',
        customer: null,
        payment_intent: paymentIntent,
        customer_details: { email: 'once@example.com', name: null },
      }),
    );
    expect(completed.body.status).toBe('processed');
    const licenseId = (await listStripeEvents(v.ctx))[0]!.licenseId!;
    expect(await getLicense(v.ctx, licenseId)).toMatchObject({ policyId: v.lifetime.id, expiresAt: null });

    const partial = await deliver(
      v,
      stripeEvent('charge.refunded', {
        id: stripeId('ch'),
        object: 'charge',
        amount: 5000,
        amount_refunded: 1000,
        refunded: false,
        payment_intent: paymentIntent,
      }),
    );
    expect(partial.body).toMatchObject({
      status: 'ignored',
      outcome: expect.stringMatching(/Partial refund/),
    });
    await deliver(
      v,
      stripeEvent('charge.refunded', {
        id: stripeId('ch'),
        object: 'charge',
        amount: 5000,
        amount_refunded: 5000,
        refunded: true,
        payment_intent: paymentIntent,
      }),
    );
    expect((await getLicense(v.ctx, licenseId)).status).toBe('suspended');

    await updateStripeSettings(v.ctx, { onRefundOrDispute: 'revoke' });
    await deliver(
      v,
      stripeEvent('charge.dispute.created', {
        id: stripeId('dp'),
        object: 'dispute',
        charge: stripeId('ch'),
        payment_intent: paymentIntent,
      }),
    );
    expect((await getLicense(v.ctx, licenseId)).status).toBe('revoked');
  });

  it('a price id in the session metadata is honoured first; entitlement codes of the mapping are attached', async () => {
    const v = await vendor({ apiKey: false });
    const result = await deliver(
      v,
      stripeEvent('checkout.session.completed', {
        id: stripeId('cs'),
        object: 'checkout.session',
        mode: 'payment',
        payment_status: 'paid',
        metadata: { price_id: v.prices.pro },
        customer_details: { email: 'meta@example.com', name: 'Meta' },
      }),
    );
    expect(result.body.status).toBe('processed');
    const license = await getLicense(v.ctx, (await listStripeEvents(v.ctx))[0]!.licenseId!);
    expect(license).toMatchObject({ policyId: v.pro.id, entitlements: ['export'] });
  });

  it('an unmapped price is recorded and ignored; mapped later, a replay provisions it', async () => {
    const v = await vendor();
    const session = stripeId('cs');
    const unknownPrice = stripeId('price');
    standIn.lineItems.set(session, [unknownPrice]);
    const result = await deliver(
      v,
      stripeEvent('checkout.session.completed', {
        id: session,
        object: 'checkout.session',
        mode: 'payment',
        payment_status: 'paid',
        customer_details: { email: 'later@example.com', name: null },
      }),
    );
    expect(result.body).toMatchObject({
      status: 'ignored',
      outcome: expect.stringContaining(`Unmapped price ${unknownPrice}`),
    });
    expect(await v.db.license.count({ where: { accountId: v.account.id } })).toBe(0);

    await setPriceMapping(v.ctx, { priceId: unknownPrice, policyId: v.lifetime.id });
    const [stored] = await listStripeEvents(v.ctx);
    const replayed = await replayStripeEvent(v.ctx, stored!.id);
    expect(replayed).toMatchObject({ status: 'processed', attempts: 2 });
    expect(await v.db.license.count({ where: { accountId: v.account.id } })).toBe(1);
  });
});

describe('delivery guarantees', () => {
  it('a retried delivery and a dashboard replay act once', async () => {
    const v = await vendor();
    const { event } = subscriptionCheckout(v, v.prices.monthly, Math.floor(Date.now() / 1000) + 30 * DAY);
    expect((await deliver(v, event)).body.duplicate).toBe(false);
    expect((await deliver(v, event)).body).toMatchObject({ duplicate: true, status: 'processed' });
    const [stored] = await listStripeEvents(v.ctx);
    expect((await replayStripeEvent(v.ctx, stored!.id)).outcome).toMatch(/Already provisioned/);
    expect(await v.db.license.count({ where: { accountId: v.account.id } })).toBe(1);
    expect(await v.db.event.count({ where: { accountId: v.account.id, type: 'license.created' } })).toBe(1);
  });

  it('out of order: an invoice before its checkout, a failure older than a payment, a stale subscription state', async () => {
    const v = await vendor();
    const periodEnd = Math.floor(Date.now() / 1000) + 30 * DAY;
    const { event, customer, subscription } = subscriptionCheckout(v, v.prices.monthly, periodEnd);
    const failedAt = nextCreated();
    const staleUpdate = stripeEvent(
      'customer.subscription.updated',
      subscriptionObject(subscription, { priceId: v.prices.pro, customer, periodEnd, status: 'incomplete' }),
      { created: nextCreated() - 3600 },
    );

    // the invoice arrives before the checkout: nothing to renew yet, the checkout reads the current state
    const early = await deliver(
      v,
      stripeEvent('invoice.paid', invoiceObject(subscription, { periodEnd, customer })),
    );
    expect(early.body).toMatchObject({
      status: 'ignored',
      outcome: expect.stringMatching(/No license follows/),
    });
    await deliver(v, event);
    const licenseId = (await listStripeEvents(v.ctx)).find((e) => e.licenseId)!.licenseId!;

    // a paid invoice, then the (older) failure of the same attempt arrives late: no suspension
    await deliver(v, stripeEvent('invoice.paid', invoiceObject(subscription, { periodEnd, customer })));
    await updateStripeSettings(v.ctx, { paymentFailedGraceHours: 0 });
    const late = await deliver(
      v,
      stripeEvent('invoice.payment_failed', invoiceObject(subscription, { periodEnd, customer }), {
        created: failedAt - 3600,
      }),
    );
    expect(late.body).toMatchObject({ status: 'ignored', outcome: expect.stringMatching(/later payment/) });
    expect((await getLicense(v.ctx, licenseId)).status).toBe('active');

    // a subscription state from before the checkout read it (still incomplete, another price) changes nothing
    const stale = await deliver(v, staleUpdate);
    expect(stale.body).toMatchObject({ status: 'ignored', outcome: expect.stringMatching(/Stale/) });
    expect((await getLicense(v.ctx, licenseId)).policyId).toBe(v.monthly.id);
  });

  it('a bad signature is a 400 in the envelope, counted on the connection; so is an expired timestamp', async () => {
    const v = await vendor();
    const { event } = subscriptionCheckout(v, v.prices.monthly, Math.floor(Date.now() / 1000) + 30 * DAY);
    const forged = await deliver(v, event, { secret: newSecret() });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({
      code: 'VALIDATION_ERROR',
      error: expect.stringMatching(/signature/),
    });
    const old = await deliver(v, event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(old.status).toBe(400);
    expect(old.body.error).toMatch(/tolerance/i);
    expect((await getStripeConnection(v.ctx)).rejectedCount).toBe(2);
    expect(await v.db.stripeEvent.count({ where: { accountId: v.account.id } })).toBe(0);

    const unsigned = await POST(
      new Request('http://localhost/x', { method: 'POST', body: JSON.stringify(event) }),
      { params: Promise.resolve({ accountId: v.account.id, environment: 'test' }) },
    );
    expect(unsigned.status).toBe(400);
  });

  it('test/live split: a test-mode event to the live URL is refused; each environment has its own connection', async () => {
    const live = await vendor({ environment: 'live' });
    const { event } = subscriptionCheckout(
      live,
      live.prices.monthly,
      Math.floor(Date.now() / 1000) + 30 * DAY,
    );
    const refused = await deliver(live, event); // fixtures are test mode (livemode: false)
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/test-mode event was sent to the live environment/);
    // no test connection for this account: its test URL answers 404
    expect((await deliver(live, event, { environment: 'test' })).status).toBe(404);
    const liveEvent = { ...event, id: stripeId('evt'), livemode: true } as Stripe.Event;
    expect((await deliver(live, liveEvent)).body.status).toBe('processed');
    expect(await live.db.license.count({ where: { accountId: live.account.id, environment: 'live' } })).toBe(
      1,
    );
  });

  it('isolation: another account’s URL does not accept this account’s secret, nor act on its licenses', async () => {
    const a = await vendor();
    const b = await vendor();
    const { event } = subscriptionCheckout(a, a.prices.monthly, Math.floor(Date.now() / 1000) + 30 * DAY);
    const crossed = await deliver(a, event, { accountId: b.account.id });
    expect(crossed.status).toBe(400);
    expect(await b.db.license.count({ where: { accountId: { in: [a.account.id, b.account.id] } } })).toBe(0);
    // malformed and unknown targets are 404s, never 500s
    expect((await deliver(a, event, { accountId: 'not-a-uuid' })).status).toBe(404);
    expect((await deliver(a, event, { environment: 'staging' })).status).toBe(404);
    expect((await deliver(a, event, { accountId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    // a's own event, delivered to a, is processed into a's scope only
    await deliver(a, event);
    expect(await a.db.license.count({ where: { accountId: a.account.id } })).toBe(1);
    expect(await b.db.license.count({ where: { accountId: b.account.id } })).toBe(0);
  });
});

describe('hostile deliveries', () => {
  const HANDLED = [
    'checkout.session.completed',
    'invoice.paid',
    'invoice.payment_failed',
    'customer.subscription.updated',
    'customer.subscription.deleted',
    'charge.refunded',
    'charge.dispute.created',
  ] as const;
  /** Objects without what the handlers read, or with it of the wrong type. */
  const MALFORMED: unknown[] = [
    {},
    { id: 5 },
    { id: 'x', lines: null, items: 'x', refunded: 'yes', charge: 7, metadata: 3, customer_details: 1 },
    {
      id: 'x',
      mode: 5,
      lines: { data: [null] },
      items: { data: [{}] },
      refunded: true,
      amount: 'one',
      amount_refunded: 1,
      charge: {},
    },
    { id: 'x', mode: 'payment', payment_status: 'paid', metadata: { price_id: 7 }, subscription: 9 },
  ];
  /** The event with its `data` (or `data.object`) replaced, signed with the connection's secret. */
  function malformed(type: (typeof HANDLED)[number], data: unknown) {
    const event: Record<string, unknown> = { ...stripeEvent(type, {}) };
    event.data = data;
    return event as unknown as Stripe.Event;
  }

  it('a signed event whose object its handler cannot read is a 400 naming the field; nothing is stored', async () => {
    const v = await vendor();
    const answers: Array<{ case: string; status: number; error: unknown }> = [];
    for (const type of HANDLED) {
      for (const [i, object] of MALFORMED.entries()) {
        const { status, body } = await deliver(v, malformed(type, { object }));
        answers.push({ case: `${type} #${i}`, status, error: body.error });
      }
    }
    for (const data of [null, 5, [], { object: null }, { object: [] }, { object: 'obj' }]) {
      const { status, body } = await deliver(v, malformed('invoice.paid', data));
      answers.push({ case: `data ${JSON.stringify(data)}`, status, error: body.error });
    }
    expect(answers.filter((a) => a.status !== 400)).toEqual([]);
    expect(answers.every((a) => typeof a.error === 'string' && a.error.includes('data.object'))).toBe(true);
    expect(answers.find((a) => a.case === 'customer.subscription.updated #3')?.error).toContain(
      'data.object.items.data.0.price',
    );
    expect(await v.db.stripeEvent.count({ where: { accountId: v.account.id } })).toBe(0);
    expect(await v.db.license.count({ where: { accountId: v.account.id } })).toBe(0);
  });

  it('a failure of Stripe’s API is a 503 (Stripe delivers again), recorded as failed', async () => {
    const v = await vendor();
    // a one-off checkout naming no price: its line items are read from the API, which does not know the session
    const event = stripeEvent('checkout.session.completed', {
      id: stripeId('cs'),
      object: 'checkout.session',
      mode: 'payment',
      payment_status: 'paid',
      customer_details: { email: 'buyer@example.com' },
      metadata: {},
    });
    const { status, body } = await deliver(v, event);
    expect({ status, code: body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(body.error).toContain(event.id);
    const stored = await v.db.stripeEvent.findFirstOrThrow({ where: { stripeEventId: event.id } });
    expect(stored.status).toBe('failed');
  });
});

describe('send a test event', () => {
  it('posts a signed test event to the receiving URL over HTTP and checks the API key', async () => {
    const v = await vendor();
    const forward = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const [, , , , accountId, environment] = (req.url ?? '').split('/');
      const response = await POST(
        new Request(`http://localhost${req.url}`, {
          method: 'POST',
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
        { params: Promise.resolve({ accountId: accountId!, environment: environment! }) },
      );
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(await response.text());
    };
    const server = http.createServer((req, res) => void forward(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/api/integrations/stripe/${v.account.id}/test`;
      const result = await sendStripeTestEvent(v.ctx, { url });
      expect(result).toMatchObject({ delivery: { ok: true, status: 200 }, apiKey: { ok: true } });
      const [logged] = await listStripeEvents(v.ctx);
      expect(logged).toMatchObject({
        type: 'licentric.test',
        status: 'ignored',
        outcome: expect.stringMatching(/connection works/),
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the buyer’s email', () => {
  it('with SMTP set, the key and the portal link go to the customer', async () => {
    const smtp = await startSmtpInbox();
    const inbox = smtp.mails;
    process.env.SMTP_URL = smtp.url;
    process.env.LICENTRIC_BASE_URL = 'https://licenses.example.test';
    resetEnvForTests();
    resetPortalMailForTests();
    try {
      const v = await vendor();
      const { event } = subscriptionCheckout(v, v.prices.monthly, Math.floor(Date.now() / 1000) + 30 * DAY);
      const result = await deliver(v, event);
      expect(result.body.outcome).toMatch(/key emailed to buyer@example.com/);
      const license = await getLicense(v.ctx, (await listStripeEvents(v.ctx))[0]!.licenseId!);
      expect(inbox).toHaveLength(1);
      expect(inbox[0]!.to).toEqual(['buyer@example.com']);
      const text = inbox[0]!.raw.replace(/=\r?\n/g, '');
      expect(text).toContain(license.key);
      expect(text).toContain('https://licenses.example.test/portal/login');
    } finally {
      resetPortalMailForTests();
      delete process.env.SMTP_URL;
      delete process.env.LICENTRIC_BASE_URL;
      resetEnvForTests();
      await smtp.close();
    }
  });
});
