'use client';
// New-license dialog: product → policy, optional holder and limits; validated by the API's schema.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { LicenseView } from '@/server/domain/licenses/license-views.ts';
import { Field } from '../../_components/ui.tsx';
import { FormDialog, NameOptions, useFormFields } from '../../_components/forms.tsx';
import { useFeedback } from '../../_components/list.tsx';

export function LicenseForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (license: LicenseView) => void;
}) {
  const trpc = useTRPC();
  const feedback = useFeedback();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [productId, setProductId] = useState('');
  const chosenProduct = productId || products.data?.items[0]?.id || '';
  const policies = useQuery({
    ...trpc.policies.list.queryOptions({ limit: 100, productId: chosenProduct }),
    enabled: Boolean(chosenProduct),
  });
  const [policyId, setPolicyId] = useState('');
  const chosenPolicy = policies.data?.items.find((p) => p.id === policyId) ?? policies.data?.items[0];
  const { form, bind } = useFormFields({
    name: '',
    userEmail: '',
    userName: '',
    expiresAt: '',
    maxMachinesOverride: '',
  });
  const create = useMutation(
    trpc.licenses.create.mutationOptions(
      feedback({
        invalidate: [trpc.licenses.pathKey(), trpc.analytics.pathKey()],
        success: 'License created',
        then: onCreated,
        toastErrors: false,
      }),
    ),
  );
  const errors = fieldErrors(create.error);
  const submit = () =>
    create.mutate({
      productId: chosenProduct,
      policyId: chosenPolicy?.id ?? '',
      ...(form.name ? { name: form.name } : {}),
      ...(form.userEmail ? { userEmail: form.userEmail } : {}),
      ...(form.userName ? { userName: form.userName } : {}),
      ...(form.expiresAt ? { expiresAt: new Date(`${form.expiresAt}T23:59:59Z`).toISOString() } : {}),
      ...(form.maxMachinesOverride ? { maxMachinesOverride: Number(form.maxMachinesOverride) } : {}),
    });
  return (
    <FormDialog
      title="New license"
      onClose={onClose}
      onSubmit={submit}
      error={create.error}
      errors={errors}
      busy={create.isPending}
      submitDisabled={!chosenPolicy}
      submitLabel="Create license"
    >
      <div className="form-row">
        <Field label="Product" htmlFor="l-product" error={errors.productId}>
          <select
            id="l-product"
            value={chosenProduct}
            onChange={(e) => {
              setProductId(e.target.value);
              setPolicyId('');
            }}
          >
            <NameOptions items={products.data?.items} />
          </select>
        </Field>
        <Field
          label="Policy"
          htmlFor="l-policy"
          error={errors.policyId}
          help={
            policies.data?.items.length === 0
              ? 'This product has no policy yet — create one first.'
              : 'The rules this license follows.'
          }
        >
          <select id="l-policy" value={chosenPolicy?.id ?? ''} onChange={(e) => setPolicyId(e.target.value)}>
            <NameOptions items={policies.data?.items} />
          </select>
        </Field>
      </div>
      <Field label="Name" htmlFor="l-name" error={errors.name} help="Optional label, e.g. the order number.">
        <input id="l-name" type="text" {...bind('name')} />
      </Field>
      <div className="form-row">
        <Field
          label="Customer email"
          htmlFor="l-email"
          error={errors.userEmail}
          help="Lets the customer use the self-service portal."
        >
          <input id="l-email" type="email" {...bind('userEmail')} />
        </Field>
        <Field label="Customer name" htmlFor="l-uname" error={errors.userName}>
          <input id="l-uname" type="text" {...bind('userName')} />
        </Field>
      </div>
      <div className="form-row">
        <Field
          label="Expires on"
          htmlFor="l-expires"
          error={errors.expiresAt}
          help={
            chosenPolicy?.durationDays
              ? `Default: ${chosenPolicy.durationDays} days from today (policy).`
              : 'Default: never (perpetual policy).'
          }
        >
          <input id="l-expires" type="date" {...bind('expiresAt')} />
        </Field>
        <Field
          label="Max machines override"
          htmlFor="l-maxm"
          error={errors.maxMachinesOverride}
          help={
            chosenPolicy
              ? `Policy allows ${chosenPolicy.maxMachines ?? 'unlimited'}${chosenPolicy.overridable ? '' : ' (not overridable)'}.`
              : undefined
          }
        >
          <input id="l-maxm" type="number" min={1} {...bind('maxMachinesOverride')} />
        </Field>
      </div>
    </FormDialog>
  );
}
