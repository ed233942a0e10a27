// The customer portal: sign-in (license key, or email link when SMTP is configured) or, once signed in, the
// licenses with their status, entitlements and machines, and the way to free a seat.
import Link from 'next/link';
import { loadPortalView, type PortalLicense, type PortalView } from '@/server/domain/portal/portal.ts';
import { isPortalEmailEnabled } from '@/server/domain/portal/mail.ts';
import { readPortalSession, signedInPortalContext } from './_session/request.ts';
import { signOutAction } from './actions.ts';
import { EmailSignInForm, KeySignInForm } from './sign-in-forms.tsx';
import { HEARTBEAT_LABEL, STATUS_LABEL, formatDate, formatDateTime, platformLabel } from './format.ts';

export const dynamic = 'force-dynamic';

const DONE_MESSAGES: Record<string, string> = {
  deactivated:
    'The machine was deactivated. Its seat is free: you can now activate the software on another computer.',
  gone: 'That machine is no longer active on your license.',
};

export default async function PortalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const session = await readPortalSession();
  const view = session ? await loadPortalView(await signedInPortalContext(session)) : null;
  if (!view) return <SignIn emailEnabled={isPortalEmailEnabled()} expired={session !== null} />;
  const done = typeof params.done === 'string' ? DONE_MESSAGES[params.done] : undefined;
  return <Licenses view={view} done={done} />;
}

function SignIn({ emailEnabled, expired }: { emailEnabled: boolean; expired: boolean }) {
  return (
    <>
      <header className="portal-header">
        <p className="eyebrow">License portal</p>
        <h1>Your licenses</h1>
        <p className="lead">
          Sign in to see your license, its status and the computers it is activated on — and to free a seat
          when you move to a new computer.
        </p>
      </header>
      {expired ? (
        <p className="notice" role="status">
          Your session has ended. Please sign in again.
        </p>
      ) : null}
      <section className="panel" aria-labelledby="key-heading">
        <h2 id="key-heading">Sign in with your license key</h2>
        <KeySignInForm />
      </section>
      {emailEnabled ? (
        <section className="panel" aria-labelledby="email-heading">
          <h2 id="email-heading">Or get a sign-in link by email</h2>
          <EmailSignInForm />
        </section>
      ) : null}
    </>
  );
}

function Licenses({ view, done }: { view: PortalView; done: string | undefined }) {
  return (
    <>
      <header className="portal-header with-actions">
        <div>
          <p className="eyebrow">
            License portal
            {view.environment === 'test' ? <span className="badge test">Test environment</span> : null}
          </p>
          <h1>{view.vendor.name}</h1>
          <p className="muted">
            {view.signedInAs.kind === 'email'
              ? `Signed in as ${view.signedInAs.email}`
              : 'Signed in with your license key'}
          </p>
        </div>
        <form action={signOutAction}>
          <button type="submit" className="button">
            Sign out
          </button>
        </form>
      </header>
      {done ? (
        <p className="notice success" role="status">
          {done}
        </p>
      ) : null}
      {view.licenses.length === 0 ? (
        <p className="panel">No licenses are issued to this email address at {view.vendor.name}.</p>
      ) : (
        view.licenses.map((license) => <LicenseCard key={license.id} license={license} view={view} />)
      )}
    </>
  );
}

function SupportContact({ vendor }: { vendor: PortalView['vendor'] }) {
  if (!vendor.supportEmail && !vendor.supportUrl)
    return <>Contact {vendor.name} support to move your license.</>;
  return (
    <>
      Contact {vendor.name} support to move your license:{' '}
      {vendor.supportEmail ? <a href={`mailto:${vendor.supportEmail}`}>{vendor.supportEmail}</a> : null}
      {vendor.supportEmail && vendor.supportUrl ? ' or ' : null}
      {vendor.supportUrl && /^https?:\/\//i.test(vendor.supportUrl) ? (
        <a href={vendor.supportUrl} rel="noopener noreferrer">
          {vendor.supportUrl}
        </a>
      ) : null}
      .
    </>
  );
}

