// Stripe connection of an account+environment: the webhook signing secret and the restricted API key (both
// encrypted with the master key, never shown again), the behaviour settings, and the price → policy mappings.
import { z } from 'zod';
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, notFound } from '@/server/errors.ts';
import { decrypt, encrypt } from '@/lib/crypto.ts';
import { masterKey } from '@/server/secrets.ts';
import { baseUrl } from '@/env.ts';
import { iso } from '@/server/domain/shared/schemas.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import type { Tx } from '@/server/db.ts';
import type { StripeConnection, StripePriceMapping } from '@/generated/prisma/client.ts';
import type { Environment } from '@/generated/prisma/enums.ts';

const SECRET_AAD = 'stripe-webhook-secret';
const API_KEY_AAD = 'stripe-api-key';

const settingsFields = {
  paymentFailedGraceHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .describe('Hours after a failed payment before the license is suspended; 0 = at once'),
  renewGraceDays: z.number().int().min(0).max(90).describe('Days added to the paid period’s end'),
  onSubscriptionDeleted: z.enum(['expire', 'revoke']),
  onRefundOrDispute: z.enum(['suspend', 'revoke']),
};

export const stripeSettingsInput = z.strictObject({
  paymentFailedGraceHours: settingsFields.paymentFailedGraceHours.optional(),
  renewGraceDays: settingsFields.renewGraceDays.optional(),
  onSubscriptionDeleted: settingsFields.onSubscriptionDeleted.optional(),
  onRefundOrDispute: settingsFields.onRefundOrDispute.optional(),
});

export const connectStripeInput = stripeSettingsInput.extend({
  webhookSecret: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/=_-]{8,200}$/, 'the signing secret starts with whsec_ (Stripe → Webhooks)'),
  apiKey: z
    .string()
    .trim()
    .regex(/^(rk|sk)_(test|live)_[A-Za-z0-9]{8,200}$/, 'a restricted key starts with rk_test_ or rk_live_')
    .nullable()
    .optional()
    .describe(
      'Restricted key with read access to Checkout Sessions, Subscriptions, Prices, Invoices, Charges',
    ),
});
type ConnectStripeInput = z.input<typeof connectStripeInput>;

export const priceMappingInput = z.strictObject({
  priceId: z
    .string()
    .trim()
    .regex(/^price_[A-Za-z0-9]{1,100}$/, 'a Stripe price id starts with price_'),
  policyId: z.uuid(),
  entitlementCodes: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});

interface StripeConnectionView {
  connected: boolean;
  webhookUrl: string;
  hasApiKey: boolean;
  apiKeyHint: string | null;
  paymentFailedGraceHours: number;
  renewGraceDays: number;
  onSubscriptionDeleted: 'expire' | 'revoke';
  onRefundOrDispute: 'suspend' | 'revoke';
  rejectedCount: number;
  lastRejectedAt: string | null;
  updatedAt: string | null;
}

/** The URL to paste into Stripe (Developers → Webhooks → Add endpoint). */
export function stripeWebhookUrl(accountId: string, environment: Environment): string {
  return `${baseUrl()}/api/integrations/stripe/${accountId}/${environment}`;
}

const DEFAULTS = { paymentFailedGraceHours: 72, renewGraceDays: 3 } as const;

function toConnectionView(
  ctx: Pick<DomainContext, 'accountId' | 'environment'>,
  row: StripeConnection | null,
): StripeConnectionView {
  return {
    connected: row !== null,
    webhookUrl: stripeWebhookUrl(ctx.accountId, ctx.environment),
    hasApiKey: Boolean(row?.apiKeyEncrypted),
    apiKeyHint: row?.apiKeyHint ?? null,
    paymentFailedGraceHours: row?.paymentFailedGraceHours ?? DEFAULTS.paymentFailedGraceHours,
    renewGraceDays: row?.renewGraceDays ?? DEFAULTS.renewGraceDays,
    onSubscriptionDeleted: row?.onSubscriptionDeleted ?? 'expire',
    onRefundOrDispute: row?.onRefundOrDispute ?? 'suspend',
    rejectedCount: row?.rejectedCount ?? 0,
    lastRejectedAt: iso(row?.lastRejectedAt ?? null),
    updatedAt: iso(row?.updatedAt ?? null),
  };
}

