// Customer-portal reads and the holder's machine deactivation: what a signed-in customer sees (their licenses at
// one vendor, in one environment, with entitlements and machines) and the rules for freeing a seat themselves.
import { env } from '@/env.ts';
import type { Db, Tx } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import { AppError } from '@/server/errors.ts';
import type { Environment, LicenseStatus, Platform } from '@/generated/prisma/enums.ts';
import type { Prisma } from '@/generated/prisma/client.ts';
import { effectiveLimits, effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import { heartbeatStatus, type HeartbeatStatus } from '@/server/domain/machines/heartbeat.ts';
import { deactivateMachine } from '@/server/domain/machines/machines.ts';
import type { LicenseRow } from '@/server/domain/licenses/license-views.ts';
import { checkoutLicense } from '@/server/domain/signing/checkout.ts';
import type { PortalSubject, SignedInPortalContext } from './sign-in.ts';
import { findUsableLicense } from '@/server/auth/license-key.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { customersCanMoveSeats } from '@/lib/policy-templates.ts';
import { isUuid } from '@/server/domain/shared/schemas.ts';

export interface PortalMachine {
  id: string;
  name: string | null;
  platform: Platform | null;
  hostname: string | null;
  activatedAt: Date;
  lastHeartbeatAt: Date | null;
  heartbeatStatus: HeartbeatStatus;
}

export type DeactivationRule =
  { allowed: true } | { allowed: false; reason: 'node_locked' | 'license_inactive' | 'daily_limit' };

export interface PortalLicense {
  id: string;
  name: string | null;
  productName: string;
  status: LicenseStatus;
  /** Plain-language explanation when the license is not simply valid; null when it is. */
  statusReason: string | null;
  expiresAt: Date | null;
  entitlements: Array<{ code: string; name: string }>;
  maxMachines: number | null;
  machines: PortalMachine[];
  deactivation: DeactivationRule;
  /** Self-service deactivations left in the current 24 h window (null: no limit). */
  deactivationsLeft: number | null;
  offlineAllowed: boolean;
}

export interface PortalView {
  vendor: { name: string; supportEmail: string | null; supportUrl: string | null };
  environment: Environment;
  signedInAs: { kind: 'license' } | { kind: 'email'; email: string };
  licenses: PortalLicense[];
}

/** Who the customer is, resolved from a session: the account+environment and the licenses they may see. */
interface PortalScope {
  accountId: string;
  environment: Environment;
  /** The license filter: one license, or every license of the address (stored normalised: compared exactly). */
  where: { id: string } | { userEmail: string };
  actorId: string;
}

const DAY_MS = 86_400_000;

/** The session's scope, or null when the session no longer grants anything (license gone, banned or revoked). */
async function resolveScope(db: Db, session: PortalSubject, now: Date): Promise<PortalScope | null> {
  if (session.kind === 'email') {
    return {
      accountId: session.accountId,
      environment: session.environment,
      where: { userEmail: normalizeEmail(session.email) },
      actorId: session.email,
    };
  }
  // The same authority as License auth, re-checked on every request: a license banned, revoked or deleted after
  // sign-in ends the session.
  const license = await findUsableLicense(db, { id: session.licenseId }, now);
  if (!license) return null;
  return {
    accountId: license.accountId,
    environment: license.environment,
    where: { id: license.id },
    actorId: license.id,
  };
}

function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** What the customer should know when the license is not simply valid. */
function explainStatus(
  license: { status: LicenseStatus; expiresAt: Date | null },
  policy: { expirationStrategy: string },
  vendorName: string,
  machines: { active: number; max: number | null },
): string | null {
  switch (license.status) {
    case 'suspended':
      return `This license is suspended by ${vendorName}, so the software will not run with it for now. Contact ${vendorName} to have it reinstated.`;
    case 'expired': {
      const when = license.expiresAt ? ` on ${formatDate(license.expiresAt)}` : '';
      return policy.expirationStrategy === 'ALLOW_ACCESS'
        ? `This license expired${when}. The software keeps working, but renew it with ${vendorName} to stay covered.`
        : `This license expired${when}, so the software no longer accepts it. Renew it with ${vendorName} to keep using it.`;
    }
    case 'revoked':
      return `This license was revoked by ${vendorName} and can no longer be used.`;
    case 'banned':
      return `This license has been blocked by ${vendorName} and can no longer be used.`;
    case 'active':
      if (machines.max !== null && machines.active > machines.max) {
        return `More machines are active (${machines.active}) than this license allows (${machines.max}). Deactivate one so the others keep working.`;
      }
      return null;
  }
}

const licenseSelect = {
  id: true,
  name: true,
  status: true,
  expiresAt: true,
  maxMachinesOverride: true,
  maxUsesOverride: true,
  product: { select: { name: true } },
  policy: {
    select: {
      floating: true,
      allowMachineTransfer: true,
      expirationStrategy: true,
      maxMachines: true,
      maxUses: true,
      overridable: true,
      requireHeartbeat: true,
      heartbeatIntervalMinutes: true,
      offlineAllowed: true,
      entitlements: {
        where: { entitlement: { deletedAt: null } },
        select: { entitlement: { select: { code: true, name: true } } },
      },
    },
  },
  entitlements: {
    where: { entitlement: { deletedAt: null } },
    select: { entitlement: { select: { code: true, name: true } } },
  },
  machines: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      platform: true,
      hostname: true,
      createdAt: true,
      lastHeartbeatAt: true,
      deadAt: true,
    },
  },
} satisfies Prisma.LicenseSelect;

