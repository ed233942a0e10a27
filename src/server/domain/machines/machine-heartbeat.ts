// Machine heartbeats (DOMAIN.md §5): one statement records a batch of heartbeats with their `machine.heartbeat`
// events; on PostgreSQL concurrent heartbeats share it (group commit: hotBatch, batch-requests.ts), so a
// burst costs the database a few commits instead of one per request, and each caller is answered after its own
// heartbeat committed.
import type { DomainContext } from '@/server/context.ts';
import { notFound } from '@/server/errors.ts';
import { hotBatch } from '@/server/domain/validation/hot-lookup.ts';
import { isUuid, newEventId } from '@/lib/ids.ts';
import { assertLicenseReach } from '@/server/domain/licenses/license-access.ts';
import type { HeartbeatPolicy } from './heartbeat.ts';
import { toMachineView, type MachineView } from './machine-view.ts';

// For each input row (by position n): find the active machine of that scope with its policy's heartbeat settings,
// update it unless a license key reaches for another license's machine or it was deactivated meanwhile (the
// UPDATE re-checks deletedAt on the row it locks), and write `machine.heartbeat` with the machine's view built
// from the updated row — the view toMachineView builds for the answer (after a heartbeat the status is ALIVE, or
// NOT_REQUIRED). The target comes back even when nothing was updated, so the caller can tell 404 from 403.
// Arrays travel as text and are cast here, the same on the pg pool and through Prisma (embedded database).
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const HEARTBEAT_SQL = `
  WITH input AS (
    SELECT i.n, i.id::uuid AS id, i.account::uuid AS "accountId", i.env::"Environment" AS environment,
      i.reach::uuid AS reach, i.at::timestamptz AS at, i.updated::timestamptz AS updated, i.event AS "eventId",
      i.actor_type::"ActorType" AS "actorType", i.actor_id AS "actorId"
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
      $9::text[]) WITH ORDINALITY AS i(id, account, env, reach, at, updated, event, actor_type, actor_id, n)
  ), target AS (
    SELECT i.*, m."licenseId", p."requireHeartbeat", p."heartbeatIntervalMinutes"
    FROM input i
    JOIN "Machine" m ON m.id = i.id AND m."accountId" = i."accountId" AND m.environment = i.environment
      AND m."deletedAt" IS NULL
    JOIN "License" l ON l.id = m."licenseId"
    JOIN "Policy" p ON p.id = l."policyId"
  ), beat AS (
    UPDATE "Machine" AS m
    SET "lastHeartbeatAt" = t.at, "deadAt" = NULL, "updatedAt" = t.updated
    FROM target t
    WHERE m.id = t.id AND m."deletedAt" IS NULL AND (t.reach IS NULL OR t."licenseId" = t.reach)
    RETURNING m.id, m."licenseId", m.fingerprint, m.name, m.platform::text AS platform, m.hostname, m.cores,
      m.metadata, m."lastHeartbeatAt", m."deadAt", m."createdAt", m."updatedAt", m."accountId", m.environment
  ), written AS (
    INSERT INTO "Event" (id, "accountId", environment, type, "actorType", "actorId", "resourceType",
      "resourceId", data)
    SELECT t."eventId", b."accountId", b.environment, 'machine.heartbeat', t."actorType", t."actorId", 'machine',
      b.id::text,
      jsonb_build_object(
        'id', b.id, 'licenseId', b."licenseId", 'fingerprint', b.fingerprint, 'name', b.name,
        'platform', b.platform, 'hostname', b.hostname, 'cores', b.cores,
        'heartbeatStatus', CASE WHEN t."requireHeartbeat" THEN 'ALIVE' ELSE 'NOT_REQUIRED' END,
        'lastHeartbeatAt', to_char(b."lastHeartbeatAt" AT TIME ZONE 'UTC', ${ISO}),
        'nextHeartbeatAt', CASE WHEN t."requireHeartbeat" THEN to_char(
          (b."lastHeartbeatAt" + make_interval(mins => t."heartbeatIntervalMinutes")) AT TIME ZONE 'UTC', ${ISO}) END,
        'metadata', b.metadata,
        'createdAt', to_char(b."createdAt" AT TIME ZONE 'UTC', ${ISO}),
        'updatedAt', to_char(b."updatedAt" AT TIME ZONE 'UTC', ${ISO}))
    FROM beat b JOIN target t ON t.id = b.id
  )
  SELECT i.n, t."licenseId" AS "targetLicenseId", t."requireHeartbeat", t."heartbeatIntervalMinutes",
    b.id, b."licenseId", b.fingerprint, b.name, b.platform, b.hostname, b.cores, b.metadata,
    b."lastHeartbeatAt", b."deadAt", b."createdAt", b."updatedAt"
  FROM input i LEFT JOIN target t ON t.n = i.n LEFT JOIN beat b ON b.id = t.id
  ORDER BY i.n`;

type MachineColumns = Parameters<typeof toMachineView>[0];
/** One answer row: no target (unknown or deactivated machine), or the target and — unless it was refused — the row. */
type HeartbeatRow = { n: string } & (
  | ({ targetLicenseId: null } & NullColumns<HeartbeatPolicy>)
  | (HeartbeatPolicy & { targetLicenseId: string } & (MachineColumns | NullColumns<MachineColumns>))
);
type NullColumns<T> = { [K in keyof T]: null };

/** One heartbeat to record: the machine, its scope, the caller and the times. */
interface Beat {
  machineId: string;
  accountId: string;
  environment: string;
  /** The license a license key may reach (its own), or null for other callers. */
  reach: string | null;
  at: Date;
  updatedAt: Date;
  eventId: string;
  actorType: string;
  actorId: string | null;
}

// Machines are sorted within a batch so that two processes' batches lock rows in the same order (a batch that
// fails anyway, on a deadlock, is retried one heartbeat at a time); one machine appears once per batch.
const heartbeats = hotBatch<Beat, HeartbeatRow>({
  name: 'licentric_heartbeat_v2',
  text: HEARTBEAT_SQL,
  columns: (beats) => [
    beats.map((b) => b.machineId),
    beats.map((b) => b.accountId),
    beats.map((b) => b.environment),
    beats.map((b) => b.reach),
    beats.map((b) => b.at.toISOString()),
    beats.map((b) => b.updatedAt.toISOString()),
    beats.map((b) => b.eventId),
    beats.map((b) => b.actorType),
    beats.map((b) => b.actorId),
  ],
  key: (beat) => beat.machineId,
  compare: (a, b) => (a.machineId < b.machineId ? -1 : a.machineId > b.machineId ? 1 : 0),
});

/**
 * Records a heartbeat; a dead machine kept under KEEP_DEAD revives (deadAt cleared). Deactivated → 404; a license
 * key reaching for another license's machine → 403.
 */
export async function heartbeatMachine(
  ctx: DomainContext,
  id: string,
  now: Date = new Date(),
): Promise<MachineView> {
  if (!isUuid(id)) throw notFound('Machine');
  const beat: Beat = {
    machineId: id,
    accountId: ctx.accountId,
    environment: ctx.environment,
    reach: ctx.actor.type === 'license' ? ctx.actor.id : null,
    at: now,
    updatedAt: new Date(), // as Prisma's @updatedAt sets it
    eventId: newEventId(),
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
  };
  const row = ctx.tx ? await heartbeats.runWith(ctx.tx, beat) : await heartbeats.run(ctx.db, beat);
  if (row.targetLicenseId === null) throw notFound('Machine');
  assertLicenseReach(ctx, row.targetLicenseId);
  if (row.id === null) throw notFound('Machine');
  return toMachineView(row, row, now);
}
