'use client';
// The sign-in form: credentials through next-auth without a page reload; one message for any wrong pair.
import Link from 'next/link';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import { AuthCard } from '../(dashboard)/_components/auth-card.tsx';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Incorrect email or password.',
  OAuthAccountNotLinked: 'Sign in with the method you used before.',
  OAuthEmailNotVerified:
    'Your email address is not verified with that provider. Verify it there (for GitHub: your primary address), then try again.',
  SignUpClosed: 'Sign-up is closed on this server. Ask its operator or an account admin for an invitation.',
  OAuthPasswordAccount:
    'An account with this email already signs in with a password. Sign in with your email and password instead.',
  AccessDenied: 'Access denied.',
};

export function SignInForm({
  callbackUrl,
  signUpOpen,
  providers,
  initialError,
}: {
  callbackUrl: string;
  /** SIGNUP_ENABLED: without it the "Create an account" link is hidden (invitation links still offer it). */
  signUpOpen: boolean;
  providers: Array<{ id: string; name: string }>;
  initialError?: string | undefined;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(
    initialError ? (MESSAGES[initialError] ?? 'Sign-in failed. Try again.') : '',
  );

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    const result = await signIn('credentials', { email, password, redirect: false, callbackUrl });
    if (!result || result.error) {
      setBusy(false);
      setError(MESSAGES[result?.error ?? ''] ?? result?.error ?? 'Sign-in failed. Try again.');
      return;
    }
    window.location.assign(safeRedirectPath(callbackUrl));
  };

  return (
    <AuthCard>
      <h1>Sign in</h1>
      <p className="sub">Manage your products, licenses and customers.</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {error ? (
          <div className="form-error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.length > 0 ? (
        <>
          <div className="divider">or</div>
          <div className="form">
            {providers.map((p) => (
              <button
                key={p.id}
                type="button"
                className="btn btn-block"
                onClick={() => void signIn(p.id, { callbackUrl })}
              >
                Continue with {p.name}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {signUpOpen || callbackUrl.startsWith('/invite/') ? (
        <p className="auth-foot">
          New to Licentric?{' '}
          <Link
            href={`/sign-up${callbackUrl !== '/dashboard' ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
          >
            Create an account
          </Link>
        </p>
      ) : null}
    </AuthCard>
  );
}
