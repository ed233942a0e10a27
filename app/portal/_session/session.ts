// Customer-portal sessions: a stateless cookie `<base64url JSON>.<base64url HMAC-SHA256>` keyed with a key derived
// from authSecret(), expiring after 12 hours, scoped to /portal. Holds either a license id (key sign-in) or an
// account + environment + email (email-link sign-in). Pure apart from reading the secret.
import { createHmac, hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { safeEqual } from '@/lib/crypto.ts';
import { authSecret } from '@/server/secrets.ts';
import type { PortalSubject } from '@/server/domain/portal/sign-in.ts';

export const PORTAL_PATH = '/portal';
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

const sessionSchema = z.discriminatedUnion('kind', [
  z.object({
    v: z.literal(1),
    kind: z.literal('license'),
    licenseId: z.uuid(),
    iat: z.number(),
    exp: z.number(),
  }),
  z.object({
    v: z.literal(1),
    kind: z.literal('email'),
    accountId: z.uuid(),
    environment: z.enum(['live', 'test']),
    email: z.string().min(3).max(320),
    iat: z.number(),
    exp: z.number(),
  }),
]);

export type PortalSession = z.infer<typeof sessionSchema>;
export type PortalSessionSubject = PortalSubject;

let keyCache: { secret: string; key: Buffer } | undefined;

/** HKDF-SHA256 over the deployment auth secret, bound to this use so the key never signs anything else. */
function sessionKey(): Buffer {
  const secret = authSecret();
  if (keyCache?.secret !== secret) {
    const key = Buffer.from(hkdfSync('sha256', secret, 'licentric', 'portal-session/v1', 32));
    keyCache = { secret, key };
  }
  return keyCache.key;
}

function mac(payload: string): string {
  return createHmac('sha256', sessionKey()).update(payload).digest('base64url');
}

/** The cookie value for a new session (valid SESSION_TTL_SECONDS from `now`). */
export function signPortalSession(subject: PortalSessionSubject, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const session = { v: 1, ...subject, iat, exp: iat + SESSION_TTL_SECONDS };
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

/** The session in a cookie value, or null when it is missing, malformed, tampered with or expired. */
export function verifyPortalSession(
  value: string | undefined | null,
  now = new Date(),
): PortalSession | null {
  if (!value || value.length > 4096) return null;
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  if (!safeEqual(signature, mac(payload))) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = sessionSchema.safeParse(decoded);
  if (!parsed.success) return null;
  const seconds = now.getTime() / 1000;
  if (parsed.data.exp <= seconds || parsed.data.iat > seconds + 60) return null;
  return parsed.data;
}

/** Cookie attributes: httpOnly, SameSite=Lax (the CSRF baseline), Secure on https deployments, Path=/portal. */
export function portalCookieOptions(secure: boolean, maxAge = SESSION_TTL_SECONDS) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: PORTAL_PATH, maxAge };
}
