'use client';
// Webhooks: endpoints (secret shown once), delivery log with status and response, redeliver, send a test event.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { WebhookView } from '@/server/domain/webhooks/webhooks.ts';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  CopyButton,
  Dialog,
  EmptyState,
  ErrorBox,
  Field,
  formatDate,
  Loading,
  PageHeader,
  useToast,
} from '../../_components/ui.tsx';
import { useMe } from '../../_components/shell.tsx';

function EndpointForm({ endpoint, onClose }: { endpoint?: WebhookView; onClose: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const types = useQuery(trpc.webhooks.eventTypes.queryOptions());
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [events, setEvents] = useState<string[]>(endpoint?.events ?? ['*']);
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: () => {
        invalidate();
        toast.success('Endpoint added');
      },
    }),
  );
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: () => {
        invalidate();
        toast.success('Endpoint saved');
        onClose();
      },
    }),
  );
  const mutation = endpoint ? update : create;
  const errors = fieldErrors(mutation.error, endpoint ? 'data' : undefined);
  if (create.data) {
    return (
      <Dialog title="Signing secret" onClose={onClose}>
        <div className="form">
          <div className="notice">
            Copy the signing secret now; it is not shown again (you can rotate it later).
          </div>
          <div className="secret-box">
            <code>{create.data.secret}</code>
            <CopyButton value={create.data.secret} label="Copy secret" />
          </div>
          <p className="muted small">
            Verify the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) with this
            secret.
          </p>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      </Dialog>
    );
  }
  const all = events.includes('*');
  const toggle = (t: string) =>
    setEvents((list) =>
      list.includes(t) ? list.filter((x) => x !== t) : [...list.filter((x) => x !== '*'), t],
    );
  return (
    <Dialog title={endpoint ? 'Edit endpoint' : 'Add endpoint'} onClose={onClose} wide>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const data = { url, description: description || null, events: events.length ? events : ['*'] };
          if (endpoint) update.mutate({ id: endpoint.id, data });
          else create.mutate(data);
        }}
      >
        {mutation.error && Object.keys(errors).length === 0 ? <ErrorBox error={mutation.error} /> : null}
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
          <input
            id="w-desc"
            type="text"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
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
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {endpoint ? 'Save' : 'Add endpoint'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function Deliveries({ endpoint }: { endpoint: WebhookView }) {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    ...trpc.webhooks.deliveries.queryOptions({ id: endpoint.id, limit: 25 }),
    refetchInterval: 5000,
  });
  const [open, setOpen] = useState<string | null>(null);
  const invalidate = () =>
    void queryClient.invalidateQueries({
      queryKey: trpc.webhooks.deliveries.queryKey({ id: endpoint.id, limit: 25 }),
    });
  const redeliver = useMutation(
    trpc.webhooks.redeliver.mutationOptions({
      onSuccess: () => {
        invalidate();
        toast.success('Queued for redelivery');
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const sendTest = useMutation(
    trpc.webhooks.sendTest.mutationOptions({
      onSuccess: () => {
        invalidate();
        toast.success('Test event sent');
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  return (
    <Card
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
      body={false}
    >
      {deliveries.isLoading ? <Loading /> : null}
      <ErrorBox error={deliveries.error} />
      {deliveries.data && deliveries.data.items.length === 0 ? (
        <p className="coming-soon">No deliveries yet. Send a test event to check your endpoint.</p>
      ) : null}
      {deliveries.data && deliveries.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Event</th>
                <th>Status</th>
                <th>Response</th>
                <th>Attempts</th>
                <th>When</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr
                  key={d.id}
                  onClick={() => setOpen(open === d.id ? null : d.id)}
                  style={{ cursor: 'pointer' }}
                >
                  <td className="mono">
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
                  </td>
                  <td>
                    <Badge>{d.status}</Badge>
                  </td>
                  <td className="mono">
                    {d.lastStatusCode ??
                      (d.lastError ? <span className="truncate">{d.lastError}</span> : '—')}
                  </td>
                  <td className="num">{d.attemptCount}</td>
                  <td className="muted">{formatDate(d.createdAt, true)}</td>
                  <td className="num">
                    {me.canWrite ? (
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
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}

export default function WebhooksPage() {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.webhooks.list.queryOptions({ limit: 100 }));
  const [editing, setEditing] = useState<WebhookView | 'new' | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhookView | null>(null);
  const invalidate = () => void queryClient.invalidateQueries({ queryKey: trpc.webhooks.pathKey() });
  const remove = useMutation(
    trpc.webhooks.delete.mutationOptions({
      onSuccess: () => {
        invalidate();
        toast.success('Endpoint deleted');
        setDeleting(null);
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const toggle = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: (w) => {
        invalidate();
        toast.success(w.enabled ? 'Endpoint enabled' : 'Endpoint disabled');
      },
      onError: (e) => toast.error(errorMessage(e)),
    }),
  );
  const endpoints = list.data?.items ?? [];
  const current = endpoints.find((e) => e.id === selected) ?? endpoints[0];
  const newButton = me.canWrite ? (
    <Button variant="primary" onClick={() => setEditing('new')}>
      + Add endpoint
    </Button>
  ) : null;
  return (
    <div className="stack">
      <PageHeader
        title="Webhooks"
        description="Signed HTTP callbacks for every event in this environment."
        actions={newButton}
      />
      <Card body={false}>
        {list.isLoading ? <Loading /> : null}
        <ErrorBox error={list.error} />
        {list.data && endpoints.length === 0 ? (
          <EmptyState
            icon="⇄"
            title="No webhook endpoints"
            text="Add an endpoint to hear about activations, expiries and every other change as it happens. Deliveries are retried for a day."
            action={newButton}
          />
        ) : null}
        {endpoints.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>URL</th>
                  <th>Events</th>
                  <th>Status</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {endpoints.map((w) => (
                  <tr key={w.id} onClick={() => setSelected(w.id)} style={{ cursor: 'pointer' }}>
                    <td>
                      <span className="mono truncate">{w.url}</span>
                      {w.description ? <div className="muted small">{w.description}</div> : null}
                    </td>
                    <td className="small mono">
                      <span className="truncate">{w.events.join(', ')}</span>
                    </td>
                    <td>
                      <Badge>{w.enabled ? 'enabled' : 'disabled'}</Badge>
                      {w.disabledReason ? <div className="muted small">{w.disabledReason}</div> : null}
                    </td>
                    <td className="num" onClick={(e) => e.stopPropagation()}>
                      {me.canWrite ? (
                        <>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => toggle.mutate({ id: w.id, data: { enabled: !w.enabled } })}
                          >
                            {w.enabled ? 'Disable' : 'Enable'}
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setEditing(w)}>
                            Edit
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setDeleting(w)}>
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
      {current ? <Deliveries endpoint={current} /> : null}
      {editing ? (
        <EndpointForm endpoint={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete endpoint?"
          text={
            <>
              No more events go to <span className="mono">{deleting.url}</span>.
            </>
          }
          confirmLabel="Delete endpoint"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
