'use client';
// Policies (license rules): list by product, create from a template, edit, delete.
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { PolicyView } from '@/server/domain/policies/policies.ts';
import { Badge, EmptyState, PageHeader } from '../../_components/ui.tsx';
import {
  ConfirmTarget,
  useEditDelete,
  FilterSelect,
  ListCard,
  NewButton,
  useFeedback,
} from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';
import { PolicyForm, SeatMoveBadge, TEMPLATES } from './policy-form.tsx';

function summary(p: PolicyView): string {
  const parts = [
    p.maxMachines === null
      ? 'unlimited machines'
      : `${p.maxMachines} machine${p.maxMachines === 1 ? '' : 's'}`,
    p.durationDays === null ? 'perpetual' : `${p.durationDays} days`,
    p.floating ? 'floating' : 'node-locked',
  ];
  if (p.requireHeartbeat) parts.push(`heartbeat ${p.heartbeatIntervalMinutes} min`);
  parts.push(p.offlineAllowed ? `offline ${p.offlineMaxDays} d` : 'online only');
  return parts.join(' · ');
}

export default function PoliciesPage() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [productId, setProductId] = useState('');
  const policies = useQuery(
    trpc.policies.list.queryOptions({ limit: 100, ...(productId ? { productId } : {}) }),
  );
  const { editing, setEditing, deleting, setDeleting, actions } = useEditDelete<PolicyView>(me.canWrite);
  const remove = useMutation(
    trpc.policies.delete.mutationOptions(
      feedback({
        invalidate: [trpc.policies.pathKey()],
        success: 'Policy deleted',
        then: () => setDeleting(null),
        onError: () => setDeleting(null),
      }),
    ),
  );
  const productList = products.data?.items ?? [];
  const productName = (id: string) => productList.find((p) => p.id === id)?.name ?? '—';
  const noProducts = products.data && productList.length === 0;
  const newButton = (
    <NewButton show={me.canWrite && !noProducts} onClick={() => setEditing('new')}>
      + New policy
    </NewButton>
  );

  return (
    <div className="stack">
      <PageHeader
        title="Policies"
        description="Rules every license inherits: machine limits, duration, heartbeats, offline use."
        actions={
          <>
            <FilterSelect
              label="Filter by product"
              value={productId}
              onChange={setProductId}
              all="All products"
              options={productList.map((p) => ({ value: p.id, label: p.name }))}
            />
            {newButton}
          </>
        }
      />
      <ListCard
        query={policies}
        rows={policies.data?.items}
        notice={
          noProducts ? (
            <EmptyState
              icon="▣"
              title="Create a product first"
              text="Policies belong to a product."
              action={
                <Link className="btn btn-primary" href="/dashboard/products">
                  Go to products
                </Link>
              }
            />
          ) : null
        }
        empty={
          <EmptyState
            icon="☰"
            title="No policies yet"
            text="A policy says how licenses behave — how many machines, for how long, online or offline. Start from a template such as “Desktop app” or “Trial”."
            action={newButton}
          />
        }
        columns={[
          {
            header: 'Name',
            cell: (p) => (
              <>
                <strong>{p.name}</strong>{' '}
                <Badge tone="violet" plain>
                  {TEMPLATES.find((t) => t.id === p.template)?.title ?? p.template}
                </Badge>
                {p.isTrial ? (
                  <>
                    {' '}
                    <Badge tone="blue" plain>
                      trial
                    </Badge>
                  </>
                ) : null}
                <div>
                  <SeatMoveBadge rules={p} />
                </div>
              </>
            ),
          },
          { header: 'Product', cell: (p) => productName(p.productId) },
          { header: 'Rules', th: 'hide-sm', td: 'hide-sm muted small', cell: summary },
          { header: 'Licenses', th: 'num', td: 'num', cell: (p) => p.licensesCount },
          actions,
        ]}
      />
      {editing ? (
        <PolicyForm
          policy={editing === 'new' ? undefined : editing}
          products={productList}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmTarget
        target={deleting}
        mutation={remove}
        onClose={() => setDeleting(null)}
        title="Delete policy?"
        text={(deleting) => (
          <>
            Delete <strong>{deleting.name}</strong>? A policy used by live licenses cannot be deleted.
          </>
        )}
        confirmLabel="Delete policy"
      />
    </div>
  );
}
