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

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgresql:// URL (leave unset for the embedded database)',
  }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  LICENTRIC_DATA_DIR: z.string().default('./data'),
  LICENTRIC_MASTER_KEY: optionalText.refine(
    (v) => v === undefined || Buffer.from(v, 'base64').length === 32,
    { message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)' },
  ),
  AUTH_SECRET: optionalText,
  NEXTAUTH_SECRET: optionalText,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LICENTRIC_BASE_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: 'must be a URL',
  }),
  RATE_LIMIT_VALIDATION_PER_MIN: perMinute(60),
  RATE_LIMIT_ACTIVATION_PER_MIN: perMinute(10),
  RATE_LIMIT_MANAGEMENT_PER_MIN: perMinute(120),
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres', 'redis']).default('memory'),
  REDIS_URL: optionalText,
  TRUST_PROXY: bool(false),
  WEBHOOKS_ALLOW_PRIVATE_URLS: bool(false),
  JOBS_IN_PROCESS: bool(true),
  SMTP_URL: optionalText,
  SMTP_FROM: optionalText,
  // dashboard sign-in (next-auth): optional OAuth providers, each enabled only when both of its variables are set
  GITHUB_CLIENT_ID: optionalText,
  GITHUB_CLIENT_SECRET: optionalText,
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  NEXTAUTH_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), { message: 'must be a URL' }),
  PORTAL_DEACTIVATIONS_PER_DAY: z.coerce.number().int().min(0).max(1000).default(3),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed settings; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
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