export async function getStripeConnection(ctx: DomainContext): Promise<StripeConnectionView> {
  return toConnectionView(
    ctx,
    await ctx.db.stripeConnection.findUnique({ where: { accountId_environment: scope(ctx) } }),
  );
}

/** Creates or replaces the connection: a new secret (and key, when given) replaces the stored ones. */
export async function connectStripe(
  ctx: DomainContext,
  input: ConnectStripeInput,
): Promise<StripeConnectionView> {
  const { webhookSecret, apiKey, ...settings } = connectStripeInput.parse(input);
  const secrets = {
    webhookSecretEncrypted: encrypt(webhookSecret, masterKey(), SECRET_AAD),
    ...(apiKey === undefined
      ? {}
      : {
          apiKeyEncrypted: apiKey === null ? null : encrypt(apiKey, masterKey(), API_KEY_AAD),
          apiKeyHint: apiKey === null ? null : apiKey.slice(-4),
        }),
  };
  return inTransaction(ctx, async (tx) => {
    const row = await tx.stripeConnection.upsert({
      where: { accountId_environment: scope(ctx) },
      create: { ...scope(ctx), ...secrets, ...settings },
      update: { ...secrets, ...settings },
    });
    return audit(tx, ctx, 'stripe.connected', row.id, toConnectionView(ctx, row));
  });
}

/** The audit-log row of a change to the integration (the view never holds the secret or the key). */
async function audit<V>(tx: Tx, ctx: DomainContext, type: string, resourceId: string, view: V): Promise<V> {
  await writeEvent(tx, ctx, { type, resourceType: 'stripe_connection', resourceId, data: view });
  return view;
}

export async function updateStripeSettings(
  ctx: DomainContext,
  input: z.input<typeof stripeSettingsInput>,
): Promise<StripeConnectionView> {
  const settings = stripeSettingsInput.parse(input);
  return inTransaction(ctx, async (tx) => {
    const { count } = await tx.stripeConnection.updateMany({ where: scope(ctx), data: settings });
    if (count === 0) throw notFound('Stripe connection');
    const row = await tx.stripeConnection.findUniqueOrThrow({ where: { accountId_environment: scope(ctx) } });
    return audit(tx, ctx, 'stripe.settings_updated', row.id, toConnectionView(ctx, row));
  });
}

/** Forgets the secret and key; mappings, links and the event log stay (reconnecting picks them up again). */
export async function disconnectStripe(ctx: DomainContext): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await tx.stripeConnection.findUnique({ where: { accountId_environment: scope(ctx) } });
    if (!row) throw notFound('Stripe connection');
    await tx.stripeConnection.delete({ where: { id: row.id } });
    await audit(tx, ctx, 'stripe.disconnected', row.id, toConnectionView(ctx, null));
  });
}

/** The connection row with its secrets in clear, for the receiver and the API client (never returned to a UI). */
export interface OpenConnection {
  row: StripeConnection;
  webhookSecret: string;
  apiKey: string | null;
}

export async function openStripeConnection(
  ctx: Pick<DomainContext, 'db' | 'accountId' | 'environment'>,
): Promise<OpenConnection | null> {
  const row = await ctx.db.stripeConnection.findUnique({ where: { accountId_environment: scope(ctx) } });
  if (!row) return null;
  return {
    row,
    webhookSecret: decrypt(row.webhookSecretEncrypted, masterKey(), SECRET_AAD).toString('utf8'),
    apiKey: row.apiKeyEncrypted
      ? decrypt(row.apiKeyEncrypted, masterKey(), API_KEY_AAD).toString('utf8')
      : null,
  };
}

