// Landing page of an emailed sign-in link. The link itself changes nothing (mail scanners open links): the
// customer presses the button, which POSTs the token to be used once.
import Link from 'next/link';
import { consumeSignInLinkAction } from '../actions.ts';

export const dynamic = 'force-dynamic';

export default async function PortalLoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const failed = query.error === 'link' || token === '';
  return (
    <section className="panel" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in to your licenses</h1>
      {failed ? (
        <>
          <p className="form-error" role="alert">
            This sign-in link has expired or has already been used. Links work once, for 15 minutes.
          </p>
          <Link href="/portal" className="button primary">
            Request a new link
          </Link>
        </>
      ) : (
        <form action={consumeSignInLinkAction} className="portal-form">
          <input type="hidden" name="token" value={token} />
          <p>Continue to see your licenses and machines.</p>
          <button type="submit" className="button primary">
            Continue to my licenses
          </button>
        </form>
      )}
    </section>
  );
}
