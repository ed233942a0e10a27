'use client';
// Stripe page, the connection cards: the receiving URL, the signing secret and restricted key (admins; stored
// encrypted, never shown again), the "send a test event" check, and the behaviour settings.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
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
} from '../../_components/ui.tsx';
import { FormError, useFormFields } from '../../_components/forms.tsx';
import { useFeedback } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

export function Connection() {
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

export function Behaviour() {
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