/** Self-service deactivations of one license in the last 24 hours. */
async function recentCustomerDeactivations(db: Tx, licenseId: string, now: Date): Promise<number> {
  return db.machine.count({
    where: { licenseId, deactivatedBy: 'customer', deletedAt: { gt: new Date(now.getTime() - DAY_MS) } },
  });
}

function deactivationRule(
  status: LicenseStatus,
  policy: { floating: boolean; allowMachineTransfer: boolean },
  left: number | null,
): DeactivationRule {
  if (status !== 'active' && status !== 'expired') return { allowed: false, reason: 'license_inactive' };
  if (!customersCanMoveSeats(policy)) return { allowed: false, reason: 'node_locked' };
  if (left !== null && left <= 0) return { allowed: false, reason: 'daily_limit' };
  return { allowed: true };
}

function dailyLimit(): number | null {
  const limit = env().PORTAL_DEACTIVATIONS_PER_DAY;
  return limit === 0 ? null : limit; // 0 turns the limit off, like the rate-limit tiers
}

/** Everything the portal page shows for a session, or null when the session is no longer valid. */
export async function loadPortalView(
  { db, subject: session }: SignedInPortalContext,
  now = new Date(),
): Promise<PortalView | null> {
  const portalScope = await resolveScope(db, session, now);
  if (!portalScope) return null;
  const account = await db.account.findUnique({
    where: { id: portalScope.accountId },
    select: { name: true, supportEmail: true, supportUrl: true },
  });
  if (!account) return null;
  const rows = await db.license.findMany({
    where: {
      accountId: portalScope.accountId,
      environment: portalScope.environment,
      deletedAt: null,
      ...portalScope.where,
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: licenseSelect,
  });
  const limit = dailyLimit();
  const licenses = await Promise.all(
    rows.map(async (row): Promise<PortalLicense> => {
      const status = effectiveStatus(row, row.policy, now);
      const { maxMachines } = effectiveLimits(row, row.policy);
      const used = limit === null ? 0 : await recentCustomerDeactivations(db, row.id, now);
      const left = limit === null ? null : Math.max(0, limit - used);
      const entitlements = new Map<string, { code: string; name: string }>();
      for (const e of [...row.policy.entitlements, ...row.entitlements])
        entitlements.set(e.entitlement.code, e.entitlement);
      return {
        id: row.id,
        name: row.name,
        productName: row.product.name,
        status,
        statusReason: explainStatus({ status, expiresAt: row.expiresAt }, row.policy, account.name, {
          active: row.machines.length,
          max: maxMachines,
        }),
        expiresAt: row.expiresAt,
        entitlements: [...entitlements.values()].sort((a, b) => a.code.localeCompare(b.code)),
        maxMachines,
        machines: row.machines.map((m) => ({
          id: m.id,
          name: m.name,
          platform: m.platform,
          hostname: m.hostname,
          activatedAt: m.createdAt,
          lastHeartbeatAt: m.lastHeartbeatAt,
          heartbeatStatus: heartbeatStatus(m, row.policy, now),
        })),
        deactivation: deactivationRule(status, row.policy, left),
        deactivationsLeft: left,
        offlineAllowed: row.policy.offlineAllowed,
      };
    }),
  );
  return {
    vendor: account,
    environment: portalScope.environment,
    signedInAs: session.kind === 'email' ? { kind: 'email', email: session.email } : { kind: 'license' },
    licenses,
  };
}

/** A live machine the session may see, with its license's rules; NOT_FOUND for anything else (other vendors too). */
async function findPortalMachine(db: Db, portalScope: PortalScope, machineId: string) {
  // the id comes from a URL or a form: one that is not a UUID names no machine (and must not reach the query)
  if (!isUuid(machineId)) throw new AppError('NOT_FOUND', 'Machine not found');
  const machine = await db.machine.findFirst({
    where: {
      id: machineId,
      accountId: portalScope.accountId,
      environment: portalScope.environment,
      deletedAt: null,
      license: { deletedAt: null, ...portalScope.where },
    },
    select: {
      id: true,
      name: true,
      hostname: true,
      platform: true,
      licenseId: true,
      license: {
        select: {
          status: true,
          expiresAt: true,
          policy: { select: { floating: true, allowMachineTransfer: true, expirationStrategy: true } },
        },
      },
    },
  });
  if (!machine) throw new AppError('NOT_FOUND', 'Machine not found');
  return machine;
}

/** The machine as the confirmation step shows it, with whether the customer may deactivate it now. */
export async function getPortalMachine(
  { db, subject: session }: SignedInPortalContext,
  machineId: string,
  now = new Date(),
) {
  const portalScope = await resolveScope(db, session, now);
  if (!portalScope) throw new AppError('UNAUTHORIZED', 'Please sign in again');
  const machine = await findPortalMachine(db, portalScope, machineId);
  const status = effectiveStatus(machine.license, machine.license.policy, now);
  const limit = dailyLimit();
  const left =
    limit === null
      ? null
      : Math.max(0, limit - (await recentCustomerDeactivations(db, machine.licenseId, now)));
  return {
    id: machine.id,
    name: machine.name,
    hostname: machine.hostname,
    platform: machine.platform,
    licenseId: machine.licenseId,
    deactivation: deactivationRule(status, machine.license.policy, left),
  };
}

/**
 * The holder frees a seat: allowed for floating policies and policies with allowMachineTransfer, on a license that
 * is not suspended, revoked or banned, at most PORTAL_DEACTIVATIONS_PER_DAY times per license in 24 hours.
 * Writes `machine.deactivated` (through the machines domain) with the actor `customer` = license id or email.
 */
export async function deactivatePortalMachine(
  { db, subject: session }: SignedInPortalContext,
  machineId: string,
  now = new Date(),
): Promise<void> {
  const portalScope = await resolveScope(db, session, now);
  if (!portalScope) throw new AppError('UNAUTHORIZED', 'Please sign in again');
  const machine = await findPortalMachine(db, portalScope, machineId);
  const ctx: DomainContext = {
    db,
    accountId: portalScope.accountId,
    environment: portalScope.environment,
    actor: { type: 'customer', id: portalScope.actorId },
  };
  // judged with the license row locked, in the deactivation's transaction: simultaneous requests are counted
  // one after another, so two of them cannot both take the last deactivation of the day
  const allowedUnderLock = async (tx: Tx, license: LicenseRow) => {
    const limit = dailyLimit();
    const left =
      limit === null ? null : Math.max(0, limit - (await recentCustomerDeactivations(tx, license.id, now)));
    assertDeactivationAllowed(
      deactivationRule(effectiveStatus(license, license.policy, now), license.policy, left),
    );
  };
  await deactivateMachine(ctx, machine.id, { by: 'customer', allowedUnderLock }, now);
}

function assertDeactivationAllowed(rule: DeactivationRule): void {
  if (rule.allowed) return;
  if (rule.reason === 'daily_limit') {
    throw new AppError(
      'RATE_LIMITED',
      'You have reached the number of machines you can deactivate today. Try again tomorrow.',
    );
  }
  throw new AppError(
    'DEACTIVATION_NOT_ALLOWED',
    rule.reason === 'node_locked'
      ? 'This license is locked to its machines; contact the vendor to move it.'
      : 'Machines of this license cannot be deactivated while it is not active.',
  );
}

/**
 * The offline license file for one of the customer's machines (DOMAIN.md §6), bound to its fingerprint, with the
 * policy's default TTL; the checkout rules (offlineAllowed, usable license) are the signing domain's.
 * Writes `license.checked_out` with the customer actor.
 */
export async function checkoutPortalMachine(
  { db, subject: session }: SignedInPortalContext,
  machineId: string,
  now = new Date(),
): Promise<{ certificate: string; filename: string; expiresAt: string }> {
  const portalScope = await resolveScope(db, session, now);
  if (!portalScope) throw new AppError('UNAUTHORIZED', 'Please sign in again');
  const machine = await findPortalMachine(db, portalScope, machineId);
  const { fingerprint } = await db.machine.findUniqueOrThrow({
    where: { id: machine.id },
    select: { fingerprint: true },
  });
  const ctx: DomainContext = {
    db,
    accountId: portalScope.accountId,
    environment: portalScope.environment,
    actor: { type: 'customer', id: portalScope.actorId },
  };
  const file = await checkoutLicense(ctx, machine.licenseId, { fingerprint }, now);
  const base =
    (machine.name ?? machine.hostname ?? 'machine').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) ||
    'machine';
  return { certificate: file.certificate, filename: `${base}.lic`, expiresAt: file.expiresAt };
}
