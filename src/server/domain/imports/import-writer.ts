// The batch writer of an import: one transaction per batch (serialised with activations by the fingerprints'
// advisory locks) writing licenses, entitlements, machines and their events; licenses and events in bulk (unnest).
import { randomUUID } from 'node:crypto';
import { scope, type DomainContext } from '@/server/context.ts';
import { newEventId } from '@/lib/ids.ts';
import { encrypt } from '@/lib/crypto.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { masterKey } from '@/server/secrets.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import { toMachineView } from '@/server/domain/machines/machine-view.ts';
import { effectiveStatus } from '@/server/domain/licenses/license-state.ts';
import {
  LICENSE_KEY_AAD,
  toLicenseEventView,
  type LicenseRow,
} from '@/server/domain/licenses/license-views.ts';
import type { License, Policy } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';
import type { Planned } from './import-item.ts';
import type { ImportReport } from './import-report.ts';
import { fingerprintLockKey, takenFingerprints, withoutTakenFingerprints } from './import-fingerprints.ts';

const DAY_MS = 86_400_000;

/**
 * Writes a batch of planned rows in one transaction: licenses, their entitlements, their machines and the
 * license.created / machine.activated events (marked dispatched when webhooks are suppressed). Rows whose
 * fingerprint was activated since they were checked become errors; the report counts what was created.
 */
export async function writeBatch(
  ctx: DomainContext,
  report: ImportReport,
  batch: Planned[],
  options: { suppressWebhooks: boolean },
): Promise<void> {
  const planned = [...batch];
  const batchSize = batch.length;
  const now = new Date();
  const rows = planned.map((p): NewLicense => {
    const rawKey = p.data.key ?? generateLicenseKey(p.product.keyPrefix);
    const expiresAt =
      p.data.expiresAt !== undefined
        ? p.data.expiresAt
        : p.policy.durationDays
          ? new Date(now.getTime() + p.policy.durationDays * DAY_MS)
          : null;
    return {
      id: randomUUID(),
      ...scope(ctx),
      productId: p.product.id,
      policyId: p.policy.id,
      keyHash: hashLicenseKey(rawKey),
      keyEncrypted: encrypt(rawKey, masterKey(), LICENSE_KEY_AAD),
      name: p.data.name ?? null,
      status: effectiveStatus({ status: p.data.status ?? 'active', expiresAt }, p.policy, now),
      expiresAt,
      maxMachinesOverride: p.data.maxMachinesOverride ?? null,
      maxUsesOverride: p.data.maxUsesOverride ?? null,
      usesCount: p.data.uses ?? 0,
      machineCount: p.data.machines.length,
      userEmail: p.data.userEmail ?? null,
      userName: p.data.userName ?? null,
      metadata: p.data.metadata,
      createdAt: now,
      updatedAt: now,
    };
  });
  const dispatchedAt = options.suppressWebhooks ? now : null;
  const created = await ctx.db.$transaction(
    async (tx: Tx) => {
      // serialised with activations (same advisory-lock keys), then checked again: a machine activated since
      // the check above makes its row an error instead of a second active fingerprint
      const keys = [
        ...new Set(
          planned.flatMap((p) =>
            p.data.machines.map((m) => fingerprintLockKey(ctx, p, m.fingerprint)).filter((k) => k !== null),
          ),
        ),
      ].sort();
      for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
      if (keys.length) {
        const kept = new Set(
          withoutTakenFingerprints(report, planned, await takenFingerprints(ctx, tx, planned), null),
        );
        for (let i = planned.length - 1; i >= 0; i--) {
          if (!kept.has(planned[i] as Planned)) {
            planned.splice(i, 1);
            rows.splice(i, 1);
          }
        }
      }
      const insertedIds = await insertLicenses(tx, rows);
      const kept = planned.flatMap((p, i) => {
        const row = rows[i];
        return row && insertedIds.has(row.id) ? [{ p, row }] : [];
      });
      await tx.licenseEntitlement.createMany({
        data: kept.flatMap(({ p, row }) =>
          p.entitlementIds.map((entitlementId) => ({ licenseId: row.id, entitlementId, ...scope(ctx) })),
        ),
      });
      const machines = await tx.machine.createManyAndReturn({
        data: kept.flatMap(({ p, row }) =>
          p.data.machines.map((m) => ({
            ...scope(ctx),
            licenseId: row.id,
            fingerprint: m.fingerprint,
            name: m.name ?? null,
            platform: m.platform ?? null,
            hostname: m.hostname ?? null,
            cores: m.cores ?? null,
            metadata: toJsonValue(m.metadata ?? {}),
          })),
        ),
      });
      const policyOf = new Map(kept.map(({ p, row }) => [row.id, p.policy]));
      const events = [
        ...kept.map(({ p, row }) => {
          const codes = p.entitlementCodes.map((code) => ({ entitlement: { code } }));
          const view = toLicenseEventView(
            { ...row, policy: p.policy, entitlements: codes } as LicenseRow,
            now,
          );
          return event('license.created', 'license', row.id, view);
        }),
        ...machines.map((m) =>
          event(
            'machine.activated',
            'machine',
            m.id,
            toMachineView(m, policyOf.get(m.licenseId) as Policy, now),
          ),
        ),
      ];
      await insertEvents(tx, events);
      return { licenses: kept.map(({ row }) => row.id), machines: machines.length };
    },
    { timeout: 60_000 },
  );
  report.created += created.licenses.length;
  report.machinesCreated += created.machines;
  report.createdIds.push(...created.licenses);
  // rows lost to a concurrent insert of the same key, or to a fingerprint activated meanwhile, are no longer
  // "to create"
  report.toCreate -= batchSize - created.licenses.length;

  function event(type: string, resourceType: string, resourceId: string, data: unknown) {
    return {
      id: newEventId(),
      ...scope(ctx),
      type,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      resourceType,
      resourceId,
      data,
      dispatchedAt,
      createdAt: now,
    };
  }
}

