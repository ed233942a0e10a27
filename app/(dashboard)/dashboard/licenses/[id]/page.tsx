'use client';
// License detail: key (copy), status actions with confirmation, machines, entitlements, events.
import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { errorMessage, useTRPC } from '@/trpc/client.tsx';
import type { LicenseView } from '@/server/domain/licenses/license-views.ts';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  CopyButton,
  EmptyState,
  ErrorBox,
  formatDate,
  HeartbeatBadge,
  Loading,
  PageHeader,
  timeAgo,
} from '../../../_components/ui.tsx';
import { createdColumn, DataTable, useFeedback } from '../../../_components/list.tsx';
import { useMe } from '../../../_components/shell.tsx';

type Action = LicenseView['allowedActions'][number] | 'delete';

/** Wording of each action; which ones a license accepts now comes with it (`allowedActions`, DOMAIN.md §3). */
const ACTIONS: Record<Action, { label: string; text: string; danger?: boolean }> = {
  suspend: {
    label: 'Suspend',
    text: 'Validation answers SUSPENDED until you reinstate it. Machines stay activated.',
  },
  reinstate: {
    label: 'Reinstate',
    text: 'The license becomes active again (or expired, if its expiry date has passed).',
  },
  renew: {
    label: 'Renew',
    text: 'Extends the expiry by the policy’s duration, from today or from the current expiry, whichever is later.',
  },
  revoke: {
    label: 'Revoke',
    text: 'Permanently ends the license. This cannot be undone.',
    danger: true,
  },
  ban: {
    label: 'Ban',
    text: 'For abuse: the license stops working for good. This cannot be undone.',
    danger: true,
  },
  delete: {
    label: 'Delete',
    text: 'Removes the license and deactivates its machines. The audit log keeps its history.',
    danger: true,
  },
};

