// Vendor sign-up: a new user who owns a new account, then signed in straight away.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
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
  return (
    <TrpcReactProvider>
      <SignUpForm callbackUrl={callbackUrl} />
    </TrpcReactProvider>
  );
}
