// Rate-limit tiers of API.md §5 on rate-limiter-flexible: in memory by default, PostgreSQL or Redis when
// several instances share the limits (RATE_LIMIT_STORE). A limit of 0 turns a tier off.
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { env } from '@/env.ts';
import { PG_POOL_OPTIONS } from '@/server/db.ts';

// portal: customer-portal sign-in per license key / email address; portal_ip: the same per client IP;
// auth_failure: failed API authentications per client IP (made-up keys would otherwise each get a fresh bucket).
// invitation: member invitations per account (an hour's window).
export type RateLimitTier =
  'validation' | 'activation' | 'management' | 'portal' | 'portal_ip' | 'auth_failure' | 'invitation';

interface RateLimitOutcome {
  allowed: boolean;
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

const WINDOW_SECONDS = 60;

function limitFor(tier: RateLimitTier): number {
  const e = env();
  switch (tier) {
    case 'validation':
      return e.RATE_LIMIT_VALIDATION_PER_MIN;
    case 'activation':
      return e.RATE_LIMIT_ACTIVATION_PER_MIN;
    case 'management':
    case 'auth_failure':
      return e.RATE_LIMIT_MANAGEMENT_PER_MIN;
    case 'portal':
      return 10;
    case 'portal_ip':
      return 30;
    case 'invitation':
      return 20;
  }
}

/** Seconds per window: a minute, an hour for invitations (a team rarely invites more than a few people). */
function windowFor(tier: RateLimitTier): number {
  return tier === 'invitation' ? 3600 : WINDOW_SECONDS;
}

const holder = globalThis as unknown as {
  __licentricLimiters?: Map<string, RateLimiterAbstract>;
  /** One Redis client or pg pool per process, shared by every tier. */
  __licentricLimiterStore?: Promise<{ client: unknown; close: () => Promise<unknown> }>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store client differs per store type
async function storeOptions(): Promise<{ storeClient?: any; tableName?: string }> {
  const e = env();
  if (e.RATE_LIMIT_STORE === 'redis') {
    holder.__licentricLimiterStore ??= (async () => {
      const { Redis } = await import('ioredis');
      // no offline queue (a down Redis must not stall requests), so wait for the first connection before use
      const client = new Redis(e.REDIS_URL ?? '', { enableOfflineQueue: false, lazyConnect: true });
      client.on('error', (error: Error) =>
        console.error('[licentric] rate-limit store (redis):', error.message),
      );
      await client.connect().catch(() => undefined); // unreachable: the insurance limiter answers meanwhile
      return { client, close: () => client.quit().catch(() => client.disconnect()) };
    })();
    return { storeClient: (await holder.__licentricLimiterStore).client };
  }
  if (e.RATE_LIMIT_STORE === 'postgres') {
    if (!e.DATABASE_URL) throw new Error('RATE_LIMIT_STORE=postgres needs DATABASE_URL');
    holder.__licentricLimiterStore ??= import('pg').then(({ default: pg }) => {
      const client = new pg.Pool({ connectionString: e.DATABASE_URL, max: 4, ...PG_POOL_OPTIONS });
      return { client, close: () => client.end() };
    });
    return { storeClient: (await holder.__licentricLimiterStore).client, tableName: 'rate_limits' };
  }
  return {};
}

async function limiterFor(tier: RateLimitTier, points: number): Promise<RateLimiterAbstract> {
  holder.__licentricLimiters ??= new Map();
  const name = `${tier}:${points}`;
  const existing = holder.__licentricLimiters.get(name);
  if (existing) return existing;
  const base = { keyPrefix: `rl_${tier}`, points, duration: windowFor(tier) };
  // when the shared store fails, limits hold per instance instead of every request failing
  const options = { ...base, insuranceLimiter: new RateLimiterMemory(base), ...(await storeOptions()) };
  let limiter: RateLimiterAbstract;
  switch (env().RATE_LIMIT_STORE) {
    case 'redis':
      limiter = new RateLimiterRedis({ ...options, storeClient: options.storeClient as unknown });
      break;
    case 'postgres':
      limiter = await new Promise<RateLimiterAbstract>((resolve, reject) => {
        const created: RateLimiterPostgres = new RateLimiterPostgres(
          { ...options, storeClient: options.storeClient as unknown },
          (error?: unknown) =>
            error
              ? reject(error instanceof Error ? error : new Error(JSON.stringify(error)))
              : resolve(created),
        );
      });
      break;
    default:
      limiter = new RateLimiterMemory(base);
  }
  holder.__licentricLimiters.set(name, limiter);
  return limiter;
}

function headersFor(limit: number, res: RateLimiterRes): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(Math.max(0, res.remainingPoints)),
    'X-RateLimit-Reset': String(Math.ceil((Date.now() + res.msBeforeNext) / 1000)),
  };
}

/** A refusal from the limiter (by shape: bundles may hold another copy of the RateLimiterRes class). */
function isLimiterAnswer(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value && 'remainingPoints' in value;
}

/** Consumes one point of `tier` for `key`; a disabled tier always allows and sets no headers. */
export async function consumeRateLimit(tier: RateLimitTier, key: string): Promise<RateLimitOutcome> {
  const limit = limitFor(tier);
  if (limit === 0) return { allowed: true, headers: {}, retryAfterSeconds: 0 };
  const limiter = await limiterFor(tier, limit);
  try {
    const res = await limiter.consume(key);
    return { allowed: true, headers: headersFor(limit, res), retryAfterSeconds: 0 };
  } catch (rejection) {
    if (isLimiterAnswer(rejection)) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return {
        allowed: false,
        headers: { ...headersFor(limit, rejection), 'Retry-After': String(retryAfterSeconds) },
        retryAfterSeconds,
      };
    }
    throw rejection; // the store itself failed
  }
}

/** Seconds until `key` may try again once its `tier` budget is used up, else 0; consumes nothing. */
export async function rateLimitWait(tier: RateLimitTier, key: string): Promise<number> {
  const limit = limitFor(tier);
  if (limit === 0) return 0;
  const res = await (await limiterFor(tier, limit)).get(key);
  return res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/** Forget limiter instances and their counters (tests that change limits). */
export function resetRateLimitsForTests(): void {
  holder.__licentricLimiters = undefined;
  const store = holder.__licentricLimiterStore;
  holder.__licentricLimiterStore = undefined;
  void store?.then((s) => s.close()).catch(() => undefined);
}
