'use client';
// Machines: every activated machine of the environment, heartbeat state, and vendor deactivation.
import Link from 'next/link';
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, useTRPC } from '@/trpc/client.tsx';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorBox,
  formatDate,
  Loading,
  PageHeader,
  timeAgo,
  useToast,
} from '../../_components/ui.tsx';
import { useMe } from '../../_components/shell.tsx';

export default function MachinesPage() {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const machines = useQuery({
    ...trpc.machines.list.queryOptions({ limit: 25, ...(cursor ? { cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  const [deactivating, setDeactivating] = useState<{ id: string; label: string } | null>(null);
  const deactivate = useMutation(
    trpc.machines.deactivate.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.machines.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.licenses.pathKey() });
        toast.success('Machine deactivated; its seat is free');
        setDeactivating(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  return (
    <div className="stack">
      <PageHeader title="Machines" description="Devices activated on your licenses." />
      <Card body={false}>
        {machines.isLoading ? <Loading /> : null}
        <ErrorBox error={machines.error} />
        {machines.data && machines.data.items.length === 0 ? (
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
        ) : null}
        {machines.data && machines.data.items.length > 0 ? (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>Machine</th>
                    <th>Fingerprint</th>
                    <th>License</th>
                    <th>Heartbeat</th>
                    <th className="hide-sm">Activated</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {machines.data.items.map((m) => (
                    <tr key={m.id}>
                      <td>
                        {m.name ?? m.hostname ?? 'Unnamed'}
                        <div className="muted small">
                          {m.platform ?? ''} {m.cores ? `· ${m.cores} cores` : ''}
                        </div>
                      </td>
                      <td className="mono">
                        <span className="truncate">{m.fingerprint}</span>
                      </td>
                      <td>
                        <Link href={`/dashboard/licenses/${m.licenseId}`} className="mono small">
                          {m.licenseId.slice(0, 8)}…
                        </Link>
                      </td>
                      <td>
                        <Badge>{m.heartbeatStatus.toLowerCase()}</Badge>
                        {m.lastHeartbeatAt ? (
                          <div className="muted small">{timeAgo(m.lastHeartbeatAt)}</div>
                        ) : null}
                      </td>
                      <td className="hide-sm muted">{formatDate(m.createdAt, true)}</td>
                      <td className="num">
                        {me.canWrite ? (
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => setDeactivating({ id: m.id, label: m.name ?? m.fingerprint })}
                          >
                            Deactivate
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <span className="muted small">Page {cursors.length}</span>
              <div className="page-actions">
                <Button
                  size="sm"
                  disabled={cursors.length <= 1}
                  onClick={() => setCursors((c) => c.slice(0, -1))}
                >
                  ← Newer
                </Button>
                <Button
                  size="sm"
                  disabled={!machines.data.nextCursor}
                  onClick={() => setCursors((c) => [...c, machines.data?.nextCursor ?? undefined])}
                >
                  Older →
                </Button>
              </div>
            </div>
          </>
        ) : null}
      </Card>
      {deactivating ? (
        <ConfirmDialog
          title="Deactivate machine?"
          text={
            <>
              <strong>{deactivating.label}</strong> loses its seat; the app must activate again to use the
              license there.
            </>
          }
          confirmLabel="Deactivate"
          danger
          busy={deactivate.isPending}
          onConfirm={() => deactivate.mutate({ id: deactivating.id })}
          onClose={() => setDeactivating(null)}
        />
      ) : null}
    </div>
  );
}
