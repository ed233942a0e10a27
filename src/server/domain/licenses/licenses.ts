// Licenses (management half, API.md §4, DOMAIN.md §3): create (generated or imported key), update, soft delete
// (deactivating its machines through the machines module, in the same transaction) and entitlement
// attach/detach. Each change runs in one transaction with its `license.*` event. Views and schemas:
// license-views.ts; reads: license-queries.ts; the lifecycle transitions and expiry: license-lifecycle.ts.
import { inTransaction, scope, type DomainContext } from '@/server/context.ts';
import { AppError, isUniqueViolation, notFound } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { findProduct } from '@/server/domain/products/products.ts';
import {
  attachEntitlementsInput,
  resolveEntitlementIds,
  type AttachEntitlementsInput,
} from '@/server/domain/entitlements/entitlements.ts';
import { deactivateMachine } from '@/server/domain/machines/machines.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { encrypt } from '@/lib/crypto.ts';
import { masterKey } from '@/server/secrets.ts';
import { DAY_MS, effectiveStatus } from './license-state.ts';
import type { Policy } from '@/generated/prisma/client.ts';
import type { Prisma } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import {
  createLicenseInput,
  LICENSE_KEY_AAD,
  licenseInclude,
  parseWithDates,
  toLicenseEventView,
  toLicenseView,
  updateLicenseInput,
  type CreateLicenseInput,
  type LicenseView,
  type UpdateLicenseInput,
} from './license-views.ts';
import { findLicense, lockLicense } from './license-queries.ts';
import { emitLicenseEvent, expiryEventType, recordExpiry } from './license-lifecycle.ts';
import { parseInput } from '@/server/domain/shared/parsed-input.ts';

async function findPolicyOfProduct(
  ctx: DomainContext,
  tx: Tx,
  policyId: string,
  productId: string,
): Promise<Policy> {
  const policy = await tx.policy.findFirst({ where: { id: policyId, ...scope(ctx), deletedAt: null } });
  if (!policy) throw notFound('Policy');
  if (policy.productId !== productId) {
    throw new AppError(
      'POLICY_PRODUCT_MISMATCH',
      `Policy ${policyId} belongs to another product than ${productId}`,
      { policyId, productId },
    );
  }
  return policy;
}

function assertOverridable(
  policy: Policy,
  input: { maxMachinesOverride?: number | null | undefined; maxUsesOverride?: number | null | undefined },
) {
  const set = (['maxMachinesOverride', 'maxUsesOverride'] as const).filter(
    (field) => input[field] !== undefined && input[field] !== null,
  );
  if (set.length && !policy.overridable) {
    throw new AppError(
      'UNPROCESSABLE',
      `The policy does not allow overrides (overridable: false); remove ${set.join(' and ')}`,
      { fields: set },
    );
  }
}

