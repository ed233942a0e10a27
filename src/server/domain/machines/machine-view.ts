// The machine's API view (API.md §4 Machines): its schema and the one function that builds it from a row already
// loaded and its policy's heartbeat settings — for the machines module, license deletion, the cull job and
// validate-key alike.
import { z } from 'zod';
import type { Machine } from '@/generated/prisma/client.ts';
import { heartbeatStatus, nextHeartbeatAt, type HeartbeatPolicy } from './heartbeat.ts';

export const PLATFORMS = ['macos', 'windows', 'linux', 'docker', 'kubernetes', 'other'] as const;

export const machineView = z
  .object({
    id: z.uuid(),
    licenseId: z.uuid(),
    fingerprint: z.string(),
    name: z.string().nullable(),
    platform: z.enum(PLATFORMS).nullable(),
    hostname: z.string().nullable(),
    cores: z.number().int().nullable(),
    heartbeatStatus: z.enum(['NOT_REQUIRED', 'NOT_STARTED', 'ALIVE', 'DEAD']),
    lastHeartbeatAt: z.iso.datetime().nullable(),
    nextHeartbeatAt: z.iso.datetime().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Machine' });
export type MachineView = z.infer<typeof machineView>;

type MachineViewRow = Pick<
  Machine,
  | 'id'
  | 'licenseId'
  | 'fingerprint'
  | 'name'
  | 'platform'
  | 'hostname'
  | 'cores'
  | 'metadata'
  | 'lastHeartbeatAt'
  | 'deadAt'
  | 'createdAt'
  | 'updatedAt'
>;

export function toMachineView(
  row: MachineViewRow,
  policy: HeartbeatPolicy,
  now: Date = new Date(),
): MachineView {
  return {
    id: row.id,
    licenseId: row.licenseId,
    fingerprint: row.fingerprint,
    name: row.name,
    platform: row.platform,
    hostname: row.hostname,
    cores: row.cores,
    heartbeatStatus: heartbeatStatus(row, policy, now),
    lastHeartbeatAt: row.lastHeartbeatAt?.toISOString() ?? null,
    nextHeartbeatAt: nextHeartbeatAt(row, policy)?.toISOString() ?? null,
    metadata: row.metadata as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
