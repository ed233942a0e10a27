// Settings every integration test process uses (set before src/env.ts first parses process.env).

/** A fixed, obviously non-secret master key so encrypted test data is reproducible. */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

export function applyTestEnv(dataDir?: string): void {
  process.env.LICENTRIC_MASTER_KEY ||= TEST_MASTER_KEY;
  process.env.AUTH_SECRET ||= 'licentric-test-auth-secret';
  process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = 'true';
  // no test reaches Stripe: a closed local port unless a test starts its stand-in (tests/stripe/stand-in.ts)
  process.env.STRIPE_API_BASE ||= 'http://127.0.0.1:9';
  if (dataDir) process.env.LICENTRIC_DATA_DIR = dataDir;
}
