// Customer-portal sign-in: by license key (the authority of License auth) and by single-use email link
// (PortalLoginToken, only the token's hash stored), both rate-limited per client IP and per key/address.
import { hashLicenseKey } from '@/lib/license-key.ts';
import { randomToken, sha256Hex } from '@/lib/crypto.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { baseUrl } from '@/env.ts';
import type { Db } from '@/server/db.ts';
import { deleteInBatches, type DeleteLimits } from '@/server/delete-in-batches.ts';
import { authenticateLicenseKey } from '@/server/auth/license-key.ts';
import { consumeRateLimit } from '@/server/shared/rate-limit.ts';
import { sendLoginLinkMail } from './mail.ts';

/** The one answer to every failed key sign-in: nothing tells whether a key exists, is revoked or banned. */
export const SIGN_IN_FAILED_MESSAGE = "We couldn't sign you in with that key. Check it and try again.";
export const RATE_LIMITED_MESSAGE = 'Too many attempts. Please wait a minute and try again.';
const LOGIN_LINK_TTL_MINUTES = 15;
/** Links sent for one request at most (one per vendor account + environment where the address has licenses). */
const MAX_LINKS_PER_REQUEST = 10;

/** Who a portal session speaks for: one license (key sign-in) or an address at one vendor (email link). */
export type PortalSubject =
  | { kind: 'license'; licenseId: string }
  | { kind: 'email'; accountId: string; environment: 'live' | 'test'; email: string };

/** What portal functions run with: the database handle (a portal request is not yet scoped to an account). */
export interface PortalContext {
  db: Db;
}

/** A portal context once the customer is signed in: whose session it is. */
export interface SignedInPortalContext extends PortalContext {
  subject: PortalSubject;
}

type SignInResult =
  | { ok: true; subject: PortalSubject }
  | { ok: false; reason: 'invalid' | 'rate_limited'; retryAfterSeconds?: number };

async function limited(
  ip: string,
  second: string,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  // Both buckets are charged on every attempt, before anything is looked up.
  const [byIp, bySubject] = await Promise.all([
    consumeRateLimit('portal_ip', `ip:${ip}`),
    consumeRateLimit('portal', second),
  ]);
  if (byIp.allowed && bySubject.allowed) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(byIp.retryAfterSeconds, bySubject.retryAfterSeconds) };
}

/** Signs in with a license key: unknown, deleted, banned and revoked keys all fail the same way. */
export async function signInWithLicenseKey(
  { db }: PortalContext,
  input: { key: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const key = input.key.slice(0, 256);
  const limit = await limited(input.ip, `key:${hashLicenseKey(key)}`);
  if (!limit.ok) return { ok: false, reason: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
  const principal = await authenticateLicenseKey(db, key, now);
  if (!principal) return { ok: false, reason: 'invalid' };
  return { ok: true, subject: { kind: 'license', licenseId: principal.id } };
}

/** Charges the email sign-in buckets (per IP and per address) before any lookup or mail. */
export async function checkEmailSignInRateLimit(input: { email: string; ip: string }) {
  return limited(input.ip, `email:${sha256Hex(normalizeEmail(input.email))}`);
}

/**
 * Sends one sign-in link per vendor (account + environment) where `email` is the `userEmail` of a live license;
 * sends nothing for an unknown address. The caller answers the same either way (and need not wait for this).
 * Returns the number of links sent (for tests).
 */
export async function sendPortalSignInLinks(
  { db }: PortalContext,
  rawEmail: string,
  now = new Date(),
): Promise<number> {
  const email = normalizeEmail(rawEmail);
  if (email.length < 3 || email.length > 320 || !email.includes('@')) return 0;
  const groups = await db.license.groupBy({
    by: ['accountId', 'environment'],
    // addresses are stored normalised: an exact comparison (a pattern would let `_` match another customer's)
    where: { userEmail: email, deletedAt: null },
    orderBy: [{ accountId: 'asc' }, { environment: 'asc' }],
    take: MAX_LINKS_PER_REQUEST,
  });
  if (groups.length === 0) return 0;
  const accounts = await db.account.findMany({
    where: { id: { in: groups.map((g) => g.accountId) } },
    select: { id: true, name: true },
  });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const expiresAt = new Date(now.getTime() + LOGIN_LINK_TTL_MINUTES * 60_000);
  let sent = 0;
  for (const group of groups) {
    const token = randomToken(32);
    await db.portalLoginToken.create({
      data: {
        tokenHash: sha256Hex(token),
        email,
        accountId: group.accountId,
        environment: group.environment,
        expiresAt,
      },
    });
    await sendLoginLinkMail({
      to: email,
      vendorName: names.get(group.accountId) ?? 'your software vendor',
      environment: group.environment,
      link: `${baseUrl()}/portal/login?token=${encodeURIComponent(token)}`,
      expiresInMinutes: LOGIN_LINK_TTL_MINUTES,
    });
    sent += 1;
  }
  return sent;
}

/** Uses a sign-in link: valid once, within 15 minutes; anything else is null. */
export async function consumePortalSignInToken(
  { db }: PortalContext,
  token: string,
  now = new Date(),
): Promise<PortalSubject | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = sha256Hex(token);
  // One conditional update: two concurrent uses of the same link cannot both win.
  const claimed = await db.portalLoginToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return null;
  const row = await db.portalLoginToken.findUnique({ where: { tokenHash } });
  if (!row) return null;
  return {
    kind: 'email',
    accountId: row.accountId,
    environment: row.environment,
    email: row.email,
  };
}

/** Removes links that expired more than a day ago, in bounded batches (the prune job; safe to call any time). */
export function deleteExpiredPortalSignInTokens(
  { db }: PortalContext,
  now = new Date(),
  limits?: DeleteLimits,
): Promise<number> {
  const cutoff = new Date(now.getTime() - 86_400_000);
  return deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "PortalLoginToken" WHERE "id" IN (
        SELECT "id" FROM "PortalLoginToken" WHERE "expiresAt" < ${cutoff}::timestamptz LIMIT ${limit})`,
    limits,
  );
}
