// The webhook worker (DOMAIN.md §7): fans undispatched outbox events out into deliveries, sends due deliveries
// (signed, strictly ordered per endpoint + ordering key, leased so a crashed worker's work is retried, safe
// with several workers at once), records every attempt, applies the retry schedule, and prunes old deliveries.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { randomUUID } from 'node:crypto';
import { env } from '@/env.ts';
import { isShuttingDown } from '@/server/lifecycle.ts';
import { resolveSafeTarget, UnsafeUrlError, type SafeTarget } from '@/lib/ssrf.ts';
import type { Db } from '@/server/db.ts';
import { deleteInBatches, type DeleteLimits } from '@/server/delete-in-batches.ts';
import { Prisma } from '@/generated/prisma/client.ts';
import { matchesEventFilters } from './event-types.ts';
import { signWebhook } from './signatures.ts';
import { decryptWebhookSecret } from './webhooks.ts';

/** Waits after the 1st … 7th failed attempt; the 8th failure marks the delivery `failed`. */
export const RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
] as const;
export const LEASE_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const RETENTION_MS = 30 * 24 * 3_600_000;
const RESPONSE_BODY_LIMIT = 2048;
const USER_AGENT = 'Licentric-Webhooks/1';

export interface WorkerOptions {
  /** Restrict the pass to these accounts (tests; an operator draining one tenant). Default: all accounts. */
  accountIds?: string[];
  /** Allow http and private addresses; default `WEBHOOKS_ALLOW_PRIVATE_URLS`. */
  allowPrivateUrls?: boolean;
  /** Events fanned out per dispatch transaction (default 500). */
  dispatchBatch?: number;
  /** Deliveries claimed (and sent concurrently) per claim (default 50). */
  deliverBatch?: number;
  /** Stop claiming new batches after this much wall time (default 5 s); already-claimed ones finish. */
  maxRunMs?: number;
}

interface OutboxEvent {
  id: string;
  seq: bigint;
  accountId: string;
  environment: 'live' | 'test';
  type: string;
  resourceType: string;
  resourceId: string;
  data: unknown;
}

const accountFilter = (ids: string[] | undefined, column: Prisma.Sql) =>
  ids ? Prisma.sql`AND ${column} = ANY(${ids}::uuid[])` : Prisma.empty;

/** The license an event concerns (its per-endpoint ordering key), else the resource itself. */
function orderingKeyOf(event: Pick<OutboxEvent, 'resourceType' | 'resourceId' | 'data'>): string {
  if (event.resourceType === 'license') return event.resourceId;
  const data = (event.data ?? {}) as { licenseId?: unknown; license?: { id?: unknown } | null };
  if (typeof data.licenseId === 'string' && data.licenseId) return data.licenseId;
  if (data.license && typeof data.license.id === 'string' && data.license.id) return data.license.id;
  return event.resourceId;
}

/**
 * (1) Dispatch: undispatched events in `seq` order (FOR UPDATE SKIP LOCKED), one delivery per enabled endpoint
 * of the event's account+environment subscribed to its type (`webhook.test`: only its target endpoint), then
 * marked dispatched — all in one transaction. One dispatcher at a time (transaction advisory lock), so
 * deliveries are created in event order. Returns the number of events dispatched.
 */
