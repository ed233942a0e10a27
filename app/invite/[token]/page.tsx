// Invitation link: shows the account and role, and lets the signed-in user join (or sign in / sign up first).
import type { Metadata } from 'next';
import { currentSession } from '@/server/auth/next-auth.ts';
import { TrpcReactProvider } from '@/trpc/client.tsx';
import { AcceptInvitation } from './accept-invitation.tsx';
import '../../(dashboard)/dashboard.css';

export const metadata: Metadata = { title: 'Invitation · Licentric' };
export const dynamic = 'force-dynamic';

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await currentSession();
  return (
    <TrpcReactProvider>
      <AcceptInvitation token={token} signedInAs={session?.user.email ?? null} />
    </TrpcReactProvider>
  );
}
