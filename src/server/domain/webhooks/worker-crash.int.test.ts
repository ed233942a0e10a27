import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { createTestAccount, testContext, testDb } from '../../../../tests/helpers.ts';
import { LEASE_MS } from './delivery.ts';
import { createWebhook } from './webhooks.ts';
import { startReceiver, type Receiver } from '../../../../tests/webhooks/receiver.ts';

const WORKER = path.resolve('tests/children/webhook-worker.child.ts');
const children: ChildProcess[] = [];
const receivers: Receiver[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

/** A worker in its own process (node + tsx loader, one process so SIGKILL really kills it). */
async function startWorker(accountId: string, clockOffsetMs = 0): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: path.resolve(import.meta.dirname, '../../../..'),
    env: {
      ...process.env,
      WEBHOOK_TEST_ACCOUNTS: accountId,
      WEBHOOK_TEST_CLOCK_OFFSET_MS: String(clockOffsetMs),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Separate worker processes need PostgreSQL: the embedded database has exactly one owning process.
describe.skipIf(!process.env.DATABASE_URL)('webhook worker processes', () => {
  it('loses nothing when a worker is killed mid-delivery: another one delivers after the lease', async () => {
    const db = await testDb();
    const account = await createTestAccount(db);
    const ctx = testContext(db, account);
    const rx = await startReceiver((_r, index) =>
      index === 0 ? { status: 200, hold: true } : { status: 200 },
    );
    receivers.push(rx);
    const endpoint = await createWebhook(ctx, { url: rx.url });
    const first = await startWorker(account.id);
    const event = await db.$transaction((tx) =>
      writeEvent(tx, ctx, {
        type: 'license.updated',
        resourceType: 'license',
        resourceId: randomUUID(),
        data: {},
      }),
    );
    await rx.waitFor(1); // the receiver holds this request open
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const held = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(held).toMatchObject({ status: 'pending', attemptCount: 0 });
    expect(held.leaseExpiresAt).not.toBeNull();

    // a new worker whose clock is past the lease takes the delivery over
    await startWorker(account.id, LEASE_MS + 1_000);
    await until(
      async () =>
        (await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })).status ===
        'delivered',
    );
    expect(rx.requests.map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id]);
    expect(await db.webhookAttempt.count({ where: { delivery: { endpointId: endpoint.id } } })).toBe(1);
  }, 90_000);

  it('two workers at once never send one delivery in parallel or twice', async () => {
    const db = await testDb();
    const account = await createTestAccount(db);
    const ctx = testContext(db, account);
    const rx = await startReceiver(() => ({ status: 200, delayMs: 15 }));
    receivers.push(rx);
    const endpoint = await createWebhook(ctx, { url: rx.url });
    await Promise.all([startWorker(account.id), startWorker(account.id)]);
    const licenses = Array.from({ length: 6 }, () => randomUUID());
    for (let i = 0; i < 36; i += 1) {
      const licenseId = licenses[i % licenses.length] as string;
      await db.$transaction((tx) =>
        writeEvent(tx, ctx, {
          type: 'license.updated',
          resourceType: 'license',
          resourceId: licenseId,
          data: { n: i },
        }),
      );
    }
    await rx.waitFor(36, 30_000);
    await until(
      async () =>
        (await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: 'delivered' } })) === 36,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ids = rx.requests.map((r) => String(r.headers['webhook-id']));
    expect(new Set(ids).size).toBe(36);
    expect(ids).toHaveLength(36);
    expect(rx.maxConcurrentPerId).toBe(1);
    // and each license's events still arrived in order
    for (const licenseId of licenses) {
      const ns = rx.requests
        .map((r) => JSON.parse(r.body) as { data: { id?: string; n: number } })
        .filter((b) => b.data.n % 6 === licenses.indexOf(licenseId));
      expect(ns.map((b) => b.data.n)).toEqual([...ns.map((b) => b.data.n)].sort((a, b) => a - b));
    }
  }, 90_000);
});
