// Webhook endpoints (API.md Webhooks): register (secret shown once), list, get, update, soft delete, rotate the
// secret, list deliveries with their attempts, redeliver, and send a `webhook.test` event to one endpoint.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { env } from '@/env.ts';
import { decrypt, encrypt } from '@/lib/crypto.ts';
import { resolveSafeTarget, UnsafeUrlError } from '@/lib/ssrf.ts';
import { masterKey } from '@/server/secrets.ts';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { cursorSelect, paginate, paginationQuery, type PageInput } from '@/server/shared/pagination.ts';
import type { Tx } from '@/server/db.ts';
import type { Prisma, WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '@/generated/prisma/client.ts';
import { eventFiltersSchema } from './event-types.ts';
import { generateWebhookSecret } from './signatures.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

const fields = {
  url: z
    .string()
    .trim()
    .min(1)
    .max(2048)
    // the document states the default rule; WEBHOOKS_ALLOW_PRIVATE_URLS also lets http through (described)
    .meta({
      pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]://',
      description:
        'https URL on a public address (http and private addresses only when the deployment sets WEBHOOKS_ALLOW_PRIVATE_URLS)',
    }),
  description: z.string().max(500).nullable(),
  events: eventFiltersSchema,
  enabled: z.boolean(),
};

export const createWebhookInput = z.strictObject({
  url: fields.url,
  description: fields.description.optional(),
  events: fields.events.default(['*']),
  enabled: fields.enabled.default(true),
});
export const updateWebhookInput = z.strictObject({
  url: fields.url.optional(),
  description: fields.description.optional(),
  events: fields.events.optional(),
  enabled: fields.enabled.optional(),
});
export const listWebhooksQuery = z.strictObject({ ...paginationQuery });
export const listDeliveriesQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});
export const deliveryParams = z.strictObject({ id: z.uuid(), deliveryId: z.uuid() });

export const webhookView = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    disabledReason: z
      .string()
      .nullable()
      .describe('Why the endpoint was disabled automatically (e.g. it answered 410 Gone)'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });
export const webhookWithSecretView = webhookView
  .extend({
    secret: z.string().describe('whsec_… signing secret; returned only on register and rotate-secret'),
  })
  .meta({ id: 'WebhookEndpointWithSecret' });
