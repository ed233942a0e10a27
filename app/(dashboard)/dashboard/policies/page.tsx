'use client';
// Policies (license rules): list by product, create from a template, edit, delete.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { PolicyView } from '@/server/domain/policies/policies.ts';
import { Badge } from '../../_components/ui.tsx';
import { FilterSelect, useEditDelete } from '../../_components/list.tsx';
import { EditableListPage } from '../../_components/editable-list-page.tsx';
import { CreateProductFirst } from '../../_components/create-product-first.tsx';
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
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [productId, setProductId] = useState('');
  const policies = useQuery(
    trpc.policies.list.queryOptions({ limit: 100, ...(productId ? { productId } : {}) }),
  );
  const state = useEditDelete<PolicyView>(me.canWrite, {
    invalidate: [trpc.policies.pathKey()],
    deleted: 'Policy deleted',
    closeOnError: true,
  });
  const remove = useMutation(trpc.policies.delete.mutationOptions(state.deleteFeedback));
  const productList = products.data?.items ?? [];
  const productName = (id: string) => productList.find((p) => p.id === id)?.name ?? '—';
  const noProducts = products.data && productList.length === 0;

  return (
    <EditableListPage
      title="Policies"
      description="Rules every license inherits: machine limits, duration, heartbeats, offline use."
      filters={
        <FilterSelect
          label="Filter by product"
          value={productId}
          onChange={setProductId}
          all="All products"
          options={productList.map((p) => ({ value: p.id, label: p.name }))}
        />
      }
      newLabel="+ New policy"
      canCreate={!noProducts}
      state={state}
      query={policies}
      notice={noProducts ? <CreateProductFirst text="Policies belong to a product." /> : null}
      empty={{
        icon: '☰',
        title: 'No policies yet',
        text: 'A policy says how licenses behave — how many machines, for how long, online or offline. Start from a template such as “Desktop app” or “Trial”.',
      }}
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
        state.actions,
      ]}
      editor={(policy, onClose) => <PolicyForm policy={policy} products={productList} onClose={onClose} />}
      confirmDelete={{
        mutation: remove,
        title: 'Delete policy?',
        text: (deleting) => (
          <>
            Delete <strong>{deleting.name}</strong>? A policy used by live licenses cannot be deleted.
          </>
        ),
        confirmLabel: 'Delete policy',
      }}
    />
  );
}
