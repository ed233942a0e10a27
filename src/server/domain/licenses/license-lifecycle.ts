// License lifecycle (DOMAIN.md §3): the transitions suspend / reinstate / renew / revoke / ban, each under the
// license row lock with its event, renewal arithmetic, and expiry — the one function that writes down a passed
// expiry with its event, used by every license change and by the expiry job.
import { inTransaction, type DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import type { ExpirationStrategy, LicenseStatus } from '@/generated/prisma/enums.ts';
import type { Prisma } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import { DAY_MS, effectiveStatus, LICENSE_TRANSITIONS, type LicenseAction } from './license-state.ts';
import {
  parseWithDates,
  renewLicenseInput,
  toLicenseEventView,
  toLicenseView,
  type LicenseRow,
  type LicenseView,
  type RenewLicenseInput,
} from './license-views.ts';
import { findLicense, lockLicense } from './license-queries.ts';
import { licenseEventData } from './license-event-data.ts';

/** The event of an expiry: `license.revoked` under REVOKE, else `license.expired`. */
export function expiryEventType(status: LicenseStatus): string {
  return status === 'revoked' ? 'license.revoked' : 'license.expired';
}

/** Writes a `license.*` event carrying the license as it is now in `tx`, and returns its API view. */
export async function emitLicenseEvent(
  tx: Tx,
  ctx: DomainContext,
  type: string,
  id: string,
  now: Date = new Date(),
): Promise<LicenseView> {
  const row = await findLicense(ctx, id, tx);
  await writeEvent(tx, ctx, {
    type,
    resourceType: 'license',
    resourceId: id,
    data: toLicenseEventView(row, now),
  });
  return toLicenseView(row, now);
}

/** What expiry reads of a license: its stored status and expiry, and its policy's strategy. */
interface ExpiryInput {
  id: string;
  status: LicenseStatus;
  expiresAt: Date | null;
  policy: { expirationStrategy: ExpirationStrategy };
}

/**
 * Writes down a passed expiry (stored `active`, expiry passed) as the stored status — `expired`, or `revoked`
 * under REVOKE — with its `license.expired` / `license.revoked` event, exactly once: the update is conditional on
 * the stored status still being `active`, so the expiry job and a concurrent license change never both report
 * it. Returns whether it wrote anything.
 */
export async function recordExpiry(
  tx: Tx,
  ctx: Pick<DomainContext, 'accountId' | 'environment' | 'actor'>,
  license: ExpiryInput,
  now: Date,
): Promise<boolean> {
  const status = effectiveStatus(license, license.policy, now);
  if (status === license.status) return false;
  const updated = await tx.license.updateMany({
    where: { id: license.id, status: 'active' },
    data: { status },
  });
  if (updated.count === 0) return false;
  await writeEvent(tx, ctx, {
    type: expiryEventType(status),
    resourceType: 'license',
    resourceId: license.id,
    data: await licenseEventData(tx, ctx, license.id, now),
  });
  return true;
}

const article = (status: string) => (/^[aeiou]/.test(status) ? 'an' : 'a');

/** 409 naming both states, e.g. "Cannot suspend a revoked license: only active or expired licenses can become suspended". */
function transitionConflict(action: LicenseAction, from: LicenseStatus): AppError {
  const rule = LICENSE_TRANSITIONS[action];
  const to = action === 'reinstate' ? 'active (or expired)' : rule.to;
  return new AppError(
    'CONFLICT',
    `Cannot ${action} ${article(from)} ${from} license: only ${rule.from.join(' or ')} licenses can become ${to}`,
    {
      action,
      from,
      to: rule.to,
    },
  );
}

async function transition(
  ctx: DomainContext,
  id: string,
  action: LicenseAction,
  next: (row: LicenseRow, now: Date) => Prisma.LicenseUncheckedUpdateInput,
): Promise<LicenseView> {
  return inTransaction(ctx, async (tx, ctx) => {
    const now = new Date();
    const row = await lockLicense(ctx, tx, id);
    const from = effectiveStatus(row, row.policy, now);
    if (!LICENSE_TRANSITIONS[action].from.includes(from)) throw transitionConflict(action, from);
    const changes = next(row, now);
    await recordExpiry(tx, ctx, row, now);
    await tx.license.update({ where: { id }, data: changes });
    return emitLicenseEvent(tx, ctx, LICENSE_TRANSITIONS[action].event, id, now);
  });
}

/** active | expired → suspended (reversible). */
export function suspendLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'suspend', () => ({ status: 'suspended' }));
}

/** suspended → active, or expired (revoked under REVOKE) when its expiry has passed meanwhile. */
export function reinstateLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'reinstate', (row, now) => ({
    status: effectiveStatus({ status: 'active', expiresAt: row.expiresAt }, row.policy, now),
  }));
}

/** Renewal arithmetic: the given future `expiresAt`, else max(now, expiresAt) + durationDays; 422 when neither exists. */
export function renewedExpiry(
  current: Date | null,
  durationDays: number | null,
  given: Date | undefined,
  now: Date,
): Date {
  if (given !== undefined) {
    if (given.getTime() <= now.getTime())
      throw new AppError('UNPROCESSABLE', 'expiresAt must be in the future to renew a license');
    return given;
  }
  if (!durationDays) {
    throw new AppError(
      'UNPROCESSABLE',
      'The policy has no durationDays; pass { "expiresAt": "<future date>" } to renew this license',
    );
  }
  const start = Math.max(now.getTime(), current?.getTime() ?? 0);
  return new Date(start + durationDays * DAY_MS);
}

/** active | expired → active with a new expiry (see `renewedExpiry`). */
export async function renewLicense(
  ctx: DomainContext,
  id: string,
  input: RenewLicenseInput = {},
): Promise<LicenseView> {
  const { expiresAt } = parseWithDates(renewLicenseInput, input);
  return transition(ctx, id, 'renew', (row, now) => ({
    status: 'active',
    expiresAt: renewedExpiry(row.expiresAt, row.policy.durationDays, expiresAt, now),
  }));
}

/** active | suspended | expired → revoked (terminal). */
export function revokeLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'revoke', () => ({ status: 'revoked' }));
}

/** Any status but banned → banned (terminal, abuse). */
export function banLicense(ctx: DomainContext, id: string): Promise<LicenseView> {
  return transition(ctx, id, 'ban', () => ({ status: 'banned' }));
}