export async function dispatchWebhookEvents(db: Db, now: Date, options: WorkerOptions = {}): Promise<number> {
  const limit = options.dispatchBatch ?? 500;
  let total = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<
        Array<{ locked: boolean }>
      >`SELECT pg_try_advisory_xact_lock(hashtext('licentric:webhook-dispatch')) AS locked`;
      if (!lock?.locked) return 0;
      const events = await tx.$queryRaw<OutboxEvent[]>`
        SELECT "id", "seq", "accountId", "environment"::text AS "environment", "type", "resourceType", "resourceId", "data"
        FROM "Event"
        WHERE "dispatchedAt" IS NULL ${accountFilter(options.accountIds, Prisma.sql`"accountId"`)}
        ORDER BY "seq"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`;
      if (events.length === 0) return 0;

      const tenants = new Map<string, { accountId: string; environment: 'live' | 'test' }>();
      for (const e of events)
        tenants.set(`${e.accountId}:${e.environment}`, {
          accountId: e.accountId,
          environment: e.environment,
        });
      const endpoints = await tx.webhookEndpoint.findMany({
        where: { OR: [...tenants.values()], enabled: true, deletedAt: null },
        select: { id: true, accountId: true, environment: true, events: true },
      });
      const byTenant = new Map<string, typeof endpoints>();
      for (const endpoint of endpoints) {
        const key = `${endpoint.accountId}:${endpoint.environment}`;
        byTenant.set(key, [...(byTenant.get(key) ?? []), endpoint]);
      }

      // column arrays for one INSERT … SELECT FROM unnest(…) (cheap for hundreds of rows)
      const rows = {
        id: [] as string[],
        account: [] as string[],
        env: [] as string[],
        endpoint: [] as string[],
        event: [] as string[],
        key: [] as string[],
        seq: [] as string[],
      };
      for (const event of events) {
        const candidates = byTenant.get(`${event.accountId}:${event.environment}`) ?? [];
        const targets =
          event.type === 'webhook.test'
            ? candidates.filter((endpoint) => endpoint.id === event.resourceId)
            : candidates.filter((endpoint) => matchesEventFilters(endpoint.events, event.type));
        const orderingKey = orderingKeyOf(event);
        for (const endpoint of targets) {
          rows.id.push(randomUUID());
          rows.account.push(event.accountId);
          rows.env.push(event.environment);
          rows.endpoint.push(endpoint.id);
          rows.event.push(event.id);
          rows.key.push(orderingKey);
          rows.seq.push(event.seq.toString());
        }
      }
      if (rows.id.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "WebhookDelivery" ("id", "accountId", "environment", "endpointId", "eventId", "orderingKey", "eventSeq", "nextAttemptAt", "createdAt", "updatedAt")
          SELECT r.id, r.account, r.env::"Environment", r.endpoint, r.event, r.key, r.seq, ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
          FROM unnest(${rows.id}::uuid[], ${rows.account}::uuid[], ${rows.env}::text[], ${rows.endpoint}::uuid[], ${rows.event}::text[], ${rows.key}::text[], ${rows.seq}::bigint[])
            AS r(id, account, env, endpoint, event, key, seq)
          ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
      }
      await tx.$executeRaw`UPDATE "Event" SET "dispatchedAt" = ${now}::timestamptz WHERE "id" = ANY(${events.map((e) => e.id)}::text[])`;
      return events.length;
    });
    total += count;
    if (count < limit) return total;
  }
}

interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  attemptCount: number;
}

/**
 * Claims up to `limit` due deliveries with a lease. Only the oldest pending delivery (by event seq) of each
 * endpoint+orderingKey is eligible, and a leased one blocks its key, so each key goes out strictly in order.
 * SKIP LOCKED + the re-checked lease condition keep two workers from claiming the same delivery.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  limit: number,
  options: WorkerOptions = {},
): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // heads: the oldest pending delivery of each endpoint + ordering key (strict order), computed once
  // (MATERIALIZED: without it the planner may re-run the DISTINCT ON per candidate row); due: the heads
  // whose time has come on enabled endpoints; then those few rows are locked (SKIP LOCKED) and leased.
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH heads AS MATERIALIZED (
      SELECT DISTINCT ON (h."endpointId", h."orderingKey")
             h."id", h."endpointId", h."nextAttemptAt", h."leaseExpiresAt", h."eventSeq"
      FROM "WebhookDelivery" h
      WHERE h."status" = 'pending' ${accountFilter(options.accountIds, Prisma.sql`h."accountId"`)}
      ORDER BY h."endpointId", h."orderingKey", h."eventSeq", h."createdAt"
    ), due AS MATERIALIZED (
      SELECT heads."id"
      FROM heads
      JOIN "WebhookEndpoint" e ON e."id" = heads."endpointId" AND e."enabled" AND e."deletedAt" IS NULL
      WHERE heads."nextAttemptAt" <= ${now}::timestamptz
        AND (heads."leaseExpiresAt" IS NULL OR heads."leaseExpiresAt" <= ${now}::timestamptz)
      ORDER BY heads."nextAttemptAt", heads."eventSeq"
      LIMIT ${limit}
    )
    UPDATE "WebhookDelivery" AS w
    SET "leaseExpiresAt" = ${leaseUntil}::timestamptz, "updatedAt" = ${now}::timestamptz
    WHERE w."id" IN (
      SELECT d."id" FROM "WebhookDelivery" d
      WHERE d."id" IN (SELECT "id" FROM due)
        AND d."status" = 'pending'
        AND (d."leaseExpiresAt" IS NULL OR d."leaseExpiresAt" <= ${now}::timestamptz)
      FOR UPDATE OF d SKIP LOCKED
    )
    AND w."status" = 'pending'
    RETURNING w."id", w."endpointId", w."eventId", w."attemptCount"`;
}

interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  responseBody: string | null;
  error: string | null;
}

/** POSTs to the checked address (SNI and Host keep the URL's host name); 10 s timeout; keeps 2 KiB of the answer. */
function postToTarget(
  target: SafeTarget,
  body: string,
  headers: Record<string, string>,
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = client.request(
      target.url,
      {
        method: 'POST',
        agent: false,
        lookup: pinned,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': USER_AGENT,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () =>
          finish({
            statusCode: response.statusCode ?? null,
            responseBody: Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8'),
            error: null,
          });
        response.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_BODY_LIMIT) chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_BODY_LIMIT) {
            done();
            response.destroy();
          }
        });
        response.on('end', done);
        response.on('error', done);
        response.on('close', done);
      },
    );
    const timer = setTimeout(() => {
      finish({
        statusCode: null,
        responseBody: null,
        error: `Timed out after ${REQUEST_TIMEOUT_MS / 1000} s`,
      });
      request.destroy();
    }, REQUEST_TIMEOUT_MS);
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        statusCode: null,
        responseBody: null,
        error: error.code ? `${error.code}: ${error.message}` : error.message,
      }),
    );
    request.end(body);
  });
}

