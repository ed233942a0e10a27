'use client';
// Overview: license counts by status, machines, and activation/validation charts over 7/30/90 days.
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '@/trpc/client.tsx';
import { Card, ErrorBox, formatNumber, PageHeader } from '../_components/ui.tsx';
import { useMe } from '../_components/shell.tsx';
import { NameOptions } from '../_components/forms.tsx';

const RANGES = [7, 30, 90] as const;

function Stat({ label, value, hint }: { label: string; value: number | undefined; hint?: string }) {
  return (
    <div className="card stat" data-stat={label}>
      <div className="label">{label}</div>
      <div className="value">{value === undefined ? '–' : formatNumber(value)}</div>
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}

const shortDate = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

function GettingStarted() {
  const trpc = useTRPC();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 1 }));
  const policies = useQuery(trpc.policies.list.queryOptions({ limit: 1 }));
  const licenses = useQuery(trpc.licenses.list.queryOptions({ limit: 1 }));
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  if (!products.data || !policies.data || !licenses.data || !keys.data) return null;
  const steps = [
    {
      done: products.data.items.length > 0,
      href: '/dashboard/products',
      label: 'Create a product',
      text: 'The app or plugin you sell.',
    },
    {
      done: policies.data.items.length > 0,
      href: '/dashboard/policies',
      label: 'Add a policy',
      text: 'Pick a template: desktop app, CLI tool, SaaS or trial.',
    },
    {
      done: licenses.data.items.length > 0,
      href: '/dashboard/licenses',
      label: 'Issue a license',
      text: 'A key for your first customer.',
    },
    {
      done: keys.data.length > 0,
      href: '/dashboard/api-keys',
      label: 'Create an API key',
      text: 'So your backend can issue licenses automatically.',
    },
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <Card title="Get started">
      <ol className="grid grid-4" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((s, i) => (
          <li key={s.href} className="card stat">
            <div className="label">
              Step {i + 1} {s.done ? '✓' : ''}
            </div>
            <div style={{ fontWeight: 600, margin: '4px 0' }}>
              {s.done ? s.label : <Link href={s.href}>{s.label} →</Link>}
            </div>
            <div className="muted small">{s.text}</div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** A chart card; with no data in the range, a sentence instead of an empty 0–4 axis. */
function ChartCard({
  title,
  empty,
  emptyText,
  children,
}: {
  title: string;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  return (
    <Card title={title} body={false}>
      {empty ? (
        <div className="chart-box chart-empty">
          <p>
            <strong>No data yet</strong>
            <br />
            <span className="muted">{emptyText}</span>
          </p>
        </div>
      ) : (
        <div className="chart-box">{children}</div>
      )}
    </Card>
  );
}

export default function OverviewPage() {
  const trpc = useTRPC();
  const me = useMe();
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const [productId, setProductId] = useState('');
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const analytics = useQuery(trpc.analytics.get.queryOptions({ days, ...(productId ? { productId } : {}) }));
  const a = analytics.data;
  const activations =
    a?.activations.trend.map((t) => ({ date: shortDate(t.date), Activations: t.count })) ?? [];
  const validations =
    a?.validations.trend.map((t) => ({
      date: shortDate(t.date),
      Successful: t.successful,
      Failed: t.failed,
    })) ?? [];

  return (
    <div className="stack">
      <PageHeader
        title="Overview"
        description={`${me.environment === 'test' ? 'Test' : 'Live'} data for ${me.accounts.find((x) => x.id === me.accountId)?.name ?? 'this account'}`}
        actions={
          <>
            <select aria-label="Product" value={productId} onChange={(e) => setProductId(e.target.value)}>
              <option value="">All products</option>
              <NameOptions items={products.data?.items} />
            </select>
            <div className="range" role="group" aria-label="Range">
              {RANGES.map((r) => (
                <button key={r} type="button" aria-pressed={days === r} onClick={() => setDays(r)}>
                  {r} days
                </button>
              ))}
            </div>
          </>
        }
      />
      <ErrorBox error={analytics.error} />
      <GettingStarted />
      <div className="grid grid-4">
        <Stat label="Licenses" value={a?.licenses.total} hint="All statuses" />
        <Stat label="Active" value={a?.licenses.active} />
        <Stat label="Suspended" value={a?.licenses.suspended} />
        <Stat
          label="Expired"
          value={a?.licenses.expired}
          hint={
            a
              ? `${formatNumber(a.licenses.revoked)} revoked · ${formatNumber(a.licenses.banned)} banned`
              : undefined
          }
        />
      </div>
      <div className="grid grid-4">
        <Stat label="Machines" value={a?.machines.total} hint="Activated now" />
        <Stat label="Alive" value={a?.machines.active} />
        <Stat label="Dead" value={a?.machines.dead} hint="Heartbeat stopped" />
        <Stat
          label="Validations"
          value={a?.validations.total}
          hint={a ? `${formatNumber(a.validations.failed)} failed in ${days} days` : undefined}
        />
      </div>
      <div className="grid grid-2">
        <ChartCard
          title="Activations per day"
          empty={Boolean(a) && activations.every((d) => d.Activations === 0)}
          emptyText={`No machine was activated in the last ${days} days.`}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={activations}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={16} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
              <Tooltip />
              <Bar dataKey="Activations" fill="#6366f1" radius={[4, 4, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          title="Validations per day"
          empty={Boolean(a) && validations.every((d) => d.Successful + d.Failed === 0)}
          emptyText={`No license was validated in the last ${days} days.`}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={validations}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={16} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
              <Tooltip />
              <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="Successful" stackId="v" fill="#10b981" />
              <Bar dataKey="Failed" stackId="v" fill="#ef4444" radius={[4, 4, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
    </div>
  );
}
