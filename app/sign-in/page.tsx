// Vendor sign-in: email + password (and the OAuth providers that are configured).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentSession, oauthProviders } from '@/server/auth/next-auth.ts';
import { SignInForm } from './sign-in-form.tsx';
import '../(dashboard)/dashboard.css';

export const metadata: Metadata = { title: 'Sign in · Licentric' };
export const dynamic = 'force-dynamic';

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith('/') && !v.startsWith('//') ? v : '/dashboard';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentSession()) redirect(callbackUrl);
  return (
    <SignInForm
      callbackUrl={callbackUrl}
      providers={oauthProviders()}
      initialError={typeof params.error === 'string' ? params.error : undefined}
    />
  );
}