// ------------------------------------------------------------------------------------------------ price mappings

export interface PriceMappingView {
  id: string;
  priceId: string;
  policyId: string;
  policyName: string;
  productName: string;
  entitlementCodes: string[];
  createdAt: string;
}

type MappingRow = StripePriceMapping & { policyName: string; productName: string };

function toMappingView(row: MappingRow): PriceMappingView {
  return {
    id: row.id,
    priceId: row.priceId,
    policyId: row.policyId,
    policyName: row.policyName,
    productName: row.productName,
    entitlementCodes: row.entitlementCodes,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listPriceMappings(ctx: DomainContext): Promise<PriceMappingView[]> {
  const rows = await ctx.db.stripePriceMapping.findMany({ where: scope(ctx), orderBy: { createdAt: 'asc' } });
  const policies = await ctx.db.policy.findMany({
    where: { ...scope(ctx), id: { in: rows.map((r) => r.policyId) } },
    select: { id: true, name: true, product: { select: { name: true } } },
  });
  const byId = new Map(policies.map((p) => [p.id, p]));
  return rows.map((row) =>
    toMappingView({
      ...row,
      policyName: byId.get(row.policyId)?.name ?? '(deleted policy)',
      productName: byId.get(row.policyId)?.product.name ?? '',
    }),
  );
}

/** Maps a price (creates or replaces its mapping); the policy and every entitlement code must exist here. */
export async function setPriceMapping(
  ctx: DomainContext,
  input: z.input<typeof priceMappingInput>,
): Promise<PriceMappingView> {
  const data = priceMappingInput.parse(input);
  const policy = await ctx.db.policy.findFirst({
    where: { id: data.policyId, ...scope(ctx), deletedAt: null },
    select: { id: true, name: true, product: { select: { name: true } } },
  });
  if (!policy) throw notFound('Policy');
  const codes = [...new Set(data.entitlementCodes)];
  const found = await ctx.db.entitlement.findMany({
    where: { ...scope(ctx), deletedAt: null, code: { in: codes } },
    select: { code: true },
  });
  const missing = codes.filter((c) => !found.some((f) => f.code === c));
  if (missing.length)
    throw new AppError('NOT_FOUND', `Entitlement(s) not found: ${missing.join(', ')}`, {
      entitlementCodes: missing,
    });
  return inTransaction(ctx, async (tx) => {
    const row = await tx.stripePriceMapping.upsert({
      where: { accountId_environment_priceId: { ...scope(ctx), priceId: data.priceId } },
      create: { ...scope(ctx), priceId: data.priceId, policyId: policy.id, entitlementCodes: codes },
      update: { policyId: policy.id, entitlementCodes: codes },
    });
    const view = toMappingView({ ...row, policyName: policy.name, productName: policy.product.name });
    return audit(tx, ctx, 'stripe.price_mapped', row.id, view);
  });
}

export async function deletePriceMapping(ctx: DomainContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await tx.stripePriceMapping.findFirst({ where: { id, ...scope(ctx) } });
    if (!row) throw notFound('Price mapping');
    await tx.stripePriceMapping.delete({ where: { id } });
    await audit(tx, ctx, 'stripe.price_unmapped', id, { id, priceId: row.priceId, policyId: row.policyId });
  });
}

/** The first of `priceIds` that is mapped to a live policy, with that policy. */
export async function findMappedPrice(ctx: DomainContext, priceIds: string[]) {
  if (priceIds.length === 0) return null;
  const rows = await ctx.db.stripePriceMapping.findMany({
    where: { ...scope(ctx), priceId: { in: priceIds } },
  });
  for (const priceId of priceIds) {
    const mapping = rows.find((r) => r.priceId === priceId);
    if (!mapping) continue;
    const policy = await ctx.db.policy.findFirst({
      where: { id: mapping.policyId, ...scope(ctx), deletedAt: null },
    });
    if (policy) return { mapping, policy };
  }
  return null;
}