export default function LicenseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const router = useRouter();
  const license = useQuery(trpc.licenses.get.queryOptions({ id }));
  const product = useQuery({
    ...trpc.products.get.queryOptions({ id: license.data?.productId ?? '' }),
    enabled: Boolean(license.data),
  });
  const policy = useQuery({
    ...trpc.policies.get.queryOptions({ id: license.data?.policyId ?? '' }),
    enabled: Boolean(license.data),
  });
  const machines = useQuery(trpc.machines.list.queryOptions({ licenseId: id, limit: 100 }));
  const events = useQuery(
    trpc.audit.list.queryOptions({ resourceType: 'license', resourceId: id, limit: 20 }),
  );
  const entitlements = useQuery(trpc.entitlements.list.queryOptions({ limit: 100 }));
  const [pending, setPending] = useState<Action | null>(null);
  const [attachId, setAttachId] = useState('');

  const invalidate = [
    trpc.licenses.pathKey(),
    trpc.machines.pathKey(),
    trpc.audit.pathKey(),
    trpc.analytics.pathKey(),
  ];
  const options = (verb: string) =>
    feedback({
      invalidate,
      success: `License ${verb}`,
      then: () => setPending(null),
      onError: () => setPending(null),
    });
  const suspend = useMutation(trpc.licenses.suspend.mutationOptions(options('suspended')));
  const reinstate = useMutation(trpc.licenses.reinstate.mutationOptions(options('reinstated')));
  const renew = useMutation(trpc.licenses.renew.mutationOptions(options('renewed')));
  const revoke = useMutation(trpc.licenses.revoke.mutationOptions(options('revoked')));
  const ban = useMutation(trpc.licenses.ban.mutationOptions(options('banned')));
  const remove = useMutation(
    trpc.licenses.delete.mutationOptions(
      feedback({ invalidate, success: 'License deleted', then: () => router.push('/dashboard/licenses') }),
    ),
  );
  const deactivate = useMutation(
    trpc.machines.deactivate.mutationOptions(feedback({ invalidate, success: 'Machine deactivated' })),
  );
  const attach = useMutation(
    trpc.licenses.attachEntitlements.mutationOptions(
      feedback({ invalidate, success: 'Entitlement attached', then: () => setAttachId('') }),
    ),
  );
  const detach = useMutation(
    trpc.licenses.detachEntitlement.mutationOptions(
      feedback({ invalidate, success: 'Entitlement detached' }),
    ),
  );

  if (license.isLoading) return <Loading />;
  if (license.error || !license.data) {
    return (
      <Card>
        <EmptyState
          icon="◆"
          title="License not found"
          text={
            license.error
              ? errorMessage(license.error)
              : 'It may have been deleted, or it belongs to the other environment.'
          }
          action={
            <Link className="btn" href="/dashboard/licenses">
              Back to licenses
            </Link>
          }
        />
      </Card>
    );
  }
  const l = license.data;
  const run = (action: Action) => {
    const input = { id: l.id };
    if (action === 'suspend') suspend.mutate(input);
    if (action === 'reinstate') reinstate.mutate(input);
    if (action === 'renew') renew.mutate({ id: l.id, data: {} });
    if (action === 'revoke') revoke.mutate(input);
    if (action === 'ban') ban.mutate(input);
    if (action === 'delete') remove.mutate(input);
  };
  const busy =
    suspend.isPending ||
    reinstate.isPending ||
    renew.isPending ||
    revoke.isPending ||
    ban.isPending ||
    remove.isPending;
  const available = [...l.allowedActions, 'delete' as const].filter(
    (a) => a !== 'renew' || policy.data?.durationDays || l.expiresAt,
  );
  const entitlementByCode = new Map(entitlements.data?.items.map((e) => [e.code, e]) ?? []);
  const attachable = entitlements.data?.items.filter((e) => !l.entitlements.includes(e.code)) ?? [];

  return (
    <div className="stack">
      <PageHeader
        title={l.name ?? 'License'}
        description={
          <>
            <Link href="/dashboard/licenses">Licenses</Link> / <span className="mono">{l.key}</span>
          </>
        }
        actions={
          me.canWrite
            ? available.map((a) => (
                <Button
                  key={a}
                  variant={ACTIONS[a].danger ? 'danger' : 'default'}
                  onClick={() => setPending(a)}
                >
                  {ACTIONS[a].label}
                </Button>
              ))
            : null
        }
      />
      <Card>
        <div className="secret-box" style={{ marginBottom: 16 }}>
          <code data-testid="license-key">{l.key}</code>
          <CopyButton value={l.key} label="Copy key" />
        </div>
        <dl className="kv">
          <dt>Status</dt>
          <dd>
            <Badge>{l.status}</Badge>
          </dd>
          <dt>Product</dt>
          <dd>{product.data?.name ?? '…'}</dd>
          <dt>Policy</dt>
          <dd>{policy.data?.name ?? '…'}</dd>
          <dt>Customer</dt>
          <dd>{l.userEmail ? `${l.userName ? `${l.userName} · ` : ''}${l.userEmail}` : '—'}</dd>
          <dt>Expires</dt>
          <dd>{l.expiresAt ? formatDate(l.expiresAt, true) : 'Never'}</dd>
          <dt>Machines</dt>
          <dd>
            {l.machineCount} of {l.maxMachines ?? 'unlimited'}
          </dd>
          <dt>Uses</dt>
          <dd>
            {l.usesCount}
            {l.maxUses ? ` of ${l.maxUses}` : ''}
          </dd>
          <dt>Last validated</dt>
          <dd>{timeAgo(l.lastValidatedAt)}</dd>
          <dt>Created</dt>
          <dd>{formatDate(l.createdAt, true)}</dd>
        </dl>
      </Card>

      <Card title="Machines" body={false}>
        <ErrorBox error={machines.error} />
        {machines.data && machines.data.items.length === 0 ? (
          <EmptyState
            icon="▤"
            title="No machines activated"
            text="Your app activates a machine with this key: POST /api/v1/machines with Authorization: License <key>."
          />
        ) : null}
        {machines.data && machines.data.items.length > 0 ? (
          <DataTable
            rows={machines.data.items}
            columns={[
              {
                header: 'Machine',
                cell: (m) => (
                  <>
                    {m.name ?? m.hostname ?? 'Unnamed'}
                    <div className="muted small">{m.platform ?? ''}</div>
                  </>
                ),
              },
              {
                header: 'Fingerprint',
                td: 'mono',
                cell: (m) => <span className="truncate">{m.fingerprint}</span>,
              },
              { header: 'Heartbeat', cell: (m) => <HeartbeatBadge status={m.heartbeatStatus} /> },
              createdColumn('Activated', true),
              {
                header: null,
                td: 'num',
                cell: (m) =>
                  me.canWrite ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={deactivate.isPending}
                      onClick={() => deactivate.mutate({ id: m.id })}
                    >
                      Deactivate
                    </Button>
                  ) : null,
              },
            ]}
          />
        ) : null}
      </Card>

      <Card
        title="Entitlements"
        actions={
          me.canWrite && attachable.length > 0 ? (
            <>
              <select
                aria-label="Entitlement to attach"
                value={attachId}
                onChange={(e) => setAttachId(e.target.value)}
              >
                <option value="">Choose an entitlement…</option>
                {attachable.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({e.code})
                  </option>
                ))}
              </select>
              <Button
                size="sm"
                disabled={!attachId}
                busy={attach.isPending}
                onClick={() => attach.mutate({ id: l.id, data: { entitlementIds: [attachId] } })}
              >
                Attach
              </Button>
            </>
          ) : null
        }
      >
        {l.entitlements.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            No entitlements. Features granted by the policy or attached here show up in validation answers.
          </p>
        ) : (
          <div className="pills">
            {l.entitlements.map((code) => {
              const e = entitlementByCode.get(code);
              const fromPolicy = policy.data?.entitlements.includes(code);
              return (
                <span key={code} className="badge badge-blue plain">
                  <span className="mono">{code}</span>
                  {fromPolicy ? <span className="small"> · policy</span> : null}
                  {me.canWrite && e && !fromPolicy ? (
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      style={{ padding: '0 4px' }}
                      aria-label={`Detach ${code}`}
                      onClick={() => detach.mutate({ id: l.id, entitlementId: e.id })}
                    >
                      ✕
                    </button>
                  ) : null}
                </span>
              );
            })}
          </div>
        )}
      </Card>

      <Card title="Events" body={false}>
        {events.data && events.data.items.length === 0 ? <p className="coming-soon">No events yet.</p> : null}
        {events.data && events.data.items.length > 0 ? (
          <DataTable
            rows={events.data.items}
            columns={[
              { header: 'Event', td: 'mono', cell: (e) => e.type },
              { header: 'Actor', td: 'muted', cell: (e) => e.actor.type },
              { header: 'When', td: 'muted', cell: (e) => formatDate(e.createdAt, true) },
            ]}
          />
        ) : null}
      </Card>

      {pending ? (
        <ConfirmDialog
          title={`${ACTIONS[pending].label} this license?`}
          text={ACTIONS[pending].text}
          confirmLabel={`${ACTIONS[pending].label} license`}
          danger={ACTIONS[pending].danger}
          busy={busy}
          onConfirm={() => run(pending)}
          onClose={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}
