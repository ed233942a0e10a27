'use client';
// Webhooks: endpoints (secret shown once), delivery log with status and response, redeliver, send a test event.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { WebhookView } from '@/server/domain/webhooks/webhooks.ts';
import { Badge, Button, Field, formatDate } from '../../_components/ui.tsx';
import { FormDialog, SecretDialog, useSave } from '../../_components/forms.tsx';
import {
  EditDeleteButtons,
  ListCard,
  RowButton,
  Subline,
  useEditDelete,
  useFeedback,
} from '../../_components/list.tsx';
import { EditableListPage } from '../../_components/editable-list-page.tsx';
import { useMe } from '../../_components/shell.tsx';

function EndpointForm({ endpoint, onClose }: { endpoint?: WebhookView; onClose: () => void }) {
  const trpc = useTRPC();
  const feedback = useFeedback();
  const types = useQuery(trpc.webhooks.eventTypes.queryOptions());
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [events, setEvents] = useState<string[]>(endpoint?.events ?? ['*']);
  const invalidate = [trpc.webhooks.pathKey()];
  const create = useMutation(
    trpc.webhooks.create.mutationOptions(
      feedback({ invalidate, success: 'Endpoint added', toastErrors: false }),
    ),
  );
  const update = useMutation(
    trpc.webhooks.update.mutationOptions(
      feedback({ invalidate, success: 'Endpoint saved', then: onClose, toastErrors: false }),
    ),
  );
  const { save, error, errors, busy } = useSave(endpoint, create, update);
  if (create.data) {
    return (
      <SecretDialog
        title="Signing secret"
        notice="Copy the signing secret now; it is not shown again (you can rotate it later)."
        secret={create.data.secret}
        copyLabel="Copy secret"
        onClose={onClose}
      >
        <p className="muted small">
          Verify the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) with this
          secret.
        </p>
      </SecretDialog>
    );
  }
  const all = events.includes('*');
  const toggle = (t: string) =>
    setEvents((list) =>
      list.includes(t) ? list.filter((x) => x !== t) : [...list.filter((x) => x !== '*'), t],
    );
  return (
    <FormDialog
      title={endpoint ? 'Edit endpoint' : 'Add endpoint'}
      onClose={onClose}
      wide
      onSubmit={() => save({ url, description: description || null, events: events.length ? events : ['*'] })}
      error={error}
      errors={errors}
      busy={busy}
      submitLabel={endpoint ? 'Save' : 'Add endpoint'}
    >
      <Field
        label="Endpoint URL"
        htmlFor="w-url"
        error={errors.url}
        help="An https URL of your server that accepts POST requests."
      >
        <input
          id="w-url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.com/webhooks/licentric"
          autoFocus
        />
      </Field>
      <Field label="Description" htmlFor="w-desc" error={errors.description}>
        <input id="w-desc" type="text" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="field">
        <span className="label">Events</span>
        <label className="check">
          <input type="checkbox" checked={all} onChange={() => setEvents(all ? [] : ['*'])} />
          <span>
            <strong>All events</strong>
            <span className="muted small">Including event types added in the future.</span>
          </span>
        </label>
        {!all ? (
          <div className="grid grid-3">
            {types.data?.map((t) => (
              <label key={t} className="small" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <input type="checkbox" checked={events.includes(t)} onChange={() => toggle(t)} />
                <span className="mono">{t}</span>
              </label>
            ))}
          </div>
        ) : null}
        {errors.events ? <span className="error">{errors.events}</span> : null}
      </div>
    </FormDialog>
  );
}