export async function createLicense(ctx: DomainContext, input: CreateLicenseInput): Promise<LicenseView> {
  const data = parseWithDates(createLicenseInput, input);
  const now = new Date();
  for (let attempt = 0; ; attempt++) {
    const key = data.key ?? null;
    try {
      return await inTransaction(ctx, async (tx, ctx) => {
        const product = await findProduct(ctx, data.productId, tx);
        const policy = await findPolicyOfProduct(ctx, tx, data.policyId, data.productId);
        assertOverridable(policy, data);
        const entitlementIds = await resolveEntitlementIds(ctx, tx, { entitlementIds: data.entitlementIds });
        const rawKey = key ?? generateLicenseKey(product.keyPrefix);
        const expiresAt =
          data.expiresAt !== undefined
            ? data.expiresAt
            : policy.durationDays
              ? new Date(now.getTime() + policy.durationDays * DAY_MS)
              : null;
        const status = effectiveStatus({ status: 'active', expiresAt }, policy, now);
        const row = await tx.license.create({
          data: {
            ...scope(ctx),
            productId: product.id,
            policyId: policy.id,
            keyHash: hashLicenseKey(rawKey),
            keyEncrypted: encrypt(rawKey, masterKey(), LICENSE_KEY_AAD),
            name: data.name ?? null,
            status,
            expiresAt,
            maxMachinesOverride: data.maxMachinesOverride ?? null,
            maxUsesOverride: data.maxUsesOverride ?? null,
            userEmail: data.userEmail ?? null,
            userName: data.userName ?? null,
            metadata: data.metadata,
            entitlements: {
              create: entitlementIds.map((entitlementId) => ({ entitlementId, ...scope(ctx) })),
            },
          },
        });
        const view = await emitLicenseEvent(tx, ctx, 'license.created', row.id, now);
        if (status !== 'active') await emitLicenseEvent(tx, ctx, expiryEventType(status), row.id, now);
        return view;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (key !== null) throw new AppError('CONFLICT', 'A license with this key already exists');
      if (attempt >= 2) throw error; // three collisions of 80-bit random keys: something else is wrong
    }
  }
}

// ------------------------------------------------------------------------------------------------ update / delete

export async function updateLicense(
  ctx: DomainContext,
  id: string,
  input: UpdateLicenseInput,
): Promise<LicenseView> {
  const data = parseWithDates(updateLicenseInput, input);
  const now = new Date();
  return inTransaction(ctx, async (tx, ctx) => {
    const row = await lockLicense(ctx, tx, id);
    const policy =
      data.policyId && data.policyId !== row.policyId
        ? await findPolicyOfProduct(ctx, tx, data.policyId, row.productId)
        : row.policy;
    assertOverridable(policy, data);
    const current = effectiveStatus(row, row.policy, now);
    if (
      data.expiresAt !== undefined &&
      current === 'expired' &&
      (data.expiresAt === null || data.expiresAt > now)
    ) {
      throw new AppError(
        'CONFLICT',
        'Cannot move the expiry of an expired license to make it active; renew it with POST /licenses/{id}/renew',
      );
    }
    const { policyId, ...fields } = data;
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    ) as Prisma.LicenseUncheckedUpdateInput;
    if (policyId) changes.policyId = policyId;
    await tx.license.update({ where: { id }, data: changes });
    const view = await emitLicenseEvent(tx, ctx, 'license.updated', id, now);
    // an active license given a past expiry (or a policy whose strategy now reads it differently) expires now
    await recordExpiry(tx, ctx, await findLicense(ctx, id, tx), now);
    return row.status === 'active' && view.status !== 'active'
      ? toLicenseView(await findLicense(ctx, id, tx), now)
      : view;
  });
}

/** Soft delete in any status: active machines are deactivated (each with `machine.deactivated`), then `license.deleted`. */
export async function deleteLicense(ctx: DomainContext, id: string): Promise<void> {
  const now = new Date();
  await inTransaction(ctx, async (tx, ctx) => {
    await lockLicense(ctx, tx, id);
    const machines = await tx.machine.findMany({
      where: { licenseId: id, ...scope(ctx), deletedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    for (const machine of machines) await deactivateMachine(ctx, machine.id, { by: 'vendor' }, now);
    const deleted = await tx.license.update({
      where: { id },
      data: { deletedAt: now, machineCount: 0 },
      include: licenseInclude,
    });
    await writeEvent(tx, ctx, {
      type: 'license.deleted',
      resourceType: 'license',
      resourceId: id,
      data: toLicenseEventView(deleted, now),
    });
  });
}

// ------------------------------------------------------------------------------------------------ entitlements

/** Idempotent; `license.updated` only when something was attached; unknown ids/codes → NOT_FOUND naming them. */
export async function attachLicenseEntitlements(
  ctx: DomainContext,
  id: string,
  input: AttachEntitlementsInput,
): Promise<LicenseView> {
  const parsed = parseInput(attachEntitlementsInput, input);
  return inTransaction(ctx, async (tx, ctx) => {
    await lockLicense(ctx, tx, id);
    const ids = await resolveEntitlementIds(ctx, tx, parsed);
    const { count } = await tx.licenseEntitlement.createMany({
      data: ids.map((entitlementId) => ({ licenseId: id, entitlementId, ...scope(ctx) })),
      skipDuplicates: true,
    });
    if (count === 0) return toLicenseView(await findLicense(ctx, id, tx));
    return emitLicenseEvent(tx, ctx, 'license.updated', id);
  });
}

/** NOT_FOUND when the entitlement is not attached to the license itself (policy entitlements stay with the policy). */
export async function detachLicenseEntitlement(
  ctx: DomainContext,
  id: string,
  entitlementId: string,
): Promise<LicenseView> {
  return inTransaction(ctx, async (tx, ctx) => {
    await lockLicense(ctx, tx, id);
    const { count } = await tx.licenseEntitlement.deleteMany({
      where: { licenseId: id, entitlementId, ...scope(ctx), entitlement: { deletedAt: null } },
    });
    if (count === 0)
      throw new AppError(
        'NOT_FOUND',
        'Entitlement is not attached to this license (entitlements of its policy are detached from the policy)',
      );
    return emitLicenseEvent(tx, ctx, 'license.updated', id);
  });
}
