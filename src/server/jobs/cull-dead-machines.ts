// Job: finds machines whose heartbeat deadline passed (lastHeartbeatAt, or activation, + interval + grace) and
// hands each to the domain's markMachineDead (machine-death.ts): `machine.dead` once per heartbeat gap (deadAt is
// set; a heartbeat clears it), and under DEACTIVATE_DEAD deactivation in the same transaction; KEEP_DEAD keeps the
// seat. Each machine is handled in its own transaction that locks the license row then the machine row and
// re-checks the conditions, so concurrent workers act on each machine once.
import type { Db } from '@/server/db.ts';
import { SYSTEM_ACTOR } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { HEARTBEAT_GRACE_MS } from '@/server/domain/machines/heartbeat.ts';
import { markMachineDead } from '@/server/domain/machines/machine-death.ts';
import { defineJob } from './registry.ts';
import type { JobFilter } from './expire-licenses.ts';

const BATCH = 200;

interface Candidate {
  id: string;
  licenseId: string;
  accountId: string;
  environment: Environment;
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
      const ctx = {
        db,
        accountId: candidate.accountId,
        environment: candidate.environment,
        actor: SYSTEM_ACTOR,
      };
      if (await markMachineDead(ctx, { id: candidate.id, licenseId: candidate.licenseId }, now)) total += 1;
    }
    const last = candidates[candidates.length - 1];
    if (!last || candidates.length < BATCH) return total;
    after = last.id;
  }
}

defineJob({
  name: 'cull-dead-machines',
  intervalMs: 60_000,
  run: (db, now) => cullDeadMachines(db, now),
});
