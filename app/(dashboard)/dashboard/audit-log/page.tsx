'use client';
// Audit log: the environment's events (every change, who made it, the resource after it), filterable.
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import { Badge, EmptyState, formatDate, PageHeader } from '../../_components/ui.tsx';
import { FilterSelect, ListCard, RowButton, useCursorPages } from '../../_components/list.tsx';

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
  const pages = useCursorPages();
  const [open, setOpen] = useState<string | null>(null);
  const events = useQuery({
    ...trpc.audit.list.queryOptions({
      limit: 50,
      ...pages.input,
      ...(type ? { type } : {}),
      ...(resourceType ? { resourceType } : {}),
      ...(resourceId.trim() ? { resourceId: resourceId.trim() } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    pages.reset();
  };
  const groups = [...new Set((types.data ?? []).map((t) => t.split('.')[0] ?? ''))];
  return (
    <div className="stack">
      <PageHeader
        title="Audit log"
        description="Every change in this environment, with who made it. Append-only."
      />
      <ListCard
        query={events}
        rows={events.data?.items}
        empty={
          <EmptyState icon="≣" title="No events" text="Changes you or your API keys make appear here." />
        }
        filters={
          <>
            <FilterSelect
              label="Event type"
              value={type}
              onChange={filter(setType)}
              all="All events"
              options={[...groups.map((g) => `${g}.*`), ...(types.data ?? [])]}
            />
            <FilterSelect
              label="Resource type"
              value={resourceType}
              onChange={filter(setResourceType)}
              all="All resources"
              options={RESOURCE_TYPES}
            />
            <input
              type="search"
              aria-label="Resource id"
              placeholder="Resource id"
              value={resourceId}
              onChange={(e) => filter(setResourceId)(e.target.value)}
            />
          </>
        }
        pager={{ pages, nextCursor: events.data?.nextCursor }}
        expanded={(e) =>
          open === e.id ? <pre className="json">{JSON.stringify(e.data, null, 2)}</pre> : null
        }
        columns={[
          { header: 'Event', td: 'mono', cell: (e) => e.type },
          {
            header: 'Resource',
            cell: (e) => (
              <>
                <span className="muted small">{e.resourceType}</span>{' '}
                <span className="mono small">{e.resourceId.slice(0, 8)}…</span>
              </>
            ),
          },
          {
            header: 'Actor',
            cell: (e) => (
              <Badge
                plain
                tone={e.actor.type === 'user' ? 'violet' : e.actor.type === 'api_key' ? 'blue' : 'gray'}
              >
                {e.actor.type}
              </Badge>
            ),
          },
          { header: 'When', td: 'muted', cell: (e) => formatDate(e.createdAt, true) },
          {
            header: null,
            td: 'num',
            cell: (e) => (
              <RowButton onClick={() => setOpen(open === e.id ? null : e.id)}>
                {open === e.id ? 'Hide' : 'Data'}
              </RowButton>
            ),
          },
        ]}
      />
    </div>
  );
}
