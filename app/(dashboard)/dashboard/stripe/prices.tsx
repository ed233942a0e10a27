'use client';
// Stripe page, the price mappings: which Stripe price sells a license on which policy, with extra entitlements.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { PriceMappingView } from '@/server/domain/integrations/stripe/connection.ts';
import { Button, Card, ConfirmDialog, Field } from '../../_components/ui.tsx';
import { FormError, NameOptions, useFormFields } from '../../_components/forms.tsx';
import { DataTable, RowButton, Subline, useFeedback } from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

export function Prices() {
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
                <NameOptions items={policies.data?.items} />
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
