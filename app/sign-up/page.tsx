// Vendor sign-up: a new user who owns a new account, then signed in straight away.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { env } from '@/env.ts';
import { SIGN_UP_CLOSED_MESSAGE } from '@/server/domain/members/members.ts';
import { AuthCard } from '../(dashboard)/_components/auth-card.tsx';
import { currentSession } from '@/server/auth/next-auth.ts';
import { TrpcReactProvider } from '@/trpc/client.tsx';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import { SignUpForm } from './sign-up-form.tsx';
import '../(dashboard)/dashboard.css';

export const metadata: Metadata = { title: 'Create your account · Licentric' };
export const dynamic = 'force-dynamic';

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  if (await currentSession()) redirect(callbackUrl);
  // closed sign-up: only invited people (they arrive from their invitation link) may create a user
  if (!env().SIGNUP_ENABLED && !callbackUrl.startsWith('/invite/')) {
    return (
      <AuthCard>
        <h1>Sign-up is closed</h1>
        <p className="sub" role="alert">
          {SIGN_UP_CLOSED_MESSAGE}
        </p>
        <p className="auth-foot">
          Already have an account? <Link href="/sign-in">Sign in</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <TrpcReactProvider>
      <SignUpForm callbackUrl={callbackUrl} />
    </TrpcReactProvider>
  );
}
