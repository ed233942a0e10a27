'use client';
// Stripe integration of the current environment: the receiving URL, the signing secret and restricted key (admins;
// stored encrypted, never shown again), the "send a test event" check, behaviour settings, price → policy
// mappings, and the Stripe event log (what each event did, or why not) with replay.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { StripeEventView } from '@/server/domain/integrations/stripe/events.ts';
import type { PriceMappingView } from '@/server/domain/integrations/stripe/connection.ts';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  CopyButton,
  ErrorBox,
  Field,
  formatDate,
  Loading,
  PageHeader,
} from '../../_components/ui.tsx';
import { FormError, useFormFields } from '../../_components/forms.tsx';
import { DataTable, RowButton, Subline, useFeedback } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

const STATUS_TONE: Record<StripeEventView['status'], string> = {
  processed: 'green',
  ignored: 'gray',
  failed: 'red',
  processing: 'blue',
};

function Connection() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const connection = useQuery(trpc.stripe.connection.queryOptions());
  const { form, setForm, bind } = useFormFields({ webhookSecret: '', apiKey: '' });
  const [disconnecting, setDisconnecting] = useState(false);
  const invalidate = [trpc.stripe.pathKey()];
  const connect = useMutation(
    trpc.stripe.connect.mutationOptions(
      feedback({
        invalidate,
        success: 'Stripe connected',
        then: () => setForm({ webhookSecret: '', apiKey: '' }),
        toastErrors: false,
      }),
    ),
  );
  const test = useMutation(
    trpc.stripe.sendTest.mutationOptions(feedback({ invalidate, success: 'Test event sent' })),
  );
  const disconnect = useMutation(
    trpc.stripe.disconnect.mutationOptions(
      feedback({ invalidate, success: 'Stripe disconnected', then: () => setDisconnecting(false) }),
    ),
  );
  const errors = fieldErrors(connect.error);
  if (connection.isLoading) return <Loading />;
  if (connection.error) return <ErrorBox error={connection.error} />;
  const c = connection.data!;
  return (
    <Card
      title="Connection"
      actions={c.connected ? <Badge tone="green">Connected</Badge> : <Badge tone="gray">Not connected</Badge>}
    >
      <div className="form">
        <Field
          label="Receiving URL"
          htmlFor="stripe-url"
          help={`In Stripe (${me.environment === 'live' ? 'live' : 'test'} mode): Developers → Webhooks → Add destination, with this URL and the events listed in the docs.`}
        >
          <div className="secret-box">
            <code id="stripe-url" data-testid="stripe-webhook-url">
              {c.webhookUrl}
            </code>
            <CopyButton value={c.webhookUrl} label="Copy URL" />
          </div>
        </Field>
        {c.connected ? (
          <p className="muted small">
            Signing secret stored
            {c.hasApiKey ? `; API key …${c.apiKeyHint}` : '; no API key (one-off purchases need one)'}.
            Updated {formatDate(c.updatedAt, true)}.
            {c.rejectedCount > 0
              ? ` ${c.rejectedCount} deliveries refused for a bad signature (last ${formatDate(c.lastRejectedAt, true)}): check the secret.`
              : ''}
          </p>
        ) : null}
      </div>
      {me.canAdmin ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            connect.mutate({
              webhookSecret: form.webhookSecret,
              ...(form.apiKey ? { apiKey: form.apiKey } : {}),
            });
          }}
        >
          <FormError error={connect.error} errors={errors} />
          <div className="form-row">
            <Field
              label={c.connected ? 'New signing secret' : 'Signing secret'}
              htmlFor="stripe-secret"
              error={errors.webhookSecret}
              help="whsec_… from the webhook destination in Stripe. Stored encrypted; never shown again."
            >
              <input id="stripe-secret" type="password" autoComplete="off" {...bind('webhookSecret')} />
            </Field>
            <Field
              label="Restricted API key"
              htmlFor="stripe-key"
              error={errors.apiKey}
              help="rk_… with read access to Checkout Sessions, Subscriptions, Prices, Invoices and Charges. Optional; blank keeps the stored one."
            >
              <input id="stripe-key" type="password" autoComplete="off" {...bind('apiKey')} />
            </Field>
          </div>
          <div className="form-actions">
            {c.connected ? (
              <>
                <Button variant="danger" onClick={() => setDisconnecting(true)}>
                  Disconnect
                </Button>
                <Button onClick={() => test.mutate({})} busy={test.isPending}>
                  Send a test event
                </Button>
              </>
            ) : null}
            <Button type="submit" variant="primary" busy={connect.isPending}>
              {c.connected ? 'Replace secrets' : 'Connect Stripe'}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted small">Only owners and admins can connect Stripe.</p>
      )}
      {test.data ? (
        <div className="notice" data-testid="stripe-test-result">
          <div>
            Delivery: {test.data.delivery.ok ? '✓' : '✗'} {test.data.delivery.detail}
          </div>
          <div>
            API key: {test.data.apiKey.ok ? '✓' : '✗'} {test.data.apiKey.detail}
          </div>
        </div>
      ) : null}
      {disconnecting ? (
        <ConfirmDialog
          title="Disconnect Stripe?"
          confirmLabel="Disconnect"
          busy={disconnect.isPending}
          danger
          onClose={() => setDisconnecting(false)}
          onConfirm={() => disconnect.mutate({})}
          text="The secret and the API key are forgotten; Stripe's deliveries are refused until you connect again. Price mappings and the event log stay."
        />
      ) : null}
    </Card>
  );
}

