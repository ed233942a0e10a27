import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newEventId } from '@/lib/ids.ts';
import { scope } from '@/server/context.ts';
import { createTestAccount, testContext, testDb } from '../../../../tests/helpers.ts';
import { deliverDueWebhooks, dispatchWebhookEvents } from './delivery.ts';
import { createWebhook } from './webhooks.ts';
import { startReceiver, type Receiver } from '../../../../tests/webhooks/receiver.ts';

// Measures what one worker sustains against a local receiver that answers 200 at once; prints the numbers.
const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function measure(label: string, licenses: number, perLicense: number): Promise<number> {
  const db = await testDb();
  const account = await createTestAccount(db);
  const ctx = testContext(db, account);
  const rx = await startReceiver();
  receivers.push(rx);
  await createWebhook(ctx, { url: rx.url });
  const ids = Array.from({ length: licenses }, () => randomUUID());
  const total = licenses * perLicense;
  for (let round = 0; round < perLicense; round += 1) {
    // bulk insert (seq order = insertion order), the same rows writeEvent would write
    await db.event.createMany({
      data: ids.map((id) => ({
        id: newEventId(),
        ...scope(ctx),
        type: 'license.updated',
        actorType: 'system' as const,
        resourceType: 'license',
        resourceId: id,
        data: { id, round },
      })),
    });
  }
  const options = { accountIds: [account.id], maxRunMs: 120_000 };
  const started = performance.now();
  const dispatched = await dispatchWebhookEvents(db, new Date(), options);
  const dispatchedAt = performance.now();
  let attempted = 0;
  while (attempted < total) {
    const n = await deliverDueWebhooks(db, new Date(), options);
    if (n === 0) break;
    attempted += n;
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = total / seconds;
  console.log(
    `[webhooks] ${label}: ${total} deliveries in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} deliveries/s ` +
      `(dispatch ${((dispatchedAt - started) / 1000).toFixed(2)} s, send ${(total / ((performance.now() - dispatchedAt) / 1000)).toFixed(0)}/s)`,
  );
  expect(dispatched).toBe(total);
  expect(rx.requests).toHaveLength(total);
  expect(await db.webhookDelivery.count({ where: { accountId: account.id, status: 'delivered' } })).toBe(
    total,
  );
  return rate;
}

describe('webhook delivery throughput (one worker)', () => {
  it('many licenses (deliveries sent concurrently, 50 per claim)', async () => {
    expect(await measure('1000 licenses x 1 event', 1000, 1)).toBeGreaterThan(20);
  }, 120_000);

  it('one license (strictly sequential)', async () => {
    expect(await measure('1 license x 200 events', 1, 200)).toBeGreaterThan(5);
  }, 120_000);
});
