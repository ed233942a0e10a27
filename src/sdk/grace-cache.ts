// The offline grace cache: the last verified validate-key answer on disk, exactly as the server signed it, and
// the rules for honouring it while the server is unreachable (re-verified on every read; never past the grace).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { verifyResponse, type PublicKeyInput } from './verify.ts';

/** What the file holds: the signed body and header bytes as received, and what the request sent. */
interface CacheRecord {
  v: 1;
  /** SHA-256 of the license key, so a cache of another key never answers for this one. */
  keyHash: string;
  fingerprint: string | null;
  nonce: number;
  body: string;
  signature: string;
}

/** Why a cached answer was not honoured. */
export type OfflineFailure =
  | 'OFFLINE_NO_CACHE'
  | 'OFFLINE_CACHE_INVALID'
  | 'OFFLINE_GRACE_EXPIRED'
  | 'OFFLINE_CLOCK_ROLLBACK'
  | 'OFFLINE_LICENSE_EXPIRED';

export type CacheRead =
  | { ok: true; answer: Record<string, unknown>; answeredAt: Date; graceEndsAt: Date }
  | { ok: false; reason: OfflineFailure; message: string };

export interface GraceRules {
  /** How long a verified answer may stand in for the server (seconds). */
  gracePeriodSeconds: number;
  /** Tolerance for this clock being behind the server's (seconds, default 300). */
  maxSkewSeconds?: number;
  now?: Date;
}

const hashKey = (licenseKey: string): string => createHash('sha256').update(licenseKey).digest('hex');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class GraceCache {
  constructor(
    readonly file: string,
    private readonly licenseKey: string,
    private readonly publicKeys: PublicKeyInput[],
  ) {}

  /** Stores a verified answer (atomically: a reader sees the old or the new file, never half of one). */
  async save(entry: { fingerprint: string | null; nonce: number; body: string; signature: string }) {
    const record: CacheRecord = { v: 1, keyHash: hashKey(this.licenseKey), ...entry };
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(record), { mode: 0o600 });
    await rename(temporary, this.file);
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }

  /** Reads, re-verifies and judges the cached answer for this key and fingerprint. */
  async read(fingerprint: string | null, rules: GraceRules): Promise<CacheRead> {
    const text = await readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return invalid('OFFLINE_NO_CACHE', 'No verified answer is cached on this machine.');
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return invalid('OFFLINE_CACHE_INVALID', 'The cached answer is not readable.');
    }
    if (
      !isRecord(record) ||
      record.v !== 1 ||
      typeof record.body !== 'string' ||
      typeof record.signature !== 'string' ||
      typeof record.nonce !== 'number'
    ) {
      return invalid('OFFLINE_CACHE_INVALID', 'The cached answer has an unknown shape.');
    }
    if (record.keyHash !== hashKey(this.licenseKey) || record.fingerprint !== fingerprint) {
      return invalid('OFFLINE_CACHE_INVALID', 'The cached answer is for another license key or machine.');
    }
    // The answer is judged at the time the server made it (its signed data.ts); any edit breaks the signature.
    const claimed = claimedAnswerTime(record.body);
    if (claimed === null) return invalid('OFFLINE_CACHE_INVALID', 'The cached answer has no time.');
    const verified = verifyResponse(record.body, record.signature, this.publicKeys, {
      nonce: record.nonce,
      now: claimed,
    });
    if (!verified.ok) {
      return invalid('OFFLINE_CACHE_INVALID', `The cached answer does not verify: ${verified.message}`);
    }
    const answer = isRecord(verified.payload) && isRecord(verified.payload.data) ? verified.payload.data : {};
    if (answer.valid !== true) return invalid('OFFLINE_CACHE_INVALID', 'The cached answer is not a grant.');
    return judge(answer, claimed, rules);
  }
}

function invalid(reason: OfflineFailure, message: string): CacheRead {
  return { ok: false, reason, message };
}

function claimedAnswerTime(body: string): Date | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const ts = isRecord(parsed) && isRecord(parsed.data) ? parsed.data.ts : undefined;
    const time = typeof ts === 'string' ? new Date(ts) : null;
    return time && !Number.isNaN(time.getTime()) ? time : null;
  } catch {
    return null;
  }
}

/** Grace rules: from the answer's time until `gracePeriodSeconds` later, never past the license's expiry. */
function judge(answer: Record<string, unknown>, answeredAt: Date, rules: GraceRules): CacheRead {
  const now = (rules.now ?? new Date()).getTime();
  const skewMs = (rules.maxSkewSeconds ?? 300) * 1000;
  const grace = Number.isFinite(rules.gracePeriodSeconds) ? Math.max(0, rules.gracePeriodSeconds) : 0;
  const graceEnd = answeredAt.getTime() + grace * 1000;
  if (now < answeredAt.getTime() - skewMs) {
    return invalid(
      'OFFLINE_CLOCK_ROLLBACK',
      'The system clock is earlier than the cached answer: it was turned back.',
    );
  }
  const license = isRecord(answer.license) ? answer.license : {};
  const licenseEnd = typeof license.expiresAt === 'string' ? Date.parse(license.expiresAt) : NaN;
  if (!Number.isNaN(licenseEnd) && now >= licenseEnd) {
    return invalid('OFFLINE_LICENSE_EXPIRED', `The license expired at ${String(license.expiresAt)}.`);
  }
  if (now >= graceEnd) {
    return invalid(
      'OFFLINE_GRACE_EXPIRED',
      `The server has been unreachable for longer than the grace period (${grace} s since ${answeredAt.toISOString()}).`,
    );
  }
  const end = Number.isNaN(licenseEnd) ? graceEnd : Math.min(graceEnd, licenseEnd);
  return { ok: true, answer, answeredAt, graceEndsAt: new Date(end) };
}