type NewLicense = Omit<License, 'lastValidatedAt' | 'activatedAt' | 'deletedAt'>;

/**
 * One INSERT … SELECT FROM unnest(…) for a batch of licenses (much cheaper than a row per parameter set); a key
 * inserted meanwhile by someone else is skipped (ON CONFLICT), never a failed batch. Answers the inserted ids.
 */
async function insertLicenses(tx: Tx, rows: NewLicense[]): Promise<Set<string>> {
  const col = <K extends keyof NewLicense>(k: K) => rows.map((r) => r[k]);
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "License" ("id", "accountId", "environment", "productId", "policyId", "keyHash", "keyEncrypted", "name",
      "status", "expiresAt", "maxMachinesOverride", "maxUsesOverride", "usesCount", "machineCount", "userEmail",
      "userName", "metadata", "createdAt", "updatedAt")
    SELECT r.id, r.account, r.env::"Environment", r.product, r.policy, r.hash, r.enc, r.name, r.status::"LicenseStatus",
      r.expires, r.mm, r.mu, r.uses, r.machines, r.email, r.uname, r.meta, r.created, r.created
    FROM unnest(${col('id')}::uuid[], ${col('accountId')}::uuid[], ${col('environment')}::text[],
      ${col('productId')}::uuid[], ${col('policyId')}::uuid[], ${col('keyHash')}::text[], ${col('keyEncrypted')}::text[],
      ${col('name')}::text[], ${col('status')}::text[], ${col('expiresAt')}::timestamptz[],
      ${col('maxMachinesOverride')}::int[], ${col('maxUsesOverride')}::int[], ${col('usesCount')}::int[],
      ${col('machineCount')}::int[], ${col('userEmail')}::text[], ${col('userName')}::text[],
      ${rows.map((r) => JSON.stringify(r.metadata))}::jsonb[], ${col('createdAt')}::timestamptz[])
      AS r(id, account, env, product, policy, hash, enc, name, status, expires, mm, mu, uses, machines, email, uname, meta, created)
    ON CONFLICT ("keyHash") DO NOTHING
    RETURNING "id"`;
  return new Set(inserted.map((r) => r.id));
}

interface NewEvent {
  id: string;
  accountId: string;
  environment: string;
  type: string;
  actorType: string;
  actorId: string | null;
  resourceType: string;
  resourceId: string;
  data: unknown;
  dispatchedAt: Date | null;
  createdAt: Date;
}

/** The batch's events in one INSERT (seq comes from its sequence, in row order). */
async function insertEvents(tx: Tx, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const col = <K extends keyof NewEvent>(k: K) => events.map((e) => e[k]);
  await tx.$executeRaw`
    INSERT INTO "Event" ("id", "accountId", "environment", "type", "actorType", "actorId", "resourceType", "resourceId",
      "data", "dispatchedAt", "createdAt")
    SELECT e.id, e.account, e.env::"Environment", e.type, e.actor::"ActorType", e.actor_id, e.rtype, e.rid, e.data,
      e.dispatched, e.created
    FROM unnest(${col('id')}::text[], ${col('accountId')}::uuid[], ${col('environment')}::text[], ${col('type')}::text[],
      ${col('actorType')}::text[], ${col('actorId')}::text[], ${col('resourceType')}::text[], ${col('resourceId')}::text[],
      ${events.map((e) => JSON.stringify(e.data))}::jsonb[], ${col('dispatchedAt')}::timestamptz[],
      ${col('createdAt')}::timestamptz[])
      WITH ORDINALITY AS e(id, account, env, type, actor, actor_id, rtype, rid, data, dispatched, created, n)
    ORDER BY e.n`;
}
