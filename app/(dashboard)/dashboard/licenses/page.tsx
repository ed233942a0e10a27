'use client';
// Licenses: search, status/product/policy filters and keyset pagination (no COUNT over the table), new license.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorBox,
  formatDate,
  Loading,
  PageHeader,
  timeAgo,
} from '../../_components/ui.tsx';
import { useMe } from '../../_components/shell.tsx';
import { LicenseForm } from './license-form.tsx';

const STATUSES = ['active', 'suspended', 'expired', 'revoked', 'banned'] as const;
type Status = (typeof STATUSES)[number];
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
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [creating, setCreating] = useState(false);
  const cursor = cursors[cursors.length - 1];

  useEffect(() => {
    const t = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);
  useEffect(() => setCursors([undefined]), [q, status, productId, policyId]);

  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const policies = useQuery(
    trpc.policies.list.queryOptions({ limit: 100, ...(productId ? { productId } : {}) }),
  );
  const licenses = useQuery({
    ...trpc.licenses.list.queryOptions({
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
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
  const newButton =
    me.canWrite && !noProducts ? (
      <Button variant="primary" onClick={() => setCreating(true)}>
        + New license
      </Button>
    ) : null;

  return (
    <div className="stack">
      <PageHeader
        title="Licenses"
        description="Every key you have issued, newest first."
        actions={newButton}
      />
      <Card body={false}>
        <div className="filters">
          <input
            type="search"
            aria-label="Search licenses"
            placeholder="Search name, email or paste a key…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <select
            aria-label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as Status | '')}
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select
            aria-label="Product"
            value={productId}
            onChange={(e) => {
              setProductId(e.target.value);
              setPolicyId('');
            }}
          >
            <option value="">All products</option>
            {products.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <select aria-label="Policy" value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
            <option value="">All policies</option>
            {policies.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {licenses.isLoading ? <Loading /> : null}
        <ErrorBox error={licenses.error} />
        {licenses.data && licenses.data.items.length === 0 ? (
          filtered ? (
            <EmptyState
              icon="○"
              title="No matching licenses"
              text="Try another search or clear the filters."
            />
          ) : noProducts ? (
            <EmptyState
              icon="▣"
              title="Create a product first"
              text="Licenses belong to a product and follow one of its policies."
              action={
                <Link className="btn btn-primary" href="/dashboard/products">
                  Go to products
                </Link>
              }
            />
          ) : (
            <EmptyState
              icon="◆"
              title="No licenses yet"
              text="Issue a license here, or from your backend with an API key (POST /api/v1/licenses)."
              action={newButton}
            />
          )
        ) : null}
        {licenses.data && licenses.data.items.length > 0 ? (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>Key</th>
                    <th>Status</th>
                    <th>Customer</th>
                    <th className="hide-sm">Product / policy</th>
                    <th className="num">Machines</th>
                    <th className="hide-sm">Expires</th>
                    <th className="hide-sm">Last validated</th>
                  </tr>
                </thead>
                <tbody>
                  {licenses.data.items.map((l) => (
                    <tr
                      key={l.id}
                      style={{ cursor: 'pointer' }}
                      onClick={() => router.push(`/dashboard/licenses/${l.id}`)}
                    >
                      <td>
                        <Link
                          href={`/dashboard/licenses/${l.id}`}
                          className="mono"
                          onClick={(e) => e.stopPropagation()}
                        >
                          {l.key}
                        </Link>
                        {l.name ? <div className="muted small">{l.name}</div> : null}
                      </td>
                      <td>
                        <Badge>{l.status}</Badge>
                      </td>
                      <td>
                        <span className="truncate">{l.userEmail ?? <span className="muted">—</span>}</span>
                      </td>
                      <td className="hide-sm">
                        {productName(l.productId)}
                        <div className="muted small">{policyName(l.policyId)}</div>
                      </td>
                      <td className="num">
                        {l.machineCount}
                        <span className="muted"> / {l.maxMachines ?? '∞'}</span>
                      </td>
                      <td className="hide-sm muted">{l.expiresAt ? formatDate(l.expiresAt) : 'Never'}</td>
                      <td className="hide-sm muted">{timeAgo(l.lastValidatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <span className="muted small">
                Page {cursors.length}
                {licenses.isFetching ? ' · loading…' : ''}
              </span>
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
                  disabled={!licenses.data.nextCursor}
                  onClick={() => setCursors((c) => [...c, licenses.data?.nextCursor ?? undefined])}
                >
                  Older →
                </Button>
              </div>
            </div>
          </>
        ) : null}
      </Card>
      {creating ? (
        <LicenseForm
          onClose={() => setCreating(false)}
          onCreated={(l) => router.push(`/dashboard/licenses/${l.id}`)}
        />
      ) : null}
    </div>
  );
}