function DeactivationNote({ license, view }: { license: PortalLicense; view: PortalView }) {
  const rule = license.deactivation;
  if (rule.allowed) {
    const left = license.deactivationsLeft;
    // the daily allowance only matters when it is smaller than the machines there are to deactivate
    return left !== null && left < license.machines.length ? (
      <p className="muted small">
        You can deactivate {left} more machine{left === 1 ? '' : 's'} in the next 24 hours.
      </p>
    ) : null;
  }
  if (license.machines.length === 0) return null;
  const text =
    rule.reason === 'node_locked'
      ? 'This license is locked to the computers it was activated on, so machines cannot be deactivated here.'
      : rule.reason === 'daily_limit'
        ? 'You have deactivated as many machines as allowed for today. Please try again tomorrow.'
        : 'Machines cannot be deactivated while this license is not active.';
  return (
    <p className="notice" data-testid="deactivation-explanation">
      {text} {rule.reason !== 'daily_limit' ? <SupportContact vendor={view.vendor} /> : null}
    </p>
  );
}

function LicenseCard({ license, view }: { license: PortalLicense; view: PortalView }) {
  const headingId = `license-${license.id}`;
  const seats =
    license.maxMachines === null
      ? 'unlimited machines'
      : `${license.maxMachines} machine${license.maxMachines === 1 ? '' : 's'}`;
  return (
    <section className="panel license" aria-labelledby={headingId}>
      <div className="license-head">
        <h2 id={headingId}>
          {license.productName}
          {license.name ? <span className="muted"> · {license.name}</span> : null}
        </h2>
        <span className={`badge status-${license.status}`}>
          {STATUS_LABEL[license.status] ?? license.status}
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>Expires</dt>
          <dd>{license.expiresAt ? formatDate(license.expiresAt) : 'Never'}</dd>
        </div>
        <div>
          <dt>Machines</dt>
          <dd>
            {license.machines.length} in use of {seats}
          </dd>
        </div>
      </dl>
      {license.statusReason ? (
        <p className={`notice ${license.status === 'active' ? '' : 'warning'}`} data-testid="status-reason">
          {license.statusReason}
        </p>
      ) : null}
      <h3>Features</h3>
      {license.entitlements.length ? (
        <ul className="chips" aria-label="Features included">
          {license.entitlements.map((e) => (
            <li key={e.code} title={e.code}>
              {e.name}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">The standard features of {license.productName}.</p>
      )}
      <h3>Machines</h3>
      {license.machines.length === 0 ? (
        <p className="muted">No machines are activated on this license.</p>
      ) : (
        <ul className="machines" aria-label={`Machines of ${license.productName}`}>
          {license.machines.map((m) => (
            <li key={m.id} className="machine" data-testid="machine">
              <div className="machine-title">
                <strong>{m.name ?? m.hostname ?? 'Unnamed machine'}</strong>
                {m.heartbeatStatus !== 'NOT_REQUIRED' ? (
                  <span className={`badge hb-${m.heartbeatStatus.toLowerCase()}`}>
                    {HEARTBEAT_LABEL[m.heartbeatStatus]}
                  </span>
                ) : null}
              </div>
              <dl className="machine-facts">
                <div>
                  <dt>Platform</dt>
                  <dd>{platformLabel(m.platform)}</dd>
                </div>
                <div>
                  <dt>Hostname</dt>
                  <dd>{m.hostname ?? '—'}</dd>
                </div>
                <div>
                  <dt>Activated</dt>
                  <dd>{formatDate(m.activatedAt)}</dd>
                </div>
                <div>
                  <dt>Last check-in</dt>
                  <dd>{m.lastHeartbeatAt ? formatDateTime(m.lastHeartbeatAt) : '—'}</dd>
                </div>
              </dl>
              <div className="machine-actions">
                {license.offlineAllowed && license.status === 'active' ? (
                  <form
                    method="post"
                    action={`/portal/machines/${m.id}/license-file`}
                    className="inline-form"
                  >
                    <button type="submit" className="button">
                      Download offline license
                      <span className="visually-hidden"> for {m.name ?? m.hostname ?? 'this machine'}</span>
                    </button>
                  </form>
                ) : null}
                {license.deactivation.allowed ? (
                  <Link
                    className="button danger"
                    href={`/portal/machines/${m.id}/deactivate`}
                    prefetch={false}
                  >
                    Deactivate
                    <span className="visually-hidden"> {m.name ?? m.hostname ?? 'this machine'}</span>…
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <DeactivationNote license={license} view={view} />
    </section>
  );
}
