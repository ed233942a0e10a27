import { createHmac, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { resetEnvForTests } from '@/env.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Db } from '@/server/db.ts';
import { createTestAccount, testContext, testDb } from '../../../../tests/helpers.ts';
import {
  claimDueDeliveries,
  LEASE_MS,
  pruneWebhookDeliveries,
  RETRY_DELAYS_MS,
  runWebhookDeliveryOnce,
  type WorkerOptions,
} from './delivery.ts';
import { signWebhook } from './signatures.ts';
import { createWebhook, encryptWebhookSecret } from './webhooks.ts';
import {
  startReceiver,
  type Receiver,
  type ReceiverAnswer,
  type ReceivedRequest,
} from '../../../../tests/webhooks/receiver.ts';

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(
  answer?: (request: ReceivedRequest, index: number) => ReceiverAnswer,
): Promise<Receiver> {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}

async function setup(environment: 'test' | 'live' = 'test') {
  const db = await testDb();
  const account = await createTestAccount(db);
  const ctx = testContext(db, account, { environment });
  const worker = (now: Date = new Date(), options: WorkerOptions = {}) =>
    runWebhookDeliveryOnce(db, now, { accountIds: [account.id], ...options });
  return { db, account, ctx, worker };
}

function emit(
  ctx: DomainContext,
  type: string,
  resourceId: string,
  data: Record<string, unknown> = {},
  resourceType = type.split('.')[0] ?? 'license',
) {
  return ctx.db.$transaction((tx) =>
    writeEvent(tx, ctx, { type, resourceType, resourceId, data: { id: resourceId, ...data } }),
  );
}

const body = (r: ReceivedRequest) =>
  JSON.parse(r.body) as { id: string; type: string; createdAt: string; data: Record<string, unknown> };

async function deliveriesOf(db: Db, endpointId: string) {
  return db.webhookDelivery.findMany({
    where: { endpointId },
    include: { attempts: { orderBy: { attempt: 'asc' } } },
    orderBy: { eventSeq: 'asc' },
  });
}

describe('webhook delivery', () => {
  it('signs deliveries the Standard Webhooks way and with a plain body HMAC', async () => {
    const { ctx, worker } = await setup();
    const rx = await receiver();
    const endpoint = await createWebhook(ctx, { url: rx.url });
    const licenseId = randomUUID();
    const event = await emit(ctx, 'license.created', licenseId, { name: 'Pro' });

    expect(await worker()).toEqual({ dispatched: 1, attempted: 1 });
    expect(rx.requests).toHaveLength(1);
    const request = rx.requests[0] as ReceivedRequest;
    const headers = request.headers as Record<string, string>;
    expect(body(request)).toEqual({
      id: event.id,
      type: 'license.created',
      createdAt: event.createdAt.toISOString(),
      data: { id: licenseId, name: 'Pro' },
    });
    expect(headers['webhook-id']).toBe(event.id);
    expect(headers['content-type']).toBe('application/json');

    // the reference implementation accepts it
    expect(new Webhook(endpoint.secret).verify(request.body, headers)).toEqual(body(request));
    // plain HMAC checks keyed with the decoded secret bytes
    const key = Buffer.from(endpoint.secret.slice('whsec_'.length), 'base64');
    expect(key).toHaveLength(32);
    expect(headers['x-licentric-signature']).toBe(
      createHmac('sha256', key).update(request.body).digest('hex'),
    );
    const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${request.body}`;
    expect(headers['webhook-signature']).toBe(
      `v1,${createHmac('sha256', key).update(signed).digest('base64')}`,
    );

    // a tampered body fails both checks
    const tampered = request.body.replace('"Pro"', '"Enterprise"');
    expect(tampered).not.toBe(request.body);
    expect(() => new Webhook(endpoint.secret).verify(tampered, headers)).toThrow(/signature/i);
    expect(createHmac('sha256', key).update(tampered).digest('hex')).not.toBe(
      headers['x-licentric-signature'],
    );
    // a correctly signed but old message fails on its timestamp; another secret fails too
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const oldHeaders = signWebhook(endpoint.secret, event.id, old, request.body);
    expect(() => new Webhook(endpoint.secret).verify(request.body, { ...oldHeaders })).toThrow(/too old/i);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request.body, headers),
    ).toThrow(/signature/i);
  });

  it('retries at 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h, then marks the delivery failed', async () => {
    const { db, ctx, worker } = await setup();
    const rx = await receiver(() => ({ status: 500, body: 'x'.repeat(5000) }));
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await emit(ctx, 'license.updated', randomUUID());

    let now = new Date();
    expect((await worker(now)).attempted).toBe(1);
    for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
      const [delivery] = await deliveriesOf(db, endpoint.id);
      expect(delivery?.status).toBe('pending');
      expect(delivery?.attemptCount).toBe(i + 1);
      const wait = (delivery?.nextAttemptAt.getTime() ?? 0) - now.getTime();
      expect(Math.abs(wait - delay)).toBeLessThan(2_000);
      // not due a little before the scheduled time
      expect((await worker(new Date(now.getTime() + delay - 5_000))).attempted).toBe(0);
      now = new Date(now.getTime() + delay + 1_000);
      expect((await worker(now)).attempted).toBe(1);
    }
    const [delivery] = await deliveriesOf(db, endpoint.id);
    expect(delivery).toMatchObject({
      status: 'failed',
      attemptCount: 8,
      lastStatusCode: 500,
      deliveredAt: null,
    });
    expect(delivery?.attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(delivery?.attempts.every((a) => a.statusCode === 500 && a.responseBody?.length === 2048)).toBe(
      true,
    );
    expect(rx.requests).toHaveLength(8);
    expect((await worker(new Date(now.getTime() + 48 * 3_600_000))).attempted).toBe(0);
  });

  it('delivers once after three failures, with four attempts logged', async () => {
    const { db, ctx, worker } = await setup();
    const rx = await receiver((_r, index) =>
      index < 3 ? { status: 503, body: `down ${index}` } : { status: 204 },
    );
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await emit(ctx, 'license.updated', randomUUID());

    let now = new Date();
    for (let i = 0; i < 4; i += 1) {
      expect((await worker(now)).attempted).toBe(1);
      now = new Date(now.getTime() + (RETRY_DELAYS_MS[i] ?? 0) + 1_000);
    }
    expect((await worker(new Date(now.getTime() + 86_400_000))).attempted).toBe(0);
    const [delivery] = await deliveriesOf(db, endpoint.id);
    expect(delivery).toMatchObject({
      status: 'delivered',
      attemptCount: 4,
      lastStatusCode: 204,
      lastError: null,
    });
    expect(delivery?.deliveredAt).not.toBeNull();
    expect(delivery?.attempts.map((a) => [a.attempt, a.statusCode, a.responseBody])).toEqual([
      [1, 503, 'down 0'],
      [2, 503, 'down 1'],
      [3, 503, 'down 2'],
      [4, 204, ''],
    ]);
    expect(delivery?.attempts.every((a) => a.durationMs >= 0)).toBe(true);
    expect(rx.requests.map((r) => r.headers['webhook-id'])).toEqual(Array(4).fill(delivery?.eventId));
  });

  it('disables the endpoint when it answers 410 Gone', async () => {
    const { db, ctx, worker } = await setup();
    const rx = await receiver(() => ({ status: 410 }));
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await emit(ctx, 'license.updated', randomUUID());
    await worker();
    const [delivery] = await deliveriesOf(db, endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', attemptCount: 1, lastStatusCode: 410 });
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.enabled).toBe(false);
    expect(row.disabledReason).toMatch(/410/);

    await emit(ctx, 'license.updated', randomUUID());
    expect(await worker(new Date(Date.now() + 86_400_000))).toEqual({ dispatched: 1, attempted: 0 });
    expect(await deliveriesOf(db, endpoint.id)).toHaveLength(1);
    expect(rx.requests).toHaveLength(1);
  });

  it('sends 20 rapid changes of one license in order to a slow receiver', async () => {
    const { ctx, worker } = await setup();
    const rx = await receiver(() => ({ status: 200, delayMs: 30 }));
    await createWebhook(ctx, { url: rx.url, events: ['license.*'] });
    const licenseId = randomUUID();
    const otherId = randomUUID();
    await Promise.all([
      (async () => {
        for (let i = 1; i <= 20; i += 1) await emit(ctx, 'license.updated', licenseId, { name: `v${i}` });
      })(),
      (async () => {
        for (let i = 1; i <= 20; i += 1) await emit(ctx, 'license.updated', otherId, { name: `w${i}` });
      })(),
    ]);
    // two workers at once, repeatedly, until everything went out
    for (let round = 0; round < 20 && rx.requests.length < 40; round += 1)
      await Promise.all([worker(), worker()]);
    expect(rx.requests).toHaveLength(40);
    const names = (id: string) =>
      rx.requests
        .map(body)
        .filter((b) => b.data.id === id)
        .map((b) => b.data.name);
    expect(names(licenseId)).toEqual(Array.from({ length: 20 }, (_, i) => `v${i + 1}`));
    expect(names(otherId)).toEqual(Array.from({ length: 20 }, (_, i) => `w${i + 1}`));
  });

  it('orders machine events by their license (data.licenseId)', async () => {
    const { db, ctx, worker } = await setup();
    const rx = await receiver();
    const endpoint = await createWebhook(ctx, { url: rx.url });
    const licenseId = randomUUID();
    await emit(ctx, 'license.created', licenseId);
    await emit(ctx, 'machine.activated', randomUUID(), { licenseId });
    await emit(ctx, 'product.created', randomUUID(), {}, 'product');
    await worker();
    const keys = (await deliveriesOf(db, endpoint.id)).map((d) => d.orderingKey);
    expect(keys[0]).toBe(licenseId);
    expect(keys[1]).toBe(licenseId);
    expect(keys[2]).not.toBe(licenseId);
  });

  it('sends each endpoint only its subscribed types, and never another account’s or environment’s events', async () => {
    const { db, account, ctx } = await setup();
    const live = testContext(db, account, { environment: 'live' });
    const other = await setup();
    const [licenseOnly, all, liveAll, otherAll] = await Promise.all([
      receiver(),
      receiver(),
      receiver(),
      receiver(),
    ]);
    await createWebhook(ctx, { url: licenseOnly.url, events: ['license.*'] });
    await createWebhook(ctx, { url: all.url });
    await createWebhook(live, { url: liveAll.url, events: ['*'] });
    await createWebhook(other.ctx, { url: otherAll.url, events: ['license.created', 'machine.*'] });

    await emit(ctx, 'license.updated', randomUUID());
    await emit(ctx, 'machine.activated', randomUUID(), { licenseId: randomUUID() });
    await emit(ctx, 'product.created', randomUUID(), {}, 'product');
    await emit(ctx, 'validation.failed', randomUUID(), {}, 'license');
    await emit(live, 'license.created', randomUUID());
    await emit(other.ctx, 'license.created', randomUUID());
    await emit(other.ctx, 'license.updated', randomUUID());

    await runWebhookDeliveryOnce(db, new Date(), { accountIds: [account.id, other.account.id] });
    const types = (r: Receiver) => r.requests.map((q) => body(q).type).sort();
    expect(types(licenseOnly)).toEqual(['license.updated']);
    expect(types(all)).toEqual([
      'license.updated',
      'machine.activated',
      'product.created',
      'validation.failed',
    ]);
    expect(types(liveAll)).toEqual(['license.created']);
    expect(types(otherAll)).toEqual(['license.created']);
  });

  it('retries a delivery whose worker died holding the lease, once the lease expires', async () => {
    const { db, account, ctx, worker } = await setup();
    const rx = await receiver();
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await emit(ctx, 'license.updated', randomUUID());
    const now = new Date();
    await worker(now, { deliverBatch: 0 }); // dispatch only
    // a worker claims it and "crashes" before sending
    const claimed = await claimDueDeliveries(db, now, 10, { accountIds: [account.id] });
    expect(claimed).toHaveLength(1);
    expect((await worker(new Date(now.getTime() + LEASE_MS - 5_000))).attempted).toBe(0);
    expect((await worker(new Date(now.getTime() + LEASE_MS + 1_000))).attempted).toBe(1);
    const [delivery] = await deliveriesOf(db, endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attemptCount: 1, leaseExpiresAt: null });
    expect(rx.requests).toHaveLength(1);
  });

  it('prunes deliveries older than 30 days with their attempts', async () => {
    const { db, account, ctx, worker } = await setup();
    const rx = await receiver();
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await emit(ctx, 'license.updated', randomUUID());
    await worker(new Date(Date.now() - 31 * 86_400_000));
    await emit(ctx, 'license.updated', randomUUID());
    await worker();
    expect(await deliveriesOf(db, endpoint.id)).toHaveLength(2);
    expect(await pruneWebhookDeliveries(db, new Date(), { accountIds: [account.id] })).toBe(1);
    const left = await deliveriesOf(db, endpoint.id);
    expect(left).toHaveLength(1);
    expect(await db.webhookAttempt.count({ where: { delivery: { endpointId: endpoint.id } } })).toBe(1);
  });
});

describe('webhook delivery with private URLs not allowed', () => {
  afterEach(() => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'true';
    resetEnvForTests();
  });

  it('refuses loopback, metadata, private and privately-resolving URLs at delivery time', async () => {
    const { db, ctx, worker } = await setup();
    const rx = await receiver();
    const urls = [
      rx.url,
      'http://169.254.169.254/latest/meta-data',
      'https://10.0.0.1/hook',
      `http://localhost:${rx.port}/hook`,
      `https://[::ffff:127.0.0.1]:${rx.port}/`,
    ];
    // registered while allowed (or DNS changed since): stored directly
    const endpoints = await Promise.all(
      urls.map(async (url) => {
        const id = randomUUID();
        return db.webhookEndpoint.create({
          data: {
            id,
            accountId: ctx.accountId,
            environment: ctx.environment,
            url,
            secretEncrypted: encryptWebhookSecret(id, `whsec_${Buffer.alloc(32, 2).toString('base64')}`),
          },
        });
      }),
    );
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'false';
    resetEnvForTests();
    await emit(ctx, 'license.updated', randomUUID());
    expect((await worker()).attempted).toBe(urls.length);
    expect(rx.requests).toHaveLength(0);
    for (const endpoint of endpoints) {
      const [delivery] = await deliveriesOf(db, endpoint.id);
      expect(delivery?.status).toBe('pending');
      expect(delivery?.attempts[0]?.error).toMatch(
        /^URL refused: url (must use https|resolves to a non-public address)/,
      );
      expect(delivery?.attempts[0]?.statusCode).toBeNull();
    }
  });
});