const webhookAttemptView = z
  .object({
    attempt: z.number().int(),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    responseBody: z.string().nullable().describe('First 2 KiB of the response body'),
    error: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookAttempt' });
export const webhookDeliveryView = z
  .object({
    id: z.uuid(),
    endpointId: z.uuid(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attemptCount: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    attempts: z.array(webhookAttemptView),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookView = z.infer<typeof webhookView>;
export type WebhookWithSecretView = z.infer<typeof webhookWithSecretView>;
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryView>;

function toWebhookView(row: WebhookEndpoint): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type DeliveryRow = WebhookDelivery & { event: { type: string }; attempts: WebhookAttempt[] };
const deliveryInclude = {
  event: { select: { type: true } },
  attempts: { orderBy: [{ createdAt: 'asc' }, { attempt: 'asc' }] },
} as const satisfies Prisma.WebhookDeliveryInclude;

function toDeliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.event.type,
    status: row.status,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    attempts: row.attempts.map((a) => ({
      attempt: a.attempt,
      statusCode: a.statusCode,
      durationMs: a.durationMs,
      responseBody: a.responseBody,
      error: a.error,
      createdAt: a.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The AES-GCM associated data binding an encrypted secret to its endpoint. */
const secretAad = (endpointId: string) => `webhook-secret:${endpointId}`;

export function encryptWebhookSecret(endpointId: string, secret: string): string {
  return encrypt(secret, masterKey(), secretAad(endpointId));
}

export function decryptWebhookSecret(endpoint: Pick<WebhookEndpoint, 'id' | 'secretEncrypted'>): string {
  return decrypt(endpoint.secretEncrypted, masterKey(), secretAad(endpoint.id)).toString('utf8');
}

/** Registration-time URL check: https and public addresses unless WEBHOOKS_ALLOW_PRIVATE_URLS is on. */
async function assertWebhookUrl(url: string): Promise<void> {
  try {
    await resolveSafeTarget(url, { allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE_URLS });
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    const message = `url ${error.message}`;
    throw new AppError('VALIDATION_ERROR', `Invalid body: ${message}`, {
      issues: [{ path: ['url'], message, code: 'unsafe_url' }],
    });
  }
}

/** A live (not deleted) endpoint of this account+environment, or NOT_FOUND. */
async function findWebhook(
  ctx: DomainContext,
  id: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<WebhookEndpoint> {
  const row = await tx.webhookEndpoint.findFirst({ where: { id, ...scope(ctx), deletedAt: null } });
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

export async function createWebhook(
  ctx: DomainContext,
  input: z.input<typeof createWebhookInput>,
): Promise<WebhookWithSecretView> {
  const data = parseInput(createWebhookInput, input);
  await assertWebhookUrl(data.url);
  const id = randomUUID();
  const secret = generateWebhookSecret();
  const row = await ctx.db.webhookEndpoint.create({
    data: {
      id,
      ...scope(ctx),
      url: data.url,
      description: data.description ?? null,
      events: data.events,
      enabled: data.enabled,
      secretEncrypted: encryptWebhookSecret(id, secret),
    },
  });
  return { ...toWebhookView(row), secret };
}

export async function listWebhooks(ctx: DomainContext, page: PageInput) {
  const where = { ...scope(ctx), deletedAt: null };
  return paginate(
    page,
    (id) => ctx.db.webhookEndpoint.findFirst({ where: { ...where, id }, select: cursorSelect }),
    (q) =>
      ctx.db.webhookEndpoint.findMany({ where: { AND: [where, q.where] }, orderBy: q.orderBy, take: q.take }),
    toWebhookView,
  );
}

export async function getWebhook(ctx: DomainContext, id: string): Promise<WebhookView> {
  return toWebhookView(await findWebhook(ctx, id));
}

/** Re-enabling clears `disabledReason`; pending deliveries of a disabled endpoint wait and resume on re-enable. */
export async function updateWebhook(
  ctx: DomainContext,
  id: string,
  input: z.input<typeof updateWebhookInput>,
): Promise<WebhookView> {
  const data = parseInput(updateWebhookInput, input);
  await findWebhook(ctx, id);
  if (data.url !== undefined) await assertWebhookUrl(data.url);
  const row = await ctx.db.webhookEndpoint.update({
    where: { id },
    data: { ...data, ...(data.enabled === true ? { disabledReason: null } : {}) },
  });
  return toWebhookView(row);
}

export async function deleteWebhook(ctx: DomainContext, id: string): Promise<void> {
  await findWebhook(ctx, id);
  await ctx.db.webhookEndpoint.update({ where: { id }, data: { deletedAt: new Date(), enabled: false } });
}

/** A new secret, effective for every attempt from now on (including retries of pending deliveries). */
export async function rotateWebhookSecret(ctx: DomainContext, id: string): Promise<WebhookWithSecretView> {
  await findWebhook(ctx, id);
  const secret = generateWebhookSecret();
  const row = await ctx.db.webhookEndpoint.update({
    where: { id },
    data: { secretEncrypted: encryptWebhookSecret(id, secret) },
  });
  return { ...toWebhookView(row), secret };
}

export async function listWebhookDeliveries(
  ctx: DomainContext,
  endpointId: string,
  query: z.input<typeof listDeliveriesQuery>,
) {
  const { status, ...page } = parseInput(listDeliveriesQuery, query);
  await findWebhook(ctx, endpointId);
  const where = { ...scope(ctx), endpointId, ...(status ? { status } : {}) };
  return paginate(
    page,
    (id) =>
      ctx.db.webhookDelivery.findFirst({ where: { ...scope(ctx), endpointId, id }, select: cursorSelect }),
    (q) =>
      ctx.db.webhookDelivery.findMany({
        where: { AND: [where, q.where] },
        orderBy: q.orderBy,
        take: q.take,
        include: deliveryInclude,
      }),
    toDeliveryView,
  );
}

async function findDelivery(
  ctx: DomainContext,
  endpointId: string,
  deliveryId: string,
  tx: Tx = ctx.tx ?? ctx.db,
): Promise<DeliveryRow> {
  const row = await tx.webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId, ...scope(ctx) },
    include: deliveryInclude,
  });
  if (!row) throw notFound('Webhook delivery');
  return row;
}

/**
 * Sends the delivery's event again: the delivery goes back to `pending`, due now, with a fresh retry schedule.
 * Its earlier attempts stay in the log (attempt numbers continue). The same event id (`webhook-id`) is used, as
 * Standard Webhooks prescribes for re-sends of one message. (One delivery per endpoint+event: the schema's
 * unique key, so a redelivery re-arms that row rather than adding a second one.)
 */
export async function redeliverWebhookDelivery(
  ctx: DomainContext,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDeliveryView> {
  return inTransaction(ctx, async (tx, ctx) => {
    await findWebhook(ctx, endpointId, tx);
    await findDelivery(ctx, endpointId, deliveryId, tx);
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status: 'pending',
        attemptCount: 0,
        nextAttemptAt: new Date(),
        leaseExpiresAt: null,
        deliveredAt: null,
      },
    });
    return toDeliveryView(await findDelivery(ctx, endpointId, deliveryId, tx));
  });
}

/**
 * Writes a `webhook.test` event for this endpoint only (resource = the endpoint) and its delivery in the same
 * transaction, so the answer can name the delivery to watch. Refused for a disabled endpoint.
 */
export async function sendTestWebhook(ctx: DomainContext, endpointId: string): Promise<WebhookDeliveryView> {
  return inTransaction(ctx, async (tx, ctx) => {
    const endpoint = await findWebhook(ctx, endpointId, tx);
    if (!endpoint.enabled)
      throw new AppError(
        'UNPROCESSABLE',
        'The webhook endpoint is disabled; enable it before sending a test event',
      );
    const event = await writeEvent(tx, ctx, {
      type: 'webhook.test',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.id,
      data: { webhook: toWebhookView(endpoint), message: 'This is a test event from Licentric.' },
    });
    const now = new Date();
    const delivery = await tx.webhookDelivery.create({
      data: {
        ...scope(ctx),
        endpointId: endpoint.id,
        eventId: event.id,
        orderingKey: endpoint.id,
        eventSeq: event.seq,
        nextAttemptAt: now,
      },
    });
    await tx.event.update({ where: { id: event.id }, data: { dispatchedAt: now } });
    return toDeliveryView(await findDelivery(ctx, endpointId, delivery.id, tx));
  });
}
