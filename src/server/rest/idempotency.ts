// Idempotency-Key on POST (API.md §1): the first response per credential + key is kept 24 h and replayed
// exactly as it was sent (status, body, and headers computed over the body such as its signature); the same key
// with another body is 422; a replay while the first request still runs is 409. Expired records are pruned.
// Which routes honour the header is route()'s decision (not validate-key, heartbeats, unauthenticated callers).
import { decrypt, encrypt, sha256Hex } from '@/lib/crypto.ts';
import { masterKey } from '@/server/secrets.ts';
import { AppError, isUniqueViolation } from '@/server/errors.ts';
import type { Db } from '@/server/db.ts';
import { deleteInBatches, type DeleteLimits } from '@/server/delete-in-batches.ts';

const TTL_MS = 24 * 60 * 60 * 1000;
const IN_PROGRESS = 0;

export interface StoredResponse {
  status: number;
  body: string;
  /** Headers computed over the body (the response signature), replayed byte for byte, never recomputed. */
  headers: Record<string, string>;
}

export type IdempotencyClaim =
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'claimed'; complete: (response: StoredResponse) => Promise<void>; release: () => Promise<void> };

export async function claimIdempotencyKey(
  db: Db,
  credentialId: string,
  key: string,
  request: { method: string; path: string; body: string },
  now = new Date(),
): Promise<IdempotencyClaim> {
  if (key.length < 1 || key.length > 255) {
    throw new AppError('VALIDATION_ERROR', 'Idempotency-Key must be 1–255 characters');
  }
  const requestHash = sha256Hex(`${request.method} ${request.path}\n${request.body}`);
  const where = { credentialId_key: { credentialId, key } };
  const existing = await db.idempotencyRecord.findUnique({ where });
  if (existing && existing.expiresAt > now) return settle(existing, requestHash);
  if (existing)
    await db.idempotencyRecord.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
  try {
    const record = await db.idempotencyRecord.create({
      data: {
        credentialId,
        key,
        requestHash,
        statusCode: IN_PROGRESS,
        responseBody: '',
        expiresAt: new Date(now.getTime() + TTL_MS),
      },
    });
    return {
      kind: 'claimed',
      complete: async (response) => {
        await db.idempotencyRecord.update({
          where: { id: record.id },
          data: {
            statusCode: response.status,
            responseBody: sealBody(response.body, record.id),
            responseHeaders: response.headers,
          },
        });
      },
      release: async () => {
        await db.idempotencyRecord.deleteMany({ where: { id: record.id } });
      },
    };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.idempotencyRecord.findUnique({ where });
    if (!winner)
      throw new AppError('CONFLICT', 'A request with this Idempotency-Key is in progress; retry shortly');
    return settle(winner, requestHash);
  }
}

function settle(
  record: {
    id: string;
    requestHash: string;
    statusCode: number;
    responseBody: string;
    responseHeaders: unknown;
  },
  requestHash: string,
): IdempotencyClaim {
  if (record.requestHash !== requestHash) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request body',
    );
  }
  if (record.statusCode === IN_PROGRESS) {
    throw new AppError('CONFLICT', 'A request with this Idempotency-Key is in progress; retry shortly');
  }
  return {
    kind: 'replay',
    response: {
      status: record.statusCode,
      body: openBody(record.responseBody, record.id),
      headers: storedHeaders(record.responseHeaders),
    },
  };
}

function storedHeaders(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Deletes expired records (the prune job), in bounded batches; returns how many. */
export function pruneIdempotencyRecords(db: Db, now: Date, limits?: DeleteLimits): Promise<number> {
  return deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "IdempotencyRecord" WHERE "id" IN (
        SELECT "id" FROM "IdempotencyRecord" WHERE "expiresAt" <= ${now}::timestamptz LIMIT ${limit})`,
    limits,
  );
}

// Stored answers can hold secrets shown once (license keys, webhook secrets): encrypted at rest like them.
const AAD = (id: string) => `idempotency:${id}`;
const sealBody = (body: string, id: string): string => (body ? encrypt(body, masterKey(), AAD(id)) : '');
const openBody = (sealed: string, id: string): string =>
  sealed ? decrypt(sealed, masterKey(), AAD(id)).toString('utf8') : '';
