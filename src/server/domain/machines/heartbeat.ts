// Heartbeat state of a machine (DOMAIN.md §2, §5): NOT_REQUIRED, NOT_STARTED, ALIVE or DEAD, and when the next
// ping is due. Pure functions shared by the machine views, validate-key and the dead-machine job.

export type HeartbeatStatus = 'NOT_REQUIRED' | 'NOT_STARTED' | 'ALIVE' | 'DEAD';

/** Extra time after the interval before a machine counts as dead. */
export const HEARTBEAT_GRACE_MS = 2 * 60 * 1000;

export interface HeartbeatPolicy {
  requireHeartbeat: boolean;
  heartbeatIntervalMinutes: number;
}

interface HeartbeatMachine {
  createdAt: Date;
  lastHeartbeatAt: Date | null;
  deadAt: Date | null;
}

/** The last sign of life: the last heartbeat, or the activation itself (activation counts as the first ping). */
function lastPing(machine: Pick<HeartbeatMachine, 'createdAt' | 'lastHeartbeatAt'>): Date {
  return machine.lastHeartbeatAt ?? machine.createdAt;
}

function intervalMs(policy: HeartbeatPolicy): number {
  return policy.heartbeatIntervalMinutes * 60 * 1000;
}

/** True once `now > lastPing + interval + grace`. */
export function isPastHeartbeatDeadline(
  machine: HeartbeatMachine,
  policy: HeartbeatPolicy,
  now: Date,
): boolean {
  return now.getTime() > lastPing(machine).getTime() + intervalMs(policy) + HEARTBEAT_GRACE_MS;
}

export function heartbeatStatus(
  machine: HeartbeatMachine,
  policy: HeartbeatPolicy,
  now: Date = new Date(),
): HeartbeatStatus {
  if (!policy.requireHeartbeat) return 'NOT_REQUIRED';
  if (machine.deadAt !== null || isPastHeartbeatDeadline(machine, policy, now)) return 'DEAD';
  return machine.lastHeartbeatAt === null ? 'NOT_STARTED' : 'ALIVE';
}

/** When the next ping is due (null when heartbeats are not required). */
export function nextHeartbeatAt(machine: HeartbeatMachine, policy: HeartbeatPolicy): Date | null {
  if (!policy.requireHeartbeat) return null;
  return new Date(lastPing(machine).getTime() + intervalMs(policy));
}