type EndpointRow = { id: string; url: string; secretEncrypted: string };
type EventRow = { id: string; type: string; createdAt: Date; data: unknown };

type PreparedEndpoint = { target: SafeTarget; secret: string } | { refused: string };

async function prepareEndpoint(endpoint: EndpointRow, allowPrivate: boolean): Promise<PreparedEndpoint> {
  try {
    return {
      target: await resolveSafeTarget(endpoint.url, { allowPrivate }),
      secret: decryptWebhookSecret(endpoint),
    };
  } catch (error) {
    return {
      refused:
        error instanceof UnsafeUrlError
          ? `URL refused: url ${error.message}`
          : `Not sent: ${(error as Error).message}`,
    };
  }
}

/** One attempt of one claimed delivery, and its outcome written back (attempt row + delivery state). */
async function attemptDelivery(
  db: Db,
  clock: () => Date,
  claimed: ClaimedDelivery,
  endpoint: Promise<PreparedEndpoint> | undefined,
  event: EventRow | undefined,
) {
  let result: AttemptResult;
  const prepared = await endpoint;
  if (!prepared || !event) {
    result = {
      statusCode: null,
      durationMs: 0,
      responseBody: null,
      error: 'Endpoint or event no longer exists',
    };
  } else if ('refused' in prepared) {
    result = { statusCode: null, durationMs: 0, responseBody: null, error: prepared.refused };
  } else {
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt.toISOString(),
      data: event.data,
    });
    // the signature timestamp is the wall clock (receivers check it against theirs), not the job clock
    const headers = signWebhook(prepared.secret, event.id, Math.floor(Date.now() / 1000), body);
    result = await postToTarget(prepared.target, body, { ...headers });
  }
  await recordAttempt(db, clock(), claimed, result);
}

/** Writes the attempt and moves the delivery on: delivered, retry later, failed; 410 also disables the endpoint. */
async function recordAttempt(
  db: Db,
  now: Date,
  claimed: ClaimedDelivery,
  result: AttemptResult,
): Promise<void> {
  const attempts = claimed.attemptCount + 1;
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const gone = result.statusCode === 410;
  const delay = RETRY_DELAYS_MS[attempts - 1];
  const status = ok ? 'delivered' : gone || delay === undefined ? 'failed' : 'pending';
  const nextAttemptAt = status === 'pending' ? new Date(now.getTime() + (delay ?? 0)) : now;
  const lastError = ok ? null : (result.error ?? `HTTP ${result.statusCode ?? '?'}`);
  // one statement: the CTE updates the delivery (only while still pending), the insert logs the attempt
  await db.$executeRaw`
    WITH moved AS (
      UPDATE "WebhookDelivery"
      SET "status" = ${status}::"DeliveryStatus", "attemptCount" = ${attempts}, "nextAttemptAt" = ${nextAttemptAt}::timestamptz,
          "leaseExpiresAt" = NULL, "lastStatusCode" = ${result.statusCode}::int, "lastError" = ${lastError},
          "deliveredAt" = ${ok ? now : null}::timestamptz, "updatedAt" = ${now}::timestamptz
      WHERE "id" = ${claimed.id}::uuid AND "status" = 'pending'
      RETURNING "id"
    )
    INSERT INTO "WebhookAttempt" ("id", "deliveryId", "attempt", "statusCode", "durationMs", "responseBody", "error", "createdAt")
    SELECT ${randomUUID()}::uuid, ${claimed.id}::uuid,
           COALESCE((SELECT MAX("attempt") FROM "WebhookAttempt" WHERE "deliveryId" = ${claimed.id}::uuid), 0) + 1,
           ${result.statusCode}::int, ${result.durationMs}::int, ${result.responseBody}, ${result.error}, ${now}::timestamptz`;
  if (gone) {
    await db.webhookEndpoint.update({
      where: { id: claimed.endpointId },
      data: {
        enabled: false,
        disabledReason: `Disabled automatically: the endpoint answered 410 Gone at ${now.toISOString()}`,
      },
    });
  }
}

