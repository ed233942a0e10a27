// The Stripe event log: receiving a delivery (signature, mode, one row per Stripe event id so a retry or replay
// acts once), running its handler, replaying a stored event, the dashboard's test event, the list, and the job
// that carries out suspensions due after a failed payment's grace.
import { z } from 'zod';
import type Stripe from 'stripe';
import { scope, type DomainContext } from '@/server/context.ts';
import type { Db } from '@/server/db.ts';
import { AppError, isUniqueViolation, notFound } from '@/server/errors.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import { isUuid } from '@/server/domain/shared/schemas.ts';
import { assertSafeInput } from '@/server/input-guard.ts';
import { randomToken } from '@/lib/crypto.ts';
import { findLicense } from '@/server/domain/licenses/license-queries.ts';
import { effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import type { StripeEvent } from '@/generated/prisma/client.ts';
import { openStripeConnection, stripeWebhookUrl, type OpenConnection } from './connection.ts';
import { handleStripeEvent, suspendForNonPayment, TEST_EVENT_TYPE, type HandlerResult } from './handlers.ts';
import { isStripeApiError, signStripePayload, stripeLookups, verifyStripeEvent } from './stripe-api.ts';
import { malformedEventObject } from './event-shapes.ts';

/** A delivery still `processing` after this long is taken to have crashed: a retry runs it again. */
const STALE_PROCESSING_MS = 5 * 60_000;

const stripeActor = (eventId: string | null) => ({ type: 'stripe' as const, id: eventId });

export interface StripeEventView {
  id: string;
  stripeEventId: string;
  type: string;
  status: 'processing' | 'processed' | 'ignored' | 'failed';
  outcome: string;
  licenseId: string | null;
  attempts: number;
  stripeCreatedAt: string;
  receivedAt: string;
  processedAt: string | null;
}

function toEventView(row: StripeEvent): StripeEventView {
  return {
    id: row.id,
    stripeEventId: row.stripeEventId,
    type: row.type,
    status: row.status,
    outcome: row.outcome,
    licenseId: row.licenseId,
    attempts: row.attempts,
    stripeCreatedAt: row.stripeCreatedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
  };
}

interface ReceiveResult {
  duplicate: boolean;
  event: StripeEventView;
}

/**
 * One delivery to `POST /api/integrations/stripe/{accountId}/{environment}`: 404 without a connection, 400 for a
 * bad signature (logged and counted), an event of the other Stripe mode or an object its handler cannot read; else
 * the event is stored once and handled. A handler failure is recorded (`failed`); a failure of Stripe's API is a 503
 * and unexpected errors propagate (a 500): either way Stripe retries.
 */
export async function receiveStripeEvent(
  db: Db,
  delivery: { accountId: string; environment: string; rawBody: string; signature: string | null },
  now: Date = new Date(),
): Promise<ReceiveResult> {
  const environment = delivery.environment;
  if (!isUuid(delivery.accountId) || (environment !== 'live' && environment !== 'test'))
    throw notFound('Stripe connection');
  const ctx: DomainContext = { db, accountId: delivery.accountId, environment, actor: stripeActor(null) };
  const connection = await openStripeConnection(ctx);
  if (!connection) throw notFound('Stripe connection');
  let event: Stripe.Event;
  try {
    if (!delivery.signature) throw new Error('No Stripe-Signature header');
    event = verifyStripeEvent(delivery.rawBody, delivery.signature, connection.webhookSecret);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'verification failed';
    console.warn(
      `[licentric] stripe: refused a delivery for account ${ctx.accountId} (${environment}): ${reason}`,
    );
    await db.stripeConnection.update({
      where: { id: connection.row.id },
      data: { rejectedCount: { increment: 1 }, lastRejectedAt: now },
    });
    throw new AppError('VALIDATION_ERROR', `Stripe signature verification failed: ${reason}`);
  }
  assertSafeInput(event);
  if (typeof event.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number')
    throw new AppError('VALIDATION_ERROR', 'Not a Stripe event (id, type and created are required)');
  const malformed = malformedEventObject(event);
  if (malformed)
    throw new AppError('VALIDATION_ERROR', `Not a ${event.type} event Licentric can read: ${malformed}`);
  if (event.livemode !== (environment === 'live')) {
    const mode = event.livemode ? 'live' : 'test';
    throw new AppError(
      'VALIDATION_ERROR',
      `A Stripe ${mode}-mode event was sent to the ${environment} environment: point Stripe ${mode} mode at the ${mode} URL`,
    );
  }
  const claimed = await claimEvent(ctx, event, now);
  if (!claimed.fresh) return { duplicate: true, event: toEventView(claimed.row) };
  return { duplicate: false, event: await runEvent(ctx, connection, claimed.row, event, now) };
}

/** Stores the event once; a delivery of an id already stored is a duplicate unless the first run failed or died. */
async function claimEvent(
  ctx: DomainContext,
  event: Stripe.Event,
  now: Date,
): Promise<{ fresh: boolean; row: StripeEvent }> {
  const key = { ...scope(ctx), stripeEventId: event.id };
  try {
    const row = await ctx.db.stripeEvent.create({
      data: {
        ...key,
        type: event.type,
        stripeCreatedAt: new Date(event.created * 1000),
        payload: toJsonValue(event),
        receivedAt: now,
      },
    });
    return { fresh: true, row };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await ctx.db.stripeEvent.findUniqueOrThrow({
    where: { accountId_environment_stripeEventId: key },
  });
  const rerun =
    existing.status === 'failed' ||
    (existing.status === 'processing' && now.getTime() - existing.receivedAt.getTime() > STALE_PROCESSING_MS);
  if (!rerun) return { fresh: false, row: existing };
  // only one of several concurrent retries wins the row back
  const { count } = await ctx.db.stripeEvent.updateMany({
    where: { id: existing.id, status: existing.status, attempts: existing.attempts },
    data: { status: 'processing', attempts: { increment: 1 }, receivedAt: now },
  });
  return { fresh: count === 1, row: existing };
}

async function runEvent(
  ctx: DomainContext,
  connection: OpenConnection,
  row: StripeEvent,
  event: Stripe.Event,
  now: Date,
): Promise<StripeEventView> {
  const actorCtx: DomainContext = { ...ctx, actor: stripeActor(event.id) };
  let result: HandlerResult & { status: StripeEvent['status'] };
  try {
    result = await handleStripeEvent({
      ctx: actorCtx,
      connection,
      lookups: stripeLookups(connection.apiKey),
      event,
      created: new Date(event.created * 1000),
      now,
    });
  } catch (error) {
    const known = error instanceof AppError;
    await ctx.db.stripeEvent.update({
      where: { id: row.id },
      data: {
        status: 'failed',
        outcome: `Failed: ${error instanceof Error ? error.message : String(error)}`,
        processedAt: new Date(),
      },
    });
    // a domain refusal is recorded (replay it from the dashboard); a failure of Stripe's API is a 503 and anything
    // else a 500, so Stripe retries (the row is `failed`, so the retry runs it again)
    if (isStripeApiError(error))
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `Stripe's API failed while handling ${event.id} (${error.message}); Stripe delivers it again, or replay it from the dashboard`,
      );
    if (!known) throw error;
    return toEventView(await ctx.db.stripeEvent.findUniqueOrThrow({ where: { id: row.id } }));
  }
  const updated = await ctx.db.stripeEvent.update({
    where: { id: row.id },
    data: {
      status: result.status,
      outcome: result.outcome,
      licenseId: result.licenseId ?? null,
      processedAt: new Date(),
    },
  });
  return toEventView(updated);
}

/** Runs a stored event's handler again (dashboard replay), e.g. after mapping its price or adding the API key. */
export async function replayStripeEvent(ctx: DomainContext, id: string): Promise<StripeEventView> {
  const row = isUuid(id) ? await ctx.db.stripeEvent.findFirst({ where: { id, ...scope(ctx) } }) : null;
  if (!row) throw notFound('Stripe event');
  const payload = row.payload as unknown as Stripe.Event;
  const malformed = malformedEventObject(payload);
  if (malformed) throw new AppError('UNPROCESSABLE', `This event cannot be handled: ${malformed}`);
  const connection = await openStripeConnection(ctx);
  if (!connection)
    throw new AppError('CONFLICT', 'Connect Stripe first: there is no signing secret to trust');
  const { count } = await ctx.db.stripeEvent.updateMany({
    where: { id, status: { not: 'processing' } },
    data: { status: 'processing', attempts: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'This event is being processed right now');
  return runEvent(ctx, connection, row, payload, new Date());
}

export const listStripeEventsInput = z.strictObject({
  limit: z.number().int().min(1).max(100).default(50),
  status: z.enum(['processing', 'processed', 'ignored', 'failed']).optional(),
});

export async function listStripeEvents(
  ctx: DomainContext,
  input: z.input<typeof listStripeEventsInput> = {},
): Promise<StripeEventView[]> {
  const q = listStripeEventsInput.parse(input);
  const rows = await ctx.db.stripeEvent.findMany({
    where: { ...scope(ctx), ...(q.status ? { status: q.status } : {}) },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: q.limit,
  });
  return rows.map(toEventView);
}

interface StripeTestResult {
  delivery: { ok: boolean; status: number | null; detail: string };
  apiKey: { ok: boolean; detail: string };
}

/**
 * "Send a test event": signs a `licentric.test` event with the stored secret and posts it to the receiving URL
 * (over HTTP, as Stripe would), and checks the API key with one cheap read.
 */
export async function sendStripeTestEvent(
  ctx: DomainContext,
  options: { url?: string } = {},
): Promise<StripeTestResult> {
  const connection = await openStripeConnection(ctx);
  if (!connection) throw new AppError('CONFLICT', 'Connect Stripe first');
  const payload = JSON.stringify({
    id: `evt_licentric_test_${randomToken(12)}`,
    object: 'event',
    type: TEST_EVENT_TYPE,
    livemode: ctx.environment === 'live',
    created: Math.floor(Date.now() / 1000),
    api_version: null,
    pending_webhooks: 0,
    request: null,
    data: { object: { object: 'licentric_test' } },
  });
  const url = options.url ?? stripeWebhookUrl(ctx.accountId, ctx.environment);
  let delivery: StripeTestResult['delivery'];
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Stripe-Signature': signStripePayload(payload, connection.webhookSecret),
      },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    const text = (await response.text()).slice(0, 500);
    delivery = {
      ok: response.ok,
      status: response.status,
      detail: response.ok ? `Received at ${url}` : text,
    };
  } catch (error) {
    delivery = {
      ok: false,
      status: null,
      detail: `${url} could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  let apiKey: StripeTestResult['apiKey'];
  if (!connection.apiKey)
    apiKey = { ok: false, detail: 'No API key stored: one-off purchases cannot be mapped' };
  else {
    try {
      await stripeLookups(connection.apiKey).ping();
      apiKey = { ok: true, detail: 'The API key can read Checkout Sessions' };
    } catch (error) {
      apiKey = { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return { delivery, apiKey };
}

/** Job pass: licenses whose failed payment's grace has run out are suspended (each claimed once, bounded batch). */
export async function suspendDueStripeLicenses(db: Db, now: Date, batch = 100): Promise<number> {
  const due = await db.stripeLicenseLink.findMany({
    where: { suspendDueAt: { lte: now }, endedAt: null },
    orderBy: { suspendDueAt: 'asc' },
    take: batch,
  });
  let done = 0;
  for (const link of due) {
    const { count } = await db.stripeLicenseLink.updateMany({
      where: { id: link.id, suspendDueAt: link.suspendDueAt },
      data: { suspendDueAt: null },
    });
    if (count === 0) continue; // another worker took it
    const ctx: DomainContext = {
      db,
      accountId: link.accountId,
      environment: link.environment,
      actor: stripeActor(null),
    };
    try {
      const row = await findLicense(ctx, link.licenseId);
      await suspendForNonPayment(ctx, link, { id: row.id, status: effectiveStatus(row, row.policy, now) });
      done++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.warn(
        `[licentric] stripe: due suspension of license ${link.licenseId} skipped: ${error.message}`,
      );
    }
  }
  return done;
}
