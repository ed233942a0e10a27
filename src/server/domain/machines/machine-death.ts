// Machine death: a machine whose heartbeat deadline passed is marked dead (`deadAt`, `machine.dead`, once per
// heartbeat gap — a heartbeat clears it) and, under DEACTIVATE_DEAD, deactivated in the same transaction.
import { inTransaction, type DomainContext } from '@/server/context.ts';
import { writeEvent } from '@/server/domain/events/write-event.ts';
import { isPastHeartbeatDeadline } from './heartbeat.ts';
import { toMachineView } from './machine-view.ts';
import { deactivateMachine } from './machines.ts';

interface MarkMachineDeadInput {
  /** The machine. */
  id: string;
  /** Its license, locked first (the order activation and deactivation use). */
  licenseId: string;
}

/**
 * Marks the machine dead if it still is past its heartbeat deadline at `now`: in one transaction (the caller's
 * open one, or a new one) it locks the license row then the machine row, re-checks the conditions under the lock
 * (not deleted, not already dead, heartbeat required, deadline passed), sets `deadAt`, writes `machine.dead` with
 * the machine's view, and under DEACTIVATE_DEAD deactivates it (soft delete, seat freed, `machine.deactivated`);
 * KEEP_DEAD keeps the seat. Returns whether it marked the machine dead, so concurrent callers act on it once.
 */
export async function markMachineDead(
  ctx: DomainContext,
  input: MarkMachineDeadInput,
  now: Date = new Date(),
): Promise<boolean> {
  return inTransaction(ctx, async (tx, ctx) => {
    await tx.$queryRaw`SELECT 1 FROM "License" WHERE "id" = ${input.licenseId}::uuid FOR UPDATE`;
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Machine" WHERE "id" = ${input.id}::uuid AND "deletedAt" IS NULL AND "deadAt" IS NULL FOR UPDATE`;
    if (!locked) return false;
    const machine = await tx.machine.findUniqueOrThrow({
      where: { id: input.id },
      include: { license: { include: { policy: true } } },
    });
    const policy = machine.license.policy;
    // re-checked under the lock: a heartbeat (or a policy change) since the caller looked keeps the machine alive
    if (!policy.requireHeartbeat || !isPastHeartbeatDeadline(machine, policy, now)) return false;
    const dead = await tx.machine.update({ where: { id: machine.id }, data: { deadAt: now } });
    await writeEvent(tx, ctx, {
      type: 'machine.dead',
      resourceType: 'machine',
      resourceId: machine.id,
      data: toMachineView(dead, policy, now),
    });
    if (policy.heartbeatCullStrategy === 'DEACTIVATE_DEAD') {
      await deactivateMachine(ctx, machine.id, { by: 'system' }, now);
    }
    return true;
  });
}
