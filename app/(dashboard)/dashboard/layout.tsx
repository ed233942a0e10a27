// Signed-in area: redirects to sign-in without a session, then the tRPC provider and the dashboard frame.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentSession } from '@/server/auth/next-auth.ts';
import { TrpcReactProvider } from '@/trpc/client.tsx';
import { DashboardShell } from '../_components/shell.tsx';
import '../dashboard.css';
import { ENVIRONMENT_COOKIE } from '@/lib/cookies.ts';

export const metadata: Metadata = { title: 'Dashboard · Licentric' };
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await currentSession();
  if (!session) redirect('/sign-in?callbackUrl=/dashboard');
  const environment = (await cookies()).get(ENVIRONMENT_COOKIE)?.value === 'test' ? 'test' : 'live';
  return (
    <TrpcReactProvider>
      <DashboardShell initialEnvironment={environment}>{children}</DashboardShell>
    </TrpcReactProvider>
  );
}