function Behaviour() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const connection = useQuery(trpc.stripe.connection.queryOptions());
  const { form, setForm, bind } = useFormFields({
    paymentFailedGraceHours: '72',
    renewGraceDays: '3',
    onSubscriptionDeleted: 'expire',
    onRefundOrDispute: 'suspend',
  });
  useEffect(() => {
    const c = connection.data;
    if (c)
      setForm({
        paymentFailedGraceHours: String(c.paymentFailedGraceHours),
        renewGraceDays: String(c.renewGraceDays),
        onSubscriptionDeleted: c.onSubscriptionDeleted,
        onRefundOrDispute: c.onRefundOrDispute,
      });
  }, [connection.data, setForm]);
  const save = useMutation(
    trpc.stripe.updateSettings.mutationOptions(
      feedback({ invalidate: [trpc.stripe.pathKey()], success: 'Settings saved', toastErrors: false }),
    ),
  );
  const errors = fieldErrors(save.error);
  if (!connection.data?.connected) return null;
  const disabled = !me.canAdmin;
  return (
    <Card title="Behaviour">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            paymentFailedGraceHours: Number(form.paymentFailedGraceHours),
            renewGraceDays: Number(form.renewGraceDays),
            onSubscriptionDeleted: form.onSubscriptionDeleted === 'revoke' ? 'revoke' : 'expire',
            onRefundOrDispute: form.onRefundOrDispute === 'revoke' ? 'revoke' : 'suspend',
          });
        }}
      >
        <FormError error={save.error} errors={errors} />
        <div className="form-row">
          <Field
            label="Grace after a failed payment (hours)"
            htmlFor="stripe-grace"
            error={errors.paymentFailedGraceHours}
            help="The license is suspended when no invoice is paid within this time; 0 suspends at once."
          >
            <input
              id="stripe-grace"
              type="number"
              min={0}
              {...bind('paymentFailedGraceHours')}
              disabled={disabled}
            />
          </Field>
          <Field
            label="Renewal grace (days)"
            htmlFor="stripe-renew"
            error={errors.renewGraceDays}
            help="Added to the paid period's end, so a late renewal does not interrupt the customer."
          >
            <input id="stripe-renew" type="number" min={0} {...bind('renewGraceDays')} disabled={disabled} />
          </Field>
        </div>
        <div className="form-row">
          <Field label="When a subscription is deleted" htmlFor="stripe-deleted">
            <select id="stripe-deleted" {...bind('onSubscriptionDeleted')} disabled={disabled}>
              <option value="expire">Expire the license</option>
              <option value="revoke">Revoke the license</option>
            </select>
          </Field>
          <Field label="On a full refund or a dispute" htmlFor="stripe-refund">
            <select id="stripe-refund" {...bind('onRefundOrDispute')} disabled={disabled}>
              <option value="suspend">Suspend the license</option>
              <option value="revoke">Revoke the license</option>
            </select>
          </Field>
        </div>
        {me.canAdmin ? (
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={save.isPending}>
              Save behaviour
            </Button>
          </div>
        ) : null}
      </form>
    </Card>
  );
}

