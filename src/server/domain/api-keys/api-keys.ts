// API keys (API.md §3): created with scopes, environment and optional expiry; the raw key is returned once and
// only its SHA-256 is stored; listed as prefix + last 4; revoked. Used by the CLI, the dashboard and the seed.
import { z } from 'zod';
import type { Db } from '@/server/db.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { AppError } from '@/server/errors.ts';
import { BASE62, randomString, sha256Hex } from '@/lib/crypto.ts';
import { SCOPES } from '@/server/auth/scopes.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import type { Actor } from '@/server/context.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

/**
 * Who manages the keys of one account: a member in the dashboard (`userId`, the actor; the tRPC ladder's
 * `MemberContext` fits) or the operator — CLI, seed — with no user (the system acts). Keys carry their own
 * environment, so no DomainContext: one account's keys span both environments.
 */
interface ApiKeysContext {
  db: Db;
  accountId: string;
  userId?: string;
}

/** revokeApiKey's context: without `accountId` it is the operator CLI revoking a key of any account. */
type RevokeApiKeyContext = Omit<ApiKeysContext, 'accountId'> & { accountId?: string };

/** The dashboard user who acted, or the operator (CLI, seed) when there is none. */
const actorOf = (userId?: string): Actor =>
  userId ? { type: 'user', id: userId } : { type: 'system', id: null };

export const createApiKeyInput = z.strictObject({
  environment: z.enum(['live', 'test']),
  name: z.string().trim().min(1).max(100).optional(),
  scopes: z.array(z.enum(SCOPES)).max(SCOPES.length).default([]),
  expiresAt: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v))
    .optional(),
});
type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export function generateApiKey(environment: Environment): string {
  return `lk_${environment}_${randomString(40, BASE62)}`;
}

function apiKeyView(key: {
  id: string;
  name: string | null;
  prefix: string;
  last4: string;
  environment: Environment;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    last4: key.last4,
    environment: key.environment,
    scopes: key.scopes,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    createdAt: key.createdAt.toISOString(),
  };
}

export async function createApiKey(ctx: ApiKeysContext, rawInput: CreateApiKeyInput) {
  const { db, accountId, userId: createdById } = ctx;
  const input = parseInput(createApiKeyInput, rawInput);
  if (input.expiresAt && input.expiresAt <= new Date())
    throw new AppError('VALIDATION_ERROR', 'expiresAt must be in the future');
  const key = generateApiKey(input.environment);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        accountId,
        environment: input.environment,
        name: input.name ?? null,
        keyHash: sha256Hex(key),
        prefix: key.slice(0, `lk_${input.environment}_`.length + 4),
        last4: key.slice(-4),
        scopes: [...new Set(input.scopes)],
        expiresAt: input.expiresAt ?? null,
        createdById: createdById ?? null,
      },
    });
    const eventCtx = { accountId, environment: input.environment, actor: actorOf(createdById) };
    await writeEvent(tx, eventCtx, {
      type: 'api_key.created',
      resourceType: 'api_key',
      resourceId: created.id,
      data: apiKeyView(created),
    });
    return created;
  });
  return { ...apiKeyView(row), key };
}

/** The account's keys, newest first; of one environment when `input.environment` is given. */
export async function listApiKeys(
  { db, accountId }: ApiKeysContext,
  input: { environment?: Environment } = {},
) {
  const { environment } = input;
  const rows = await db.apiKey.findMany({
    where: { accountId, ...(environment ? { environment } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return rows.map(apiKeyView);
}

/** Revokes a key of this account (idempotent); `ctx.accountId` undefined = operator CLI (any account). */
export async function revokeApiKey(ctx: RevokeApiKeyContext, input: { id: string }) {
  const { db, accountId, userId: revokedById } = ctx;
  const apiKeyId = input.id;
  const key = await db.apiKey.findFirst({ where: { id: apiKeyId, ...(accountId ? { accountId } : {}) } });
  if (!key) throw new AppError('NOT_FOUND', `No API key ${apiKeyId}`);
  if (key.revokedAt) return apiKeyView(key);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    const eventCtx = { accountId: key.accountId, environment: key.environment, actor: actorOf(revokedById) };
    await writeEvent(tx, eventCtx, {
      type: 'api_key.revoked',
      resourceType: 'api_key',
      resourceId: key.id,
      data: apiKeyView(row),
    });
    return apiKeyView(row);
  });
}
