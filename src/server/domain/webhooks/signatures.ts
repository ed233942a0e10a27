// Webhook secrets and signatures (DOMAIN.md §7): `whsec_` + base64 of 32 random bytes; Standard Webhooks
// headers (`v1,<base64 HMAC-SHA256 of "<id>.<ts>.<body>">`) plus `X-Licentric-Signature` (hex HMAC of the body).
import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

export function generateWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The HMAC key: the base64-decoded bytes after `whsec_` (as Standard Webhooks libraries do). */
function secretKeyBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
  'x-licentric-signature': string;
}

/** Headers for one delivery attempt; `timestamp` is Unix seconds of the wall clock at sending. */
export function signWebhook(
  secret: string,
  messageId: string,
  timestamp: number,
  body: string,
): SignedHeaders {
  const key = secretKeyBytes(secret);
  const standard = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`).digest('base64');
  const plain = createHmac('sha256', key).update(body).digest('hex');
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${standard}`,
    'x-licentric-signature': plain,
  };
}
