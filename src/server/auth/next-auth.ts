// Vendor sign-in for the dashboard (next-auth v4): email + password (argon2id) with JWT sessions, optional
// GitHub/Google providers when configured, rate-limited attempts, and the session helpers the server uses.
import { verify } from '@node-rs/argon2';
import { getServerSession, type NextAuthOptions, type Session } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { z } from 'zod';
import { baseUrl, env } from '@/env.ts';
import { getDb } from '@/server/db.ts';
import { authSecret } from '@/server/secrets.ts';
import { consumeRateLimit } from '@/server/shared/rate-limit.ts';
import { clientIpFrom } from '@/server/client-ip.ts';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { createAccount, hashPassword } from '@/server/domain/accounts/accounts.ts';
import { signUpAllowed } from '@/server/domain/members/members.ts';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string | null };
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
  }
}

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(1000) });

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the email is unknown, so both answers take the same time. */
const timingDummy = (): Promise<string> => (dummyHash ??= hashPassword('licentric-timing-equaliser'));

/**
 * Sign-in attempts, limited like the customer portal's: 10 a minute per email (the `portal` tier: guessing one
 * account's password) and 30 per client address (`portal_ip`: trying many accounts; a team behind one office
 * address still signs in at nine in the morning).
 */
export async function limitSignInAttempt(
  ip: string,
  email: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const [byIp, byEmail] = await Promise.all([
    consumeRateLimit('portal_ip', `sign-in:ip:${ip}`),
    consumeRateLimit('portal', `sign-in:email:${email}`),
  ]);
  return {
    allowed: byIp.allowed && byEmail.allowed,
    retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds),
  };
}

/** Email + password check; null for an unknown email or a wrong password alike. */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<{ id: string; email: string; name: string | null } | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user?.passwordHash) {
    await verify(await timingDummy(), password).catch(() => false);
    return null;
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  return ok ? { id: user.id, email: user.email, name: user.name } : null;
}

function providers(): NextAuthOptions['providers'] {
  const e = env();
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const email = parsed.data.email.trim().toLowerCase();
        const limit = await limitSignInAttempt(clientIpFrom(req.headers), email);
        if (!limit.allowed)
          throw new Error(`Too many sign-in attempts. Try again in ${limit.retryAfterSeconds} seconds.`);
        const user = await verifyCredentials(email, parsed.data.password);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ];
  if (e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET) {
    list.push(GitHubProvider({ clientId: e.GITHUB_CLIENT_ID, clientSecret: e.GITHUB_CLIENT_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return list;
}

/** The OAuth providers that are switched on (for the sign-in page's buttons). */
export function oauthProviders(): Array<{ id: 'github' | 'google'; name: string }> {
  const e = env();
  return [
    ...(e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET ? [{ id: 'github' as const, name: 'GitHub' }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: 'google' as const, name: 'Google' }] : []),
  ];
}

/** Why an OAuth sign-in is refused (the sign-in page's `?error=` code, with a message of its own). */
type OAuthRefusal = 'OAuthEmailNotVerified' | 'OAuthPasswordAccount' | 'SignUpClosed';

const GITHUB_API = 'https://api.github.com';

/** GitHub: the address is the account's verified primary email (the emails API; the provider asks for user:email). */
async function githubPrimaryVerified(accessToken: string, email: string, api: string): Promise<boolean> {
  try {
    const response = await fetch(`${api}/user/emails`, {
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: 'application/vnd.github+json',
        'User-Agent': 'licentric',
      },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return false;
    const emails = (await response.json()) as unknown;
    if (!Array.isArray(emails)) return false;
    return emails.some((entry: unknown) => {
      const e = entry as { email?: unknown; primary?: unknown; verified?: unknown } | null;
      return (
        typeof e?.email === 'string' &&
        e.primary === true &&
        e.verified === true &&
        normalizeEmail(e.email) === normalizeEmail(email)
      );
    });
  } catch {
    return false; // GitHub unreachable or an odd answer: no proof that the address is verified
  }
}

/**
 * Whether an OAuth identity may sign in: its email must be verified by the provider (Google: `email_verified`;
 * GitHub: the verified primary address), and it is never attached to an existing password account (whoever
 * controls an OAuth account with that address would otherwise take over the password user's accounts).
 */
export async function oauthSignInRefusal(
  input: {
    provider: string;
    email: string | null | undefined;
    profile?: unknown;
    accessToken?: string | undefined;
  },
  options: { githubApi?: string } = {},
): Promise<OAuthRefusal | null> {
  const email = input.email ? normalizeEmail(input.email) : '';
  if (!email) return 'OAuthEmailNotVerified';
  let verified = false;
  if (input.provider === 'google') {
    verified = (input.profile as { email_verified?: unknown } | undefined)?.email_verified === true;
  } else if (input.provider === 'github' && input.accessToken) {
    verified = await githubPrimaryVerified(input.accessToken, email, options.githubApi ?? GITHUB_API);
  }
  if (!verified) return 'OAuthEmailNotVerified';
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email }, select: { passwordHash: true } });
  if (!existing) return (await signUpAllowed({ db }, email)) ? null : 'SignUpClosed';
  return existing.passwordHash ? 'OAuthPasswordAccount' : null;
}

/** OAuth sign-in (already checked by oauthSignInRefusal): the user with that email, or a new user and account. */
async function userForOAuth(email: string, name: string | null): Promise<string> {
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (existing) return existing.id;
  const created = await createAccount(
    { db },
    {
      name: name ? `${name}'s account` : 'My account',
      ownerEmail: email,
      ...(name ? { ownerName: name } : {}),
    },
  );
  return created.owner.id;
}

let cachedOptions: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cachedOptions) return cachedOptions;
  // next-auth reads NEXTAUTH_URL itself (OAuth callback URLs); default it to the deployment's base URL
  if (!env().NEXTAUTH_URL) process.env.NEXTAUTH_URL = baseUrl();
  cachedOptions = {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    useSecureCookies: (env().NEXTAUTH_URL ?? baseUrl()).startsWith('https://'),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: providers(),
    callbacks: {
      /** Same-origin targets only (next-auth's callbackUrl comes from the query string or a cookie). */
      redirect({ url, baseUrl: origin }) {
        return `${origin}${safeRedirectPath(url, '/dashboard', origin)}`;
      },
      async signIn({ account, user, profile }) {
        if (!account || account.provider === 'credentials') return true;
        const refusal = await oauthSignInRefusal({
          provider: account.provider,
          email: user.email,
          profile,
          accessToken: account.access_token,
        });
        return refusal ? `/sign-in?error=${refusal}` : true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          token.uid =
            account.provider === 'credentials'
              ? user.id
              : await userForOAuth(user.email ?? '', user.name ?? null);
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? '', email: token.email ?? '', name: token.name ?? null };
        return session;
      },
    },
  };
  return cachedOptions;
}

/** The signed-in user of the current request (server components, route handlers), or null. */
export async function currentSession(): Promise<Session | null> {
  const session = await getServerSession(authOptions());
  return session?.user?.id ? session : null;
}