function Deliveries({ endpoint }: { endpoint: WebhookView }) {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const deliveries = useQuery({
    ...trpc.webhooks.deliveries.queryOptions({ id: endpoint.id, limit: 25 }),
    refetchInterval: 5000,
  });
  const [open, setOpen] = useState<string | null>(null);
  const invalidate = [trpc.webhooks.deliveries.queryKey({ id: endpoint.id, limit: 25 })];
  const redeliver = useMutation(
    trpc.webhooks.redeliver.mutationOptions(feedback({ invalidate, success: 'Queued for redelivery' })),
  );
  const sendTest = useMutation(
    trpc.webhooks.sendTest.mutationOptions(feedback({ invalidate, success: 'Test event sent' })),
  );
  return (
    <ListCard
      title={
        <h3>
          Deliveries · <span className="mono small">{endpoint.url}</span>
        </h3>
      }
      actions={
        me.canWrite ? (
          <Button size="sm" busy={sendTest.isPending} onClick={() => sendTest.mutate({ id: endpoint.id })}>
            Send test event
          </Button>
        ) : null
      }
      query={deliveries}
      rows={deliveries.data?.items}
      empty={<p className="coming-soon">No deliveries yet. Send a test event to check your endpoint.</p>}
      onRowClick={(d) => setOpen(open === d.id ? null : d.id)}
      columns={[
        {
          header: 'Event',
          td: 'mono',
          cell: (d) => (
            <>
              {d.eventType}
              {open === d.id ? (
                <div style={{ marginTop: 8 }}>
                  {d.attempts.map((a) => (
                    <div key={a.attempt} className="small muted">
                      #{a.attempt} · {a.statusCode ?? 'no response'} · {a.durationMs} ms{' '}
                      {a.error ? `· ${a.error}` : ''}
                      {a.responseBody ? <pre className="json">{a.responseBody}</pre> : null}
                    </div>
                  ))}
                </div>
              ) : null}
            </>
          ),
        },
        { header: 'Status', cell: (d) => <Badge>{d.status}</Badge> },
        {
          header: 'Response',
          td: 'mono',
          cell: (d) =>
            d.lastStatusCode ?? (d.lastError ? <span className="truncate">{d.lastError}</span> : '—'),
        },
        { header: 'Attempts', td: 'num', cell: (d) => d.attemptCount },
        { header: 'When', td: 'muted', cell: (d) => formatDate(d.createdAt, true) },
        {
          header: null,
          td: 'num',
          cell: (d) =>
            me.canWrite ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={(e) => {
                  e.stopPropagation();
                  redeliver.mutate({ id: endpoint.id, deliveryId: d.id });
                }}
              >
                Redeliver
              </Button>
            ) : null,
        },
      ]}
    />
  );
}

export default function WebhooksPage() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const list = useQuery(trpc.webhooks.list.queryOptions({ limit: 100 }));
  const [selected, setSelected] = useState<string | null>(null);
  const invalidate = [trpc.webhooks.pathKey()];
  const state = useEditDelete<WebhookView>(me.canWrite, { invalidate, deleted: 'Endpoint deleted' });
  const remove = useMutation(trpc.webhooks.delete.mutationOptions(state.deleteFeedback));
  const toggle = useMutation(
    trpc.webhooks.update.mutationOptions(
      feedback<WebhookView>({
        invalidate,
        success: (w) => (w.enabled ? 'Endpoint enabled' : 'Endpoint disabled'),
      }),
    ),
  );
  const endpoints = list.data?.items ?? [];
  const current = endpoints.find((e) => e.id === selected) ?? endpoints[0];
  return (
    <EditableListPage
      title="Webhooks"
      description="Signed HTTP callbacks for every event in this environment."
      newLabel="+ Add endpoint"
      state={state}
      query={list}
      empty={{
        icon: '⇄',
        title: 'No webhook endpoints',
        text: 'Add an endpoint to hear about activations, expiries and every other change as it happens. Deliveries are retried for a day.',
      }}
      onRowClick={(w) => setSelected(w.id)}
      columns={[
        {
          header: 'URL',
          cell: (w) => (
            <>
              <span className="mono truncate">{w.url}</span>
              <Subline>{w.description}</Subline>
            </>
          ),
        },
        {
          header: 'Events',
          td: 'small mono',
          cell: (w) => <span className="truncate">{w.events.join(', ')}</span>,
        },
        {
          header: 'Status',
          cell: (w) => (
            <>
              <Badge>{w.enabled ? 'enabled' : 'disabled'}</Badge>
              <Subline>{w.disabledReason}</Subline>
            </>
          ),
        },
        {
          header: null,
          td: 'num',
          stopRowClick: true,
          cell: (w) =>
            me.canWrite ? (
              <>
                <RowButton onClick={() => toggle.mutate({ id: w.id, data: { enabled: !w.enabled } })}>
                  {w.enabled ? 'Disable' : 'Enable'}
                </RowButton>
                <EditDeleteButtons onEdit={() => state.setEditing(w)} onDelete={() => state.setDeleting(w)} />
              </>
            ) : null,
        },
      ]}
      editor={(endpoint, onClose) => <EndpointForm endpoint={endpoint} onClose={onClose} />}
      confirmDelete={{
        mutation: remove,
        title: 'Delete endpoint?',
        text: (deleting) => (
          <>
            No more events go to <span className="mono">{deleting.url}</span>.
          </>
        ),
        confirmLabel: 'Delete endpoint',
      }}
    >
      {current ? <Deliveries endpoint={current} /> : null}
    </EditableListPage>
  );
}
