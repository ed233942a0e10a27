// Display helpers for the portal pages: dates in UTC, labels for platforms, statuses and heartbeat states.
import type { HeartbeatStatus } from '@/server/domain/machines/heartbeat.ts';

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatDateTime(date: Date): string {
  return `${date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })} UTC`;
}

const PLATFORMS: Record<string, string> = {
  macos: 'macOS',
  windows: 'Windows',
  linux: 'Linux',
  docker: 'Docker',
  kubernetes: 'Kubernetes',
  other: 'Other',
};

export function platformLabel(platform: string | null): string {
  return platform ? (PLATFORMS[platform] ?? platform) : '—';
}

export const STATUS_LABEL: Record<string, string> = {
  active: 'Active',
  suspended: 'Suspended',
  expired: 'Expired',
  revoked: 'Revoked',
  banned: 'Blocked',
};

/** Shown as a badge on each machine; NOT_REQUIRED (no heartbeats in the policy) shows none. */
export const HEARTBEAT_LABEL: Record<HeartbeatStatus, string> = {
  NOT_REQUIRED: 'Not required',
  NOT_STARTED: 'Waiting for first check-in',
  ALIVE: 'Online',
  DEAD: 'Not responding',
};