function Prices() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const prices = useQuery(trpc.stripe.prices.queryOptions());
  const policies = useQuery(trpc.policies.list.queryOptions({}));
  const { form, setForm, bind } = useFormFields({ priceId: '', policyId: '', entitlementCodes: '' });
  const [removing, setRemoving] = useState<PriceMappingView | null>(null);
  const invalidate = [trpc.stripe.prices.queryKey()];
  const map = useMutation(
    trpc.stripe.mapPrice.mutationOptions(
      feedback({
        invalidate,
        success: (m) => `${m.priceId} → ${m.policyName}`,
        then: () => setForm({ priceId: '', policyId: '', entitlementCodes: '' }),
        toastErrors: false,
      }),
    ),
  );
  const unmap = useMutation(
    trpc.stripe.unmapPrice.mutationOptions(
      feedback({ invalidate, success: 'Mapping removed', then: () => setRemoving(null) }),
    ),
  );
  const errors = fieldErrors(map.error);
  return (
    <Card title="Prices → policies">
      <p className="muted small">
        A purchase of a mapped price creates a license on its policy (with the extra entitlements). Purchases
        of other prices are recorded in the event log and ignored.
      </p>
      {prices.data?.length ? (
        <DataTable
          rows={prices.data}
          columns={[
            { header: 'Stripe price', cell: (m) => <code>{m.priceId}</code> },
            {
              header: 'Policy',
              cell: (m) => (
                <>
                  <strong>{m.policyName}</strong>
                  <Subline>{m.productName}</Subline>
                </>
              ),
            },
            { header: 'Extra entitlements', cell: (m) => m.entitlementCodes.join(', ') || '—' },
            {
              header: '',
              td: 'actions',
              cell: (m) =>
                me.canAdmin ? <RowButton onClick={() => setRemoving(m)}>Remove</RowButton> : null,
            },
          ]}
        />
      ) : (
        <p className="muted">No prices mapped yet.</p>
      )}
      {me.canAdmin ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            map.mutate({
              priceId: form.priceId,
              policyId: form.policyId,
              entitlementCodes: form.entitlementCodes
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            });
          }}
        >
          <FormError error={map.error} errors={errors} />
          <div className="form-row">
            <Field label="Stripe price id" htmlFor="stripe-price" error={errors.priceId}>
              <input id="stripe-price" type="text" placeholder="price_…" {...bind('priceId')} />
            </Field>
            <Field label="Policy" htmlFor="stripe-policy" error={errors.policyId}>
              <select id="stripe-policy" {...bind('policyId')}>
                <option value="">Choose a policy…</option>
                {policies.data?.items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="Extra entitlement codes"
              htmlFor="stripe-codes"
              error={errors.entitlementCodes}
              help="Optional, comma-separated."
            >
              <input id="stripe-codes" type="text" {...bind('entitlementCodes')} />
            </Field>
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={map.isPending}>
              Map price
            </Button>
          </div>
        </form>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove the mapping of ${removing.priceId}?`}
          confirmLabel="Remove"
          busy={unmap.isPending}
          danger
          onClose={() => setRemoving(null)}
          onConfirm={() => unmap.mutate({ id: removing.id })}
          text="New purchases of this price will be recorded and ignored. Existing licenses stay as they are."
        />
      ) : null}
    </Card>
  );
}

function EventLog() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const events = useQuery(trpc.stripe.events.queryOptions({ limit: 50 }));
  const replay = useMutation(
    trpc.stripe.replay.mutationOptions(
      feedback({ invalidate: [trpc.stripe.events.pathKey()], success: (e) => `Replayed: ${e.outcome}` }),
    ),
  );
  return (
    <Card title="Stripe events">
      {events.isLoading ? <Loading /> : null}
      {events.error ? <ErrorBox error={events.error} /> : null}
      {events.data?.length === 0 ? <p className="muted">No events received yet.</p> : null}
      {events.data?.length ? (
        <DataTable
          rows={events.data}
          columns={[
            { header: 'Received', td: 'muted', cell: (e) => formatDate(e.receivedAt, true) },
            {
              header: 'Event',
              cell: (e) => (
                <>
                  <code>{e.type}</code>
                  <Subline>{e.stripeEventId}</Subline>
                </>
              ),
            },
            { header: 'Result', cell: (e) => <Badge tone={STATUS_TONE[e.status]}>{e.status}</Badge> },
            {
              header: 'What it did',
              cell: (e) => (
                <>
                  {e.outcome}
                  {e.licenseId ? (
                    <Subline>
                      <a href={`/dashboard/licenses/${e.licenseId}`}>Open the license</a>
                    </Subline>
                  ) : null}
                </>
              ),
            },
            {
              header: '',
              td: 'actions',
              cell: (e) =>
                me.canAdmin ? (
                  <RowButton onClick={() => replay.mutate({ id: e.id })}>Replay</RowButton>
                ) : null,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

export default function StripePage() {
  return (
    <>
      <PageHeader
        title="Stripe"
        description="Sell with Stripe: a completed checkout creates the license, and payments keep it in step. See docs/stripe.md."
      />
      <Connection />
      <Behaviour />
      <Prices />
      <EventLog />
    </>
  );
}
