'use client';
// Machines: every activated machine of the environment, heartbeat state, and vendor deactivation.
import Link from 'next/link';
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import { EmptyState, HeartbeatBadge, PageHeader, timeAgo } from '../../_components/ui.tsx';
import {
  ConfirmTarget,
  createdColumn,
  ListCard,
  RowButton,
  useCursorPages,
  useFeedback,
} from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

export default function MachinesPage() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const pages = useCursorPages();
  const machines = useQuery({
    ...trpc.machines.list.queryOptions({ limit: 25, ...pages.input }),
    placeholderData: keepPreviousData,
  });
  const [deactivating, setDeactivating] = useState<{ id: string; label: string } | null>(null);
  const deactivate = useMutation(
    trpc.machines.deactivate.mutationOptions(
      feedback({
        invalidate: [trpc.machines.pathKey(), trpc.licenses.pathKey()],
        success: 'Machine deactivated; its seat is free',
        then: () => setDeactivating(null),
      }),
    ),
  );
  return (
    <div className="stack">
      <PageHeader title="Machines" description="Devices activated on your licenses." />
      <ListCard
        query={machines}
        rows={machines.data?.items}
        empty={
          <EmptyState
            icon="▤"
            title="No machines yet"
            text={
              <>
                Machines appear when your app activates a license:{' '}
                <span className="mono">POST /api/v1/machines</span> with{' '}
                <span className="mono">Authorization: License &lt;key&gt;</span> and a fingerprint.
              </>
            }
          />
        }
        pager={{ pages, nextCursor: machines.data?.nextCursor }}
        columns={[
          {
            header: 'Machine',
            cell: (m) => (
              <>
                {m.name ?? m.hostname ?? 'Unnamed'}
                <div className="muted small">
                  {m.platform ?? ''} {m.cores ? `· ${m.cores} cores` : ''}
                </div>
              </>
            ),
          },
          {
            header: 'Fingerprint',
            td: 'mono',
            cell: (m) => <span className="truncate">{m.fingerprint}</span>,
          },
          {
            header: 'License',
            cell: (m) => (
              <Link href={`/dashboard/licenses/${m.licenseId}`} className="mono small">
                {m.licenseId.slice(0, 8)}…
              </Link>
            ),
          },
          {
            header: 'Heartbeat',
            cell: (m) => (
              <>
                <HeartbeatBadge status={m.heartbeatStatus} />
                {m.lastHeartbeatAt ? <div className="muted small">{timeAgo(m.lastHeartbeatAt)}</div> : null}
              </>
            ),
          },
          createdColumn('Activated', true),
          {
            header: null,
            td: 'num',
            cell: (m) =>
              me.canWrite ? (
                <RowButton onClick={() => setDeactivating({ id: m.id, label: m.name ?? m.fingerprint })}>
                  Deactivate
                </RowButton>
              ) : null,
          },
        ]}
      />
      <ConfirmTarget
        target={deactivating}
        mutation={deactivate}
        onClose={() => setDeactivating(null)}
        title="Deactivate machine?"
        text={(deactivating) => (
          <>
            <strong>{deactivating.label}</strong> loses its seat; the app must activate again to use the
            license there.
          </>
        )}
        confirmLabel="Deactivate"
      />
    </div>
  );
}
