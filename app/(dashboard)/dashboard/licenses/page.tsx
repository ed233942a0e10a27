'use client';
// Licenses: search, status/product/policy filters and keyset pagination (no COUNT over the table), new license.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import { Badge, EmptyState, formatDate, PageHeader, timeAgo } from '../../_components/ui.tsx';
import { FilterSelect, ListCard, NewButton, Subline, useCursorPages } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';
import { CreateProductFirst } from '../../_components/create-product-first.tsx';
import { LicenseForm } from './license-form.tsx';
import { LICENSE_STATUSES } from '@/server/domain/licenses/license-state.ts';

type Status = (typeof LICENSE_STATUSES)[number];
const PAGE_SIZE = 25;

export default function LicensesPage() {
  const trpc = useTRPC();
  const me = useMe();
  const router = useRouter();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [productId, setProductId] = useState('');
  const [policyId, setPolicyId] = useState('');
  const pages = useCursorPages();
  const { reset } = pages;
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const t = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);
  useEffect(() => reset(), [reset, q, status, productId, policyId]);

  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const policies = useQuery(
    trpc.policies.list.queryOptions({ limit: 100, ...(productId ? { productId } : {}) }),
  );
  const licenses = useQuery({
    ...trpc.licenses.list.queryOptions({
      limit: PAGE_SIZE,
      ...pages.input,
      ...(q ? { q } : {}),
      ...(status ? { status } : {}),
      ...(productId ? { productId } : {}),
      ...(policyId ? { policyId } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const productName = (id: string) => products.data?.items.find((p) => p.id === id)?.name ?? '—';
  const policyName = (id: string) => policies.data?.items.find((p) => p.id === id)?.name ?? '';
  const filtered = Boolean(q || status || productId || policyId);
  const noProducts = products.data?.items.length === 0;
  const newButton = (
    <NewButton show={me.canWrite && !noProducts} onClick={() => setCreating(true)}>
      + New license
    </NewButton>
  );

  return (
    <div className="stack">
      <PageHeader
        title="Licenses"
        description="Every key you have issued, newest first."
        actions={newButton}
      />
      <ListCard
        query={licenses}
        rows={licenses.data?.items}
        empty={
          filtered ? (
            <EmptyState
              icon="○"
              title="No matching licenses"
              text="Try another search or clear the filters."
            />
          ) : noProducts ? (
            <CreateProductFirst text="Licenses belong to a product and follow one of its policies." />
          ) : (
            <EmptyState
              icon="◆"
              title="No licenses yet"
              text="Issue a license here, or from your backend with an API key (POST /api/v1/licenses)."
              action={newButton}
            />
          )
        }
        filters={
          <>
            <input
              type="search"
              aria-label="Search licenses"
              placeholder="Search name, email or paste a key…"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <FilterSelect
              label="Status"
              value={status}
              onChange={(value) => setStatus(value as Status | '')}
              all="Any status"
              options={[...LICENSE_STATUSES]}
            />
            <FilterSelect
              label="Product"
              value={productId}
              onChange={(value) => {
                setProductId(value);
                setPolicyId('');
              }}
              all="All products"
              options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
            <FilterSelect
              label="Policy"
              value={policyId}
              onChange={setPolicyId}
              all="All policies"
              options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </>
        }
        pager={{ pages, nextCursor: licenses.data?.nextCursor, fetching: licenses.isFetching }}
        onRowClick={(l) => router.push(`/dashboard/licenses/${l.id}`)}
        columns={[
          {
            header: 'Key',
            cell: (l) => (
              <>
                <Link
                  href={`/dashboard/licenses/${l.id}`}
                  className="mono"
                  onClick={(e) => e.stopPropagation()}
                >
                  {l.key}
                </Link>
                <Subline>{l.name}</Subline>
              </>
            ),
          },
          { header: 'Status', cell: (l) => <Badge>{l.status}</Badge> },
          {
            header: 'Customer',
            cell: (l) => (
              <span className="truncate email" title={l.userEmail ?? undefined}>
                {l.userEmail ?? <span className="muted">—</span>}
              </span>
            ),
          },
          {
            header: 'Product / policy',
            th: 'hide-sm',
            td: 'hide-sm',
            cell: (l) => (
              <>
                {productName(l.productId)}
                <div className="muted small">{policyName(l.policyId)}</div>
              </>
            ),
          },
          {
            header: 'Machines',
            th: 'num',
            td: 'num',
            cell: (l) => (
              <>
                {l.machineCount}
                <span className="muted"> / {l.maxMachines ?? '∞'}</span>
              </>
            ),
          },
          {
            header: 'Expires',
            th: 'hide-sm',
            td: 'hide-sm muted',
            cell: (l) => (l.expiresAt ? formatDate(l.expiresAt) : 'Never'),
          },
          {
            header: 'Validated',
            th: 'hide-sm',
            td: 'hide-sm muted',
            cell: (l) => timeAgo(l.lastValidatedAt),
          },
        ]}
      />
      {creating ? (
        <LicenseForm
          onClose={() => setCreating(false)}
          onCreated={(l) => router.push(`/dashboard/licenses/${l.id}`)}
        />
      ) : null}
    </div>
  );
}
