// Vendor sign-in: email + password (and the OAuth providers that are configured).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { env } from '@/env.ts';
import { currentSession, oauthProviders } from '@/server/auth/next-auth.ts';
import { safeRedirectPath } from '@/lib/safe-redirect.ts';
import { SignInForm } from './sign-in-form.tsx';
import '../(dashboard)/dashboard.css';

export const metadata: Metadata = { title: 'Sign in · Licentric' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  if (await currentSession()) redirect(callbackUrl);
  return (
    <SignInForm
      callbackUrl={callbackUrl}
      signUpOpen={env().SIGNUP_ENABLED}
      providers={oauthProviders()}
      initialError={typeof params.error === 'string' ? params.error : undefined}
    />
  );
}
