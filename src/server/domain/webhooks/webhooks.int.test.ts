import { afterEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { resetEnvForTests } from '@/env.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import type { Scope } from '@/server/auth/scopes.ts';
import {
  createWebhookRoute,
  deleteWebhookRoute,
  getWebhookRoute,
  listWebhookDeliveriesRoute,
  listWebhooksRoute,
  redeliverWebhookRoute,
  rotateWebhookSecretRoute,
  testWebhookRoute,
  updateWebhookRoute,
} from '@/server/rest/endpoints/webhooks.ts';
import { createTestAccount, testDb } from '../../../../tests/helpers.ts';
import { runWebhookDeliveryOnce } from './delivery.ts';
import type { WebhookDeliveryView, WebhookView, WebhookWithSecretView } from './webhooks.ts';
import { startReceiver, type Receiver } from '../../../../tests/webhooks/receiver.ts';

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

type Handler = (request: Request) => Promise<Response>;
/** Every shape these routes answer with, merged so assertions can read any field (test-only typing). */
interface ApiBody {
  data: WebhookWithSecretView & WebhookDeliveryView & Array<WebhookView & WebhookDeliveryView>;
  pagination: { nextCursor: string | null; hasMore: boolean };
  details: { issues: Array<{ path: unknown[]; code: string }> };
}

async function setup(scopes: Scope[] = []) {
  const db = await testDb();
  const account = await createTestAccount(db);
  const { key } = await createApiKey({ db, accountId: account.id }, { environment: 'test', scopes });
  const call = async (handler: Handler, method: string, path: string, body?: unknown, apiKey = key) => {
    const response = await handler(
      new Request(`http://localhost/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as ApiBody };
  };
  const worker = () => runWebhookDeliveryOnce(db, new Date(), { accountIds: [account.id] });
  return { db, account, key, call, worker };
}

describe('REST /webhooks', () => {
  it('registers (secret once), lists, gets, updates and soft-deletes endpoints', async () => {
    const { db, call } = await setup();
    const rx = await receiver();
    const created = await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url, description: 'CRM' });
    expect(created.status).toBe(201);
    const hook = created.body.data;
    expect(hook).toMatchObject({
      url: rx.url,
      description: 'CRM',
      events: ['*'],
      enabled: true,
      disabledReason: null,
    });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } });
    expect(row.secretEncrypted).not.toContain(hook.secret.slice(6));

    const got = await call(getWebhookRoute, 'GET', `/webhooks/${hook.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data.secret).toBeUndefined();
    const listed = await call(listWebhooksRoute, 'GET', '/webhooks');
    expect(listed.body.data.map((h: { id: string }) => h.id)).toEqual([hook.id]);
    expect(listed.body.pagination).toEqual({ nextCursor: null, hasMore: false });

    const updated = await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, {
      events: ['license.*', 'machine.activated', 'license.*'],
      enabled: false,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ events: ['license.*', 'machine.activated'], enabled: false });

    expect(
      (await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, { events: ['license.nope'] })).status,
    ).toBe(400);
    expect(
      (await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, { events: ['billing.*'] })).status,
    ).toBe(400);
    expect((await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, { events: [] })).status).toBe(
      400,
    );
    expect((await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, { secret: 'x' })).status).toBe(
      400,
    );
    expect((await call(createWebhookRoute, 'POST', '/webhooks', { url: 'not a url' })).status).toBe(400);

    expect((await call(deleteWebhookRoute, 'DELETE', `/webhooks/${hook.id}`)).status).toBe(204);
    expect((await call(getWebhookRoute, 'GET', `/webhooks/${hook.id}`)).status).toBe(404);
    expect((await call(listWebhooksRoute, 'GET', '/webhooks')).body.data).toEqual([]);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } })).deletedAt).not.toBeNull();
  });

  it('enforces scopes and isolates environments', async () => {
    const { db, account, call } = await setup(['webhooks:read']);
    const rx = await receiver();
    expect((await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url })).status).toBe(403);
    const { key: writer } = await createApiKey(
      { db, accountId: account.id },
      {
        environment: 'test',
        scopes: ['webhooks:write'],
      },
    );
    const created = await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url }, writer);
    expect(created.status).toBe(201);
    expect((await call(getWebhookRoute, 'GET', `/webhooks/${created.body.data.id}`)).status).toBe(200);
    const { key: live } = await createApiKey({ db, accountId: account.id }, { environment: 'live' });
    expect(
      (await call(getWebhookRoute, 'GET', `/webhooks/${created.body.data.id}`, undefined, live)).status,
    ).toBe(404);
    const other = await setup();
    expect((await other.call(getWebhookRoute, 'GET', `/webhooks/${created.body.data.id}`)).status).toBe(404);
  });

  it('sends a test event to that endpoint only, lists deliveries with attempts, and redelivers', async () => {
    const { call, worker } = await setup();
    const [rx, bystander] = await Promise.all([receiver(), receiver()]);
    const hook = (await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url })).body.data;
    await call(createWebhookRoute, 'POST', '/webhooks', { url: bystander.url });

    const test = await call(testWebhookRoute, 'POST', `/webhooks/${hook.id}/test`);
    expect(test.status).toBe(202);
    expect(test.body.data).toMatchObject({
      endpointId: hook.id,
      eventType: 'webhook.test',
      status: 'pending',
      attemptCount: 0,
      attempts: [],
    });
    await worker();
    expect(rx.requests).toHaveLength(1);
    expect(bystander.requests).toHaveLength(0);
    const sent = rx.requests[0];
    expect(
      new Webhook(hook.secret).verify(sent?.body ?? '', sent?.headers as Record<string, string>),
    ).toMatchObject({ type: 'webhook.test' });

    const listed = await call(listWebhookDeliveriesRoute, 'GET', `/webhooks/${hook.id}/deliveries`);
    expect(listed.status).toBe(200);
    const delivery = listed.body.data[0] as WebhookDeliveryView;
    expect(delivery).toMatchObject({
      id: test.body.data.id,
      status: 'delivered',
      attemptCount: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, responseBody: 'ok', error: null }),
    ]);

    const again = await call(
      redeliverWebhookRoute,
      'POST',
      `/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`,
    );
    expect(again.status).toBe(202);
    expect(again.body.data).toMatchObject({ id: delivery.id, status: 'pending', attemptCount: 0 });
    await worker();
    expect(rx.requests).toHaveLength(2);
    expect(rx.requests[1]?.headers['webhook-id']).toBe(delivery.eventId);
    const after = (
      await call(listWebhookDeliveriesRoute, 'GET', `/webhooks/${hook.id}/deliveries?status=delivered`)
    ).body.data[0] as WebhookDeliveryView;
    expect(after.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2]);

    expect(
      (
        await call(
          redeliverWebhookRoute,
          'POST',
          `/webhooks/${hook.id}/deliveries/${crypto.randomUUID()}/redeliver`,
        )
      ).status,
    ).toBe(404);
    await call(updateWebhookRoute, 'PATCH', `/webhooks/${hook.id}`, { enabled: false });
    expect((await call(testWebhookRoute, 'POST', `/webhooks/${hook.id}/test`)).status).toBe(422);
  });

  it('paginates deliveries newest first', async () => {
    const { call } = await setup();
    const rx = await receiver();
    const hook = (await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url })).body.data;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await call(testWebhookRoute, 'POST', `/webhooks/${hook.id}/test`)).body.data.id);
    const first = await call(listWebhookDeliveriesRoute, 'GET', `/webhooks/${hook.id}/deliveries?limit=2`);
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.pagination).toEqual({ nextCursor: ids[1], hasMore: true });
    const second = await call(
      listWebhookDeliveriesRoute,
      'GET',
      `/webhooks/${hook.id}/deliveries?limit=2&cursor=${ids[1]}`,
    );
    expect(second.body.data.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect(second.body.pagination.hasMore).toBe(false);
  });

  it('signs with the rotated secret from then on', async () => {
    const { call, worker } = await setup();
    const rx = await receiver();
    const hook = (await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url })).body.data;
    const rotated = await call(rotateWebhookSecretRoute, 'POST', `/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.secret).not.toBe(hook.secret);
    await call(testWebhookRoute, 'POST', `/webhooks/${hook.id}/test`);
    await worker();
    const sent = rx.requests[0];
    const headers = sent?.headers as Record<string, string>;
    expect(() => new Webhook(rotated.body.data.secret).verify(sent?.body ?? '', headers)).not.toThrow();
    expect(() => new Webhook(hook.secret).verify(sent?.body ?? '', headers)).toThrow();
  });
});

describe('REST /webhooks URL safety (WEBHOOKS_ALLOW_PRIVATE_URLS off)', () => {
  afterEach(() => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'true';
    resetEnvForTests();
  });

  it('refuses http, loopback, metadata, private and privately-resolving URLs on register and update', async () => {
    const { call } = await setup();
    const rx = await receiver();
    const allowed = (await call(createWebhookRoute, 'POST', '/webhooks', { url: rx.url })).body.data;
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'false';
    resetEnvForTests();
    for (const url of [
      'http://127.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'https://10.0.0.1/hook',
      'https://127.0.0.1/hook',
      'https://169.254.169.254/',
      'https://localhost/hook',
      'https://[::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
      'https://[fd00:ec2::254]/',
      'https://100.64.0.1/',
      'https://user:pass@example.com/',
      'ftp://example.com/',
    ]) {
      const refused = await call(createWebhookRoute, 'POST', '/webhooks', { url });
      expect(refused.status, url).toBe(400);
      expect(refused.body.details.issues[0]).toMatchObject({ path: ['url'], code: 'unsafe_url' });
    }
    const patched = await call(updateWebhookRoute, 'PATCH', `/webhooks/${allowed.id}`, {
      url: 'http://127.0.0.1:9/x',
    });
    expect(patched.status).toBe(400);
    // a public literal address passes the check (no connection is made at registration)
    expect(
      (await call(createWebhookRoute, 'POST', '/webhooks', { url: 'https://93.184.215.14/hook' })).status,
    ).toBe(201);
  });
});
