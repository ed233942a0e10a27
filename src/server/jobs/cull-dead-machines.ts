// Job: finds machines whose heartbeat deadline passed (lastHeartbeatAt, or activation, + interval + grace),
// emits `machine.dead` once per heartbeat gap (deadAt is set; a heartbeat clears it), and under DEACTIVATE_DEAD
// deactivates them (deactivateMachine, in the same transaction: soft delete, seat freed, `machine.deactivated`);
// KEEP_DEAD keeps the seat. Each machine is handled in its own transaction that locks the license row then the
// machine row (the order activation and deactivation use) and re-checks the conditions, so concurrent workers act
// on each machine once.
import type { Db } from '@/server/db.ts';
import { SYSTEM_ACTOR } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { HEARTBEAT_GRACE_MS, isPastHeartbeatDeadline } from '@/server/domain/machines/heartbeat.ts';
import { toMachineView } from '@/server/domain/machines/machine-view.ts';
import { deactivateMachine } from '@/server/domain/machines/machines.ts';
import { defineJob } from './registry.ts';
import type { JobFilter } from './expire-licenses.ts';

const BATCH = 200;

interface Candidate {
  id: string;
  licenseId: string;
  accountId: string;
  environment: Environment;
}

async function cullOne(db: Db, candidate: Candidate, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "License" WHERE "id" = ${candidate.licenseId}::uuid FOR UPDATE`;
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Machine" WHERE "id" = ${candidate.id}::uuid AND "deletedAt" IS NULL AND "deadAt" IS NULL FOR UPDATE`;
    if (!locked) return false;
    const machine = await tx.machine.findUniqueOrThrow({
      where: { id: candidate.id },
      include: { license: { include: { policy: true } } },
    });
    const policy = machine.license.policy;
    // re-checked under the lock: a heartbeat (or a policy change) since the scan keeps the machine alive
    if (!policy.requireHeartbeat || !isPastHeartbeatDeadline(machine, policy, now)) return false;
    const ctx = { accountId: candidate.accountId, environment: candidate.environment, actor: SYSTEM_ACTOR };
    const dead = await tx.machine.update({ where: { id: machine.id }, data: { deadAt: now } });
    await writeEvent(tx, ctx, {
      type: 'machine.dead',
      resourceType: 'machine',
      resourceId: machine.id,
      data: toMachineView(dead, policy, now),
    });
    if (policy.heartbeatCullStrategy === 'DEACTIVATE_DEAD') {
      await deactivateMachine({ ...ctx, db, tx }, machine.id, { by: 'system' }, now);
    }
    return true;
  });
}

/** One pass over every machine that became dead; returns how many it marked dead. */
export async function cullDeadMachines(
  db: Db,
  now: Date = new Date(),
  filter: JobFilter = {},
): Promise<number> {
  let total = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const candidates = await db.$queryRaw<Candidate[]>`
      SELECT m."id", m."licenseId", m."accountId", m."environment"::text AS "environment"
      FROM "Machine" m
      JOIN "License" l ON l."id" = m."licenseId"
      JOIN "Policy" p ON p."id" = l."policyId"
      WHERE m."deletedAt" IS NULL AND m."deadAt" IS NULL AND p."requireHeartbeat"
        AND COALESCE(m."lastHeartbeatAt", m."createdAt")
            + make_interval(mins => p."heartbeatIntervalMinutes") + make_interval(secs => ${HEARTBEAT_GRACE_MS / 1000}::double precision) < ${now}
        AND m."id" > ${after}::uuid
        AND (${filter.accountId ?? null}::uuid IS NULL OR m."accountId" = ${filter.accountId ?? null}::uuid)
      ORDER BY m."id"
      LIMIT ${BATCH}`;
    for (const candidate of candidates) {
      if (await cullOne(db, candidate, now)) total += 1;
    }
    const last = candidates[candidates.length - 1];
    if (!last || candidates.length < BATCH) return total;
    after = last.id;
  }
}

export const cullDeadMachinesJob = defineJob({
  name: 'cull-dead-machines',
  intervalMs: 60_000,
  run: (db, now) => cullDeadMachines(db, now),
});
