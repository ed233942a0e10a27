// Dashboard sign-in: one answer for unknown email and wrong password, argon2id verification, rate limit.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomString } from '@/lib/crypto.ts';
import { testDb } from '../../../tests/helpers.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { resetEnvForTests } from '@/env.ts';
import { authOptions, limitSignInAttempt, oauthSignInRefusal, verifyCredentials } from './next-auth.ts';

let email: string;

beforeAll(async () => {
  const db = await testDb();
  email = `signin-${randomString(8, 'abcdefghijklmnopqrstuvwxyz')}@example.com`;
  await createAccount(
    { db },
    { name: 'Sign-in test', ownerEmail: email, ownerPassword: 'the right password' },
  );
});

describe('verifyCredentials', () => {
  it('accepts the right password (email case-insensitive)', async () => {
    expect(await verifyCredentials(email.toUpperCase(), 'the right password')).toMatchObject({ email });
  });

  it('answers the same null for a wrong password and an unknown email', async () => {
    expect(await verifyCredentials(email, 'the wrong password')).toBeNull();
    expect(await verifyCredentials(`nobody-${email}`, 'the right password')).toBeNull();
  });
});

describe('limitSignInAttempt', () => {
  it('allows 10 attempts a minute per email, then refuses with a retry time', async () => {
    const target = `limited-${email}`;
    for (let i = 0; i < 10; i++)
      expect((await limitSignInAttempt(`198.51.100.${i}`, target)).allowed).toBe(true);
    const refused = await limitSignInAttempt('198.51.100.99', target);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('allows 30 attempts a minute per client address across emails, then refuses', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 30; i++)
      expect((await limitSignInAttempt(ip, `person-${i}-${email}`)).allowed, `attempt ${i + 1}`).toBe(true);
    const refused = await limitSignInAttempt(ip, `someone-else-${email}`);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('authOptions', () => {
  it('uses JWT sessions, the deployment secret and the custom sign-in page', () => {
    const options = authOptions();
    expect(options.session?.strategy).toBe('jwt');
    expect(options.secret).toBe(process.env.AUTH_SECRET);
    expect(options.pages?.signIn).toBe('/sign-in');
    expect(options.providers.map((p) => p.id)).toContain('credentials');
  });
});

describe('the redirect callback', () => {
  const origin = 'http://127.0.0.1:3000';
  const redirect = (url: string) => authOptions().callbacks!.redirect!({ url, baseUrl: origin });

  it('keeps same-origin targets', async () => {
    expect(await redirect('/invite/abc')).toBe(`${origin}/invite/abc`);
    expect(await redirect(`${origin}/dashboard/licenses?x=1`)).toBe(`${origin}/dashboard/licenses?x=1`);
  });

  it.each(['/\\evil.example', '//evil.example', 'https://evil.example/', '/%0a/evil.example', '/\t/evil'])(
    'sends %j to the dashboard instead of off-site',
    async (url) => {
      const target = await redirect(url);
      expect(new URL(target).origin).toBe(origin);
      expect(new URL(target, origin).origin).toBe(origin);
    },
  );
});

describe('OAuth sign-in', () => {
  // a stand-in for api.github.com/user/emails: the token names the answer
  const answers: Record<string, unknown> = {};
  let githubApi = '';
  const server = http.createServer((req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const answer = req.url === '/user/emails' ? answers[token] : undefined;
    res.writeHead(answer === undefined ? 401 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer ?? { message: 'Bad credentials' }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    githubApi = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const fresh = () => `oauth-${randomString(10, 'abcdefghijklmnopqrstuvwxyz')}@example.com`;
  const signIn = (provider: string, userEmail: string, profile: Record<string, unknown>) =>
    authOptions().callbacks!.signIn!({
      user: { id: 'provider-id', email: userEmail },
      account: { provider, type: 'oauth', providerAccountId: 'provider-id', access_token: 'none' },
      profile: { email: userEmail, ...profile },
    });

  it('Google: an unverified address is refused with a clear code', async () => {
    expect(await signIn('google', fresh(), { email_verified: false })).toBe(
      '/sign-in?error=OAuthEmailNotVerified',
    );
    expect(await signIn('google', fresh(), {})).toBe('/sign-in?error=OAuthEmailNotVerified');
    expect(await signIn('google', fresh(), { email_verified: true })).toBe(true);
  });

  it('never attaches an OAuth identity to a password account, even with a verified address', async () => {
    expect(await signIn('google', email.toUpperCase(), { email_verified: true })).toBe(
      '/sign-in?error=OAuthPasswordAccount',
    );
  });

  it('GitHub: only the verified primary address of the emails API counts', async () => {
    const address = fresh();
    answers.unverified = [{ email: address, primary: true, verified: false }];
    answers.secondary = [
      { email: 'main@example.com', primary: true, verified: true },
      { email: address, primary: false, verified: true },
    ];
    answers.good = [{ email: address.toUpperCase(), primary: true, verified: true }];
    const check = (accessToken: string, forEmail = address) =>
      oauthSignInRefusal({ provider: 'github', email: forEmail, accessToken }, { githubApi });
    expect(await check('unverified')).toBe('OAuthEmailNotVerified');
    expect(await check('secondary')).toBe('OAuthEmailNotVerified');
    expect(await check('revoked-token')).toBe('OAuthEmailNotVerified');
    expect(await check('good')).toBeNull();
    answers.password = [{ email, primary: true, verified: true }];
    expect(await check('password', email)).toBe('OAuthPasswordAccount');
  });

  it('SIGNUP_ENABLED=false: a first OAuth sign-in creates no user unless the address is invited', async () => {
    process.env.SIGNUP_ENABLED = 'false';
    resetEnvForTests();
    try {
      expect(await signIn('google', fresh(), { email_verified: true })).toBe('/sign-in?error=SignUpClosed');
      const invited = fresh();
      const { accountId } = await createAccount(
        { db: await testDb() },
        {
          name: 'Inviting',
          ownerEmail: fresh(),
        },
      ).then((c) => ({ accountId: c.account.id }));
      await (
        await testDb()
      ).invitation.create({
        data: {
          accountId,
          email: invited,
          role: 'viewer',
          tokenHash: randomString(40, 'abcdef0123456789'),
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      expect(await signIn('google', invited, { email_verified: true })).toBe(true);
    } finally {
      delete process.env.SIGNUP_ENABLED;
      resetEnvForTests();
    }
  });
});