/**
 * (2) Deliver: claims and sends due deliveries in batches (each batch concurrently: distinct ordering keys)
 * until none is due or `maxRunMs` passed. The given clock advances with the real time spent. Returns the
 * number of attempts made.
 */
export async function deliverDueWebhooks(db: Db, now: Date, options: WorkerOptions = {}): Promise<number> {
  const allowPrivate = options.allowPrivateUrls ?? env().WEBHOOKS_ALLOW_PRIVATE_URLS;
  const batch = options.deliverBatch ?? 50;
  const maxRunMs = options.maxRunMs ?? 5_000;
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  let attempts = 0;
  // a stopping process claims nothing new; what it holds finishes within the 10 s request timeout
  while (Date.now() - startedAt <= maxRunMs && !isShuttingDown()) {
    const claimNow = clock();
    const claimed = await claimDueDeliveries(db, claimNow, batch, options);
    if (claimed.length === 0) break;
    const [endpoints, events] = await Promise.all([
      db.webhookEndpoint.findMany({
        where: { id: { in: [...new Set(claimed.map((c) => c.endpointId))] } },
        select: { id: true, url: true, secretEncrypted: true },
      }),
      db.event.findMany({
        where: { id: { in: claimed.map((c) => c.eventId) } },
        select: { id: true, type: true, createdAt: true, data: true },
      }),
    ]);
    const endpointById = new Map(endpoints.map((e) => [e.id, e]));
    const eventById = new Map(events.map((e) => [e.id, e]));
    // per batch and endpoint: one URL check (DNS + address policy) and one secret decryption
    const prepared = new Map<string, Promise<PreparedEndpoint>>();
    const prepare = (endpoint: EndpointRow) => {
      let entry = prepared.get(endpoint.id);
      if (!entry) {
        entry = prepareEndpoint(endpoint, allowPrivate);
        prepared.set(endpoint.id, entry);
      }
      return entry;
    };
    await Promise.all(
      claimed.map((c) => {
        const endpoint = endpointById.get(c.endpointId);
        return attemptDelivery(
          db,
          clock,
          c,
          endpoint ? prepare(endpoint) : undefined,
          eventById.get(c.eventId),
        );
      }),
    );
    attempts += claimed.length;
  }
  return attempts;
}

/** (3) Prune: deletes deliveries (and their attempts) older than 30 days, in bounded batches. Returns how many. */
export function pruneWebhookDeliveries(
  db: Db,
  now: Date,
  options: Pick<WorkerOptions, 'accountIds'> & DeleteLimits = {},
): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_MS);
  return deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "WebhookDelivery" WHERE "id" IN (
        SELECT "id" FROM "WebhookDelivery"
        WHERE "createdAt" < ${cutoff}::timestamptz ${accountFilter(options.accountIds, Prisma.sql`"accountId"`)}
        LIMIT ${limit})`,
    options,
  );
}

/** One full worker pass (dispatch, then deliver): what the jobs do, callable from tests with a moved clock. */
export async function runWebhookDeliveryOnce(
  db: Db,
  now: Date,
  options: WorkerOptions = {},
): Promise<{ dispatched: number; attempted: number }> {
  const dispatched = await dispatchWebhookEvents(db, now, options);
  const attempted = await deliverDueWebhooks(db, now, options);
  return { dispatched, attempted };
}
