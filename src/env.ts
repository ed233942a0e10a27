// The only reader of process.env: deployment settings (API.md §7), parsed and validated once with zod.
import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));
const perMinute = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Every setting with its default and a one-line description: the source of .env.example and the README's
 * settings table (`npm run env:example` writes both; `npm run check` fails when they drift). */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe(
      'Runtime mode, set by the tools (`npm start` and `next build`: production); rarely set by hand.',
    ),
  DATABASE_URL: optionalText
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a postgresql:// URL (leave unset for the embedded database)',
    })
    .describe(
      'PostgreSQL server, postgresql://user:password@host:5432/database; unset: the embedded database in LICENTRIC_DATA_DIR.',
    ),
  DATABASE_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(10)
    .describe('Connections per process to PostgreSQL (per pool).'),
  LICENTRIC_DATA_DIR: z
    .string()
    .default('./data')
    .describe('Folder of the embedded database and of the secrets generated in embedded mode.'),
  LICENTRIC_MASTER_KEY: optionalText
    .refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
      message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)',
    })
    .describe(
      'Encrypts license keys, webhook secrets and signing keys: 32 random bytes, base64 (openssl rand -base64 32). ' +
        'Keep it safe, the data depends on it. Required with DATABASE_URL; embedded: generated into the data folder.',
    ),
  AUTH_SECRET: optionalText.describe(
    'Signs dashboard sessions (openssl rand -base64 32). Required with DATABASE_URL; embedded: generated into the data folder.',
  ),
  NEXTAUTH_SECRET: optionalText.describe('Older name for AUTH_SECRET, read only when AUTH_SECRET is unset.'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('TCP port the server listens on.'),
  HOST: z.string().default('0.0.0.0').describe('Address the server listens on.'),
  LICENTRIC_BASE_URL: optionalText
    .refine((v) => v === undefined || URL.canParse(v), { message: 'must be a URL' })
    .describe('Public address, used in links in emails and the portal; unset: http://localhost:$PORT.'),
  RATE_LIMIT_VALIDATION_PER_MIN: perMinute(60).describe(
    'validate-key requests per minute per client address; 0 turns the limit off.',
  ),
  RATE_LIMIT_ACTIVATION_PER_MIN: perMinute(10).describe(
    'Machine activations per minute per client address; 0 turns the limit off.',
  ),
  RATE_LIMIT_MANAGEMENT_PER_MIN: perMinute(120).describe(
    'Other /api/v1 requests per minute per API key (or license); 0 turns the limit off.',
  ),
  RATE_LIMIT_STORE: z
    .enum(['memory', 'postgres', 'redis'])
    .default('memory')
    .describe(
      'Where rate-limit counters live: memory (per process), or postgres or redis (with REDIS_URL) so that several instances share them.',
    ),
  REDIS_URL: optionalText.describe('Redis server for RATE_LIMIT_STORE=redis, redis://host:6379.'),
  TRUST_PROXY: bool(false).describe(
    'Take the client address from X-Forwarded-For; turn on only behind a proxy you control.',
  ),
  TRUST_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(1)
    .describe(
      'With TRUST_PROXY: how many proxies you run in front; the client address is that many X-Forwarded-For entries from the right (never the client-written leftmost).',
    ),
  SIGNUP_ENABLED: bool(true).describe(
    'Public dashboard sign-up (the sign-up page and first OAuth sign-ins); false: only the operator CLI creates accounts, and people with an open invitation.',
  ),
  WEBHOOKS_ALLOW_PRIVATE_URLS: bool(false).describe(
    'Allow http:// and private-network webhook targets (development and tests).',
  ),
  RUNTIME_FAST_PATH: bool(true).describe(
    'The production server serves the runtime endpoints (validate-key; activation, heartbeat, deactivation and checkout with License auth) through the same route() handlers without Next.js routing; false sends them through Next.',
  ),
  WEB_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(1)
    .describe(
      'Server processes on one port (node:cluster); more than 1 needs PostgreSQL (the embedded database has one owner).',
    ),
  JOBS_IN_PROCESS: bool(true).describe(
    'Run webhook delivery and scheduled jobs inside the web process; false when `npm run worker` runs them.',
  ),
  SMTP_URL: optionalText.describe(
    'Mail server for portal sign-in links and member invitations, smtp://user:password@host:587; unset: no email.',
  ),
  SMTP_FROM: optionalText.describe('Sender address of those emails; unset: a no-reply address.'),
  // dashboard sign-in (next-auth): optional OAuth providers, each enabled only when both of its variables are set
  GITHUB_CLIENT_ID: optionalText.describe(
    'GitHub OAuth app for dashboard sign-in (on when GITHUB_CLIENT_SECRET is set too).',
  ),
  GITHUB_CLIENT_SECRET: optionalText.describe('Secret of that GitHub OAuth app.'),
  GOOGLE_CLIENT_ID: optionalText.describe(
    'Google OAuth client for dashboard sign-in (on when GOOGLE_CLIENT_SECRET is set too).',
  ),
  GOOGLE_CLIENT_SECRET: optionalText.describe('Secret of that Google OAuth client.'),
  NEXTAUTH_URL: optionalText
    .refine((v) => v === undefined || URL.canParse(v), { message: 'must be a URL' })
    .describe(
      'Public URL for sign-in callbacks when it differs from LICENTRIC_BASE_URL; unset: LICENTRIC_BASE_URL.',
    ),
  STRIPE_API_BASE: z
    .url()
    .default('https://api.stripe.com')
    .describe(
      'Stripe API address for the look-ups of the Stripe integration (line items, subscriptions); tests point it at a local stand-in.',
    ),
  PORTAL_DEACTIVATIONS_PER_DAY: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(3)
    .describe('Machines a customer may deactivate per license per day in the portal; 0: no limit.'),
});

type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed settings; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid Licentric configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.RATE_LIMIT_STORE === 'redis' && !parsed.data.REDIS_URL) {
    throw new Error('Invalid Licentric configuration:\n  REDIS_URL: required when RATE_LIMIT_STORE=redis');
  }
  cached = parsed.data;
  return cached;
}

/** True when no DATABASE_URL is set: the embedded PGlite database under the data folder is used. */
export function isEmbedded(): boolean {
  return env().DATABASE_URL === undefined;
}

export function baseUrl(): string {
  const e = env();
  return (e.LICENTRIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
}

/** Forget the parsed settings (tests that change process.env). */
export function resetEnvForTests(): void {
  cached = undefined;
}
