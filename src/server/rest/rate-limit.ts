// Rate-limit tiers of API.md §5 on rate-limiter-flexible: in memory by default, PostgreSQL or Redis when
// several instances share the limits (RATE_LIMIT_STORE). A limit of 0 turns a tier off.
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/env.ts';

export type RateLimitTier = 'validation' | 'activation' | 'management' | 'portal';

export interface RateLimitOutcome {
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
      return e.RATE_LIMIT_MANAGEMENT_PER_MIN;
    case 'portal':
      return 10;
  }
}

const holder = globalThis as unknown as { __licentricLimiters?: Map<string, RateLimiterAbstract> };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the store client differs per store type
async function storeOptions(): Promise<{ storeClient?: any; tableName?: string }> {
  const e = env();
  if (e.RATE_LIMIT_STORE === 'redis') {
    const { Redis } = await import('ioredis');
    return { storeClient: new Redis(e.REDIS_URL ?? '', { enableOfflineQueue: false, lazyConnect: false }) };
  }
  if (e.RATE_LIMIT_STORE === 'postgres') {
    if (!e.DATABASE_URL) throw new Error('RATE_LIMIT_STORE=postgres needs DATABASE_URL');
    const { default: pg } = await import('pg');
    return { storeClient: new pg.Pool({ connectionString: e.DATABASE_URL, max: 4 }), tableName: 'rate_limits' };
  }
  return {};
}

async function limiterFor(tier: RateLimitTier, points: number): Promise<RateLimiterAbstract> {
  holder.__licentricLimiters ??= new Map();
  const name = `${tier}:${points}`;
  const existing = holder.__licentricLimiters.get(name);
  if (existing) return existing;
  const options = { keyPrefix: `rl_${tier}`, points, duration: WINDOW_SECONDS, ...(await storeOptions()) };
  let limiter: RateLimiterAbstract;
  switch (env().RATE_LIMIT_STORE) {
    case 'redis':
      limiter = new RateLimiterRedis({ ...options, storeClient: options.storeClient as unknown });
      break;
    case 'postgres':
      limiter = await new Promise<RateLimiterAbstract>((resolve, reject) => {
        const created: RateLimiterPostgres = new RateLimiterPostgres({ ...options, storeClient: options.storeClient as unknown }, (error?: unknown) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(created),
        );
      });
      break;
    default:
      limiter = new RateLimiterMemory(options);
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

/** Consumes one point of `tier` for `key`; a disabled tier always allows and sets no headers. */
export async function consumeRateLimit(tier: RateLimitTier, key: string): Promise<RateLimitOutcome> {
  const limit = limitFor(tier);
  if (limit === 0) return { allowed: true, headers: {}, retryAfterSeconds: 0 };
  const limiter = await limiterFor(tier, limit);
  try {
    const res = await limiter.consume(key);
    return { allowed: true, headers: headersFor(limit, res), retryAfterSeconds: 0 };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return { allowed: false, headers: { ...headersFor(limit, rejection), 'Retry-After': String(retryAfterSeconds) }, retryAfterSeconds };
    }
    throw rejection; // the store itself failed
  }
}

/** Forget limiter instances and their counters (tests that change limits). */
export function resetRateLimitsForTests(): void {
  holder.__licentricLimiters = undefined;
}
