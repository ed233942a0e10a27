// The portal's transport glue over Next's request scope (pages and server actions): read, set and clear the
// session cookie, the client IP for rate limits, and the same-origin check that backs up SameSite=Lax on POSTs.
import { cookies, headers } from 'next/headers';
import { baseUrl, env } from '@/env.ts';
import { clientIpFrom } from '@/server/client-ip.ts';
import { PORTAL_COOKIE } from '@/lib/cookies.ts';
import { isSameOrigin } from '@/server/web-guard.ts';
import { getDb } from '@/server/db.ts';
import type { PortalContext, SignedInPortalContext } from '@/server/domain/portal/sign-in.ts';
import {
  portalCookieOptions,
  signPortalSession,
  verifyPortalSession,
  type PortalSession,
  type PortalSessionSubject,
} from './session.ts';

export async function readPortalSession(): Promise<PortalSession | null> {
  return verifyPortalSession((await cookies()).get(PORTAL_COOKIE)?.value);
}

/** The context portal domain functions run with: the one place portal pages and actions take the database. */
export async function portalContext(): Promise<PortalContext> {
  return { db: await getDb() };
}

/** The portal context of a signed-in customer (`session` as read by `readPortalSession`). */
export async function signedInPortalContext(session: PortalSession): Promise<SignedInPortalContext> {
  return { ...(await portalContext()), subject: session };
}

async function isHttps(): Promise<boolean> {
  if (baseUrl().startsWith('https://')) return true;
  const h = await headers();
  if (env().TRUST_PROXY && h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return h.get('origin')?.startsWith('https://') ?? false;
}

export async function startPortalSession(subject: PortalSessionSubject): Promise<void> {
  (await cookies()).set(PORTAL_COOKIE, signPortalSession(subject), portalCookieOptions(await isHttps()));
}

export async function endPortalSession(): Promise<void> {
  (await cookies()).set(PORTAL_COOKIE, '', portalCookieOptions(await isHttps(), 0));
}

export async function portalClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/**
 * CSRF defence in depth for state-changing POSTs (Next also compares Origin and Host for server actions, and the
 * cookie is SameSite=Lax): the same check as tRPC and next-auth (see isSameOrigin).
 */
export async function isSameOriginPost(): Promise<boolean> {
  return isSameOrigin(await headers());
}
