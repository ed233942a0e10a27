'use client';
// Audit log: the environment's events (every change, who made it, the resource after it), filterable.
import { Fragment, useState } from 'react';
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
} from '../../_components/ui.tsx';

const RESOURCE_TYPES = [
  'license',
  'machine',
  'product',
  'policy',
  'entitlement',
  'webhook_endpoint',
  'signing_key',
];

export default function AuditLogPage() {
  const trpc = useTRPC();
  const types = useQuery(trpc.audit.eventTypes.queryOptions());
  const [type, setType] = useState('');
  const [resourceType, setResourceType] = useState('');
  const [resourceId, setResourceId] = useState('');
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [open, setOpen] = useState<string | null>(null);
  const cursor = cursors[cursors.length - 1];
  const events = useQuery({
    ...trpc.audit.list.queryOptions({
      limit: 50,
      ...(cursor ? { cursor } : {}),
      ...(type ? { type } : {}),
      ...(resourceType ? { resourceType } : {}),
      ...(resourceId.trim() ? { resourceId: resourceId.trim() } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const reset = () => setCursors([undefined]);
  const groups = [...new Set((types.data ?? []).map((t) => t.split('.')[0] ?? ''))];
  return (
    <div className="stack">
      <PageHeader
        title="Audit log"
        description="Every change in this environment, with who made it. Append-only."
      />
      <Card body={false}>
        <div className="filters">
          <select
            aria-label="Event type"
            value={type}
            onChange={(e) => {
              setType(e.target.value);
              reset();
            }}
          >
            <option value="">All events</option>
            {groups.map((g) => (
              <option key={g} value={`${g}.*`}>
                {g}.*
              </option>
            ))}
            {types.data?.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <select
            aria-label="Resource type"
            value={resourceType}
            onChange={(e) => {
              setResourceType(e.target.value);
              reset();
            }}
          >
            <option value="">All resources</option>
            {RESOURCE_TYPES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <input
            type="search"
            aria-label="Resource id"
            placeholder="Resource id"
            value={resourceId}
            onChange={(e) => {
              setResourceId(e.target.value);
              reset();
            }}
          />
        </div>
        {events.isLoading ? <Loading /> : null}
        <ErrorBox error={events.error} />
        {events.data && events.data.items.length === 0 ? (
          <EmptyState icon="≣" title="No events" text="Changes you or your API keys make appear here." />
        ) : null}
        {events.data && events.data.items.length > 0 ? (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>Event</th>
                    <th>Resource</th>
                    <th>Actor</th>
                    <th>When</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {events.data.items.map((e) => (
                    <Fragment key={e.id}>
                      <tr>
                        <td className="mono">{e.type}</td>
                        <td>
                          <span className="muted small">{e.resourceType}</span>{' '}
                          <span className="mono small">{e.resourceId.slice(0, 8)}…</span>
                        </td>
                        <td>
                          <Badge
                            plain
                            tone={
                              e.actor.type === 'user'
                                ? 'violet'
                                : e.actor.type === 'api_key'
                                  ? 'blue'
                                  : 'gray'
                            }
                          >
                            {e.actor.type}
                          </Badge>
                        </td>
                        <td className="muted">{formatDate(e.createdAt, true)}</td>
                        <td className="num">
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => setOpen(open === e.id ? null : e.id)}
                          >
                            {open === e.id ? 'Hide' : 'Data'}
                          </Button>
                        </td>
                      </tr>
                      {open === e.id ? (
                        <tr>
                          <td colSpan={5}>
                            <pre className="json">{JSON.stringify(e.data, null, 2)}</pre>
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
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
                  disabled={!events.data.nextCursor}
                  onClick={() => setCursors((c) => [...c, events.data?.nextCursor ?? undefined])}
                >
                  Older →
                </Button>
              </div>
            </div>
          </>
        ) : null}
      </Card>
    </div>
  );
}
