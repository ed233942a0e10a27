// Confirmation step before a customer deactivates a machine: what will happen, and a POST (server action,
// same-origin checked) to do it — or why it is not possible.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AppError } from '@/server/errors.ts';
import { getPortalMachine } from '@/server/domain/portal/portal.ts';
import { readPortalSession, signedInPortalContext } from '../../../_session/request.ts';
import { deactivateMachineAction } from '../../../actions.ts';
import { platformLabel } from '../../../format.ts';

export const dynamic = 'force-dynamic';

const ERRORS: Record<string, string> = {
  limit: 'You have deactivated as many machines as allowed for today. Please try again tomorrow.',
  not_allowed: 'This machine cannot be deactivated here. Contact the vendor’s support to move your license.',
  origin: 'The request could not be verified. Please try again from this page.',
};

export default async function ConfirmDeactivationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const session = await readPortalSession();
  if (!session) redirect('/portal');
  let machine: Awaited<ReturnType<typeof getPortalMachine>> | null = null;
  try {
    machine = await getPortalMachine(await signedInPortalContext(session), id);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'NOT_FOUND' && error.code !== 'UNAUTHORIZED'))
      throw error;
  }
  if (!machine) redirect('/portal?done=gone');
  const label = machine.name ?? machine.hostname ?? 'this machine';
  const error = typeof query.error === 'string' ? ERRORS[query.error] : undefined;
  return (
    <>
      <p>
        <Link href="/portal">← Back to your licenses</Link>
      </p>
      <section className="panel" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">Deactivate {label}?</h1>
        <dl className="machine-facts">
          <div>
            <dt>Platform</dt>
            <dd>{platformLabel(machine.platform)}</dd>
          </div>
          <div>
            <dt>Hostname</dt>
            <dd>{machine.hostname ?? '—'}</dd>
          </div>
        </dl>
        <p>
          The software on this machine stops working with your license until it is activated there again. The
          seat it used becomes free, so you can activate the software on your new computer.
        </p>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {machine.deactivation.allowed ? (
          <form action={deactivateMachineAction} className="actions">
            <input type="hidden" name="machineId" value={machine.id} />
            <button type="submit" className="button danger">
              Yes, deactivate {label}
            </button>
            <Link href="/portal" className="button">
              Cancel
            </Link>
          </form>
        ) : (
          <>
            {error ? null : (
              <p className="notice" role="status">
                {machine.deactivation.reason === 'daily_limit' ? ERRORS.limit : ERRORS.not_allowed}
              </p>
            )}
            <Link href="/portal" className="button">
              Back
            </Link>
          </>
        )}
      </section>
    </>
  );
}
