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
import { createAccount, hashPassword } from '@/server/domain/accounts/accounts.ts';

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

/** Sign-in attempts: 10 a minute per client address and per email (the `portal` tier). */
export async function limitSignInAttempt(
  ip: string,
  email: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const [byIp, byEmail] = await Promise.all([
    consumeRateLimit('portal', `sign-in:ip:${ip}`),
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

/** OAuth sign-in: the user with that (verified) email, or a new user with a new account of their own. */
async function userForOAuth(email: string, name: string | null): Promise<string> {
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (existing) return existing.id;
  const created = await createAccount(db, {
    name: name ? `${name}'s account` : 'My account',
    ownerEmail: email,
    ...(name ? { ownerName: name } : {}),
  });
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
      signIn({ account, user }) {
        if (!account || account.provider === 'credentials') return true;
        return Boolean(user.email); // OAuth needs an email to find or create the Licentric user
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
