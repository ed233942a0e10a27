'use client';
// Accepting an invitation: describe it, then join as the signed-in user and open the dashboard on that account.
import Link from 'next/link';
import { useMutation, useQuery } from '@tanstack/react-query';
import { errorMessage, useTRPC } from '@/trpc/client.tsx';
import { ACCOUNT_COOKIE, preferenceCookie } from '@/lib/cookies.ts';
import { AuthCard } from '../../(dashboard)/_components/auth-card.tsx';

export function AcceptInvitation({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const trpc = useTRPC();
  const invitation = useQuery(trpc.account.invitation.queryOptions({ token }));
  const accept = useMutation(
    trpc.account.acceptInvitation.mutationOptions({
      onSuccess: (result) => {
        document.cookie = preferenceCookie(ACCOUNT_COOKIE, result.accountId);
        window.location.assign('/dashboard');
      },
    }),
  );
  const here = `/invite/${token}`;
  return (
    <AuthCard>
      {invitation.isLoading ? <p className="sub">Loading the invitation…</p> : null}
      {invitation.error ? (
        <>
          <h1>Invitation not available</h1>
          <p className="sub">{errorMessage(invitation.error)}</p>
        </>
      ) : null}
      {invitation.data ? (
        <>
          <h1>Join {invitation.data.accountName}</h1>
          <p className="sub">
            You were invited as <strong>{invitation.data.role}</strong> ({invitation.data.email}).
          </p>
          {accept.error ? (
            <div className="form-error" role="alert">
              {errorMessage(accept.error)}
            </div>
          ) : null}
          {signedInAs ? (
            <>
              <p className="muted small">Signed in as {signedInAs}.</p>
              <button
                className="btn btn-primary btn-block"
                type="button"
                disabled={accept.isPending}
                onClick={() => accept.mutate({ token })}
              >
                {accept.isPending ? 'Joining…' : 'Accept invitation'}
              </button>
            </>
          ) : (
            <div className="form">
              <Link
                className="btn btn-primary btn-block"
                href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}
              >
                Create an account to accept
              </Link>
              <Link className="btn btn-block" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
                I already have an account
              </Link>
            </div>
          )}
        </>
      ) : null}
    </AuthCard>
  );
}
