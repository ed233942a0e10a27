'use client';
// Policies (license rules): list by product, create from a template, edit, delete.
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, useTRPC } from '@/trpc/client.tsx';
import type { PolicyView } from '@/server/domain/policies/policies.ts';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorBox,
  Loading,
  PageHeader,
  useToast,
} from '../../_components/ui.tsx';
import { useMe } from '../../_components/shell.tsx';
import { PolicyForm, TEMPLATES } from './policy-form.tsx';

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
  const toast = useToast();
  const queryClient = useQueryClient();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [productId, setProductId] = useState('');
  const policies = useQuery(
    trpc.policies.list.queryOptions({ limit: 100, ...(productId ? { productId } : {}) }),
  );
  const [editing, setEditing] = useState<PolicyView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PolicyView | null>(null);
  const remove = useMutation(
    trpc.policies.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.policies.pathKey() });
        toast.success('Policy deleted');
        setDeleting(null);
      },
      onError: (error) => {
        toast.error(errorMessage(error));
        setDeleting(null);
      },
    }),
  );
  const productList = products.data?.items ?? [];
  const productName = (id: string) => productList.find((p) => p.id === id)?.name ?? '—';
  const noProducts = products.data && productList.length === 0;
  const newButton =
    me.canWrite && !noProducts ? (
      <Button variant="primary" onClick={() => setEditing('new')}>
        + New policy
      </Button>
    ) : null;

  return (
    <div className="stack">
      <PageHeader
        title="Policies"
        description="Rules every license inherits: machine limits, duration, heartbeats, offline use."
        actions={
          <>
            <select
              aria-label="Filter by product"
              value={productId}
              onChange={(e) => setProductId(e.target.value)}
            >
              <option value="">All products</option>
              {productList.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {newButton}
          </>
        }
      />
      <Card body={false}>
        {policies.isLoading ? <Loading /> : null}
        <ErrorBox error={policies.error} />
        {noProducts ? (
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
        ) : policies.data && policies.data.items.length === 0 ? (
          <EmptyState
            icon="☰"
            title="No policies yet"
            text="A policy says how licenses behave — how many machines, for how long, online or offline. Start from a template such as “Desktop app” or “Trial”."
            action={newButton}
          />
        ) : null}
        {policies.data && policies.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Product</th>
                  <th className="hide-sm">Rules</th>
                  <th className="num">Licenses</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {policies.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
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
                    </td>
                    <td>{productName(p.productId)}</td>
                    <td className="hide-sm muted small">{summary(p)}</td>
                    <td className="num">{p.licensesCount}</td>
                    <td className="num">
                      {me.canWrite ? (
                        <>
                          <Button size="sm" variant="ghost" onClick={() => setEditing(p)}>
                            Edit
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setDeleting(p)}>
                            Delete
                          </Button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      {editing ? (
        <PolicyForm
          policy={editing === 'new' ? undefined : editing}
          products={productList}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete policy?"
          text={
            <>
              Delete <strong>{deleting.name}</strong>? A policy used by live licenses cannot be deleted.
            </>
          }
          confirmLabel="Delete policy"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
