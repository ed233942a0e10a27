'use client';
// New-license dialog: product → policy, optional holder and limits; validated by the API's schema.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { LicenseView } from '@/server/domain/licenses/licenses.ts';
import { Button, Dialog, ErrorBox, Field, useToast } from '../../_components/ui.tsx';

export function LicenseForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (license: LicenseView) => void;
}) {
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [productId, setProductId] = useState('');
  const chosenProduct = productId || products.data?.items[0]?.id || '';
  const policies = useQuery({
    ...trpc.policies.list.queryOptions({ limit: 100, productId: chosenProduct }),
    enabled: Boolean(chosenProduct),
  });
  const [policyId, setPolicyId] = useState('');
  const chosenPolicy = policies.data?.items.find((p) => p.id === policyId) ?? policies.data?.items[0];
  const [form, setForm] = useState({
    name: '',
    userEmail: '',
    userName: '',
    expiresAt: '',
    maxMachinesOverride: '',
  });
  const create = useMutation(
    trpc.licenses.create.mutationOptions({
      onSuccess: (license) => {
        void queryClient.invalidateQueries({ queryKey: trpc.licenses.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
        toast.success('License created');
        onCreated(license);
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate({
      productId: chosenProduct,
      policyId: chosenPolicy?.id ?? '',
      ...(form.name ? { name: form.name } : {}),
      ...(form.userEmail ? { userEmail: form.userEmail } : {}),
      ...(form.userName ? { userName: form.userName } : {}),
      ...(form.expiresAt ? { expiresAt: new Date(`${form.expiresAt}T23:59:59Z`).toISOString() } : {}),
      ...(form.maxMachinesOverride ? { maxMachinesOverride: Number(form.maxMachinesOverride) } : {}),
    });
  };
  return (
    <Dialog title="New license" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {create.error && Object.keys(errors).length === 0 ? <ErrorBox error={create.error} /> : null}
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
              {products.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
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
            <select
              id="l-policy"
              value={chosenPolicy?.id ?? ''}
              onChange={(e) => setPolicyId(e.target.value)}
            >
              {policies.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field
          label="Name"
          htmlFor="l-name"
          error={errors.name}
          help="Optional label, e.g. the order number."
        >
          <input id="l-name" type="text" value={form.name} onChange={set('name')} />
        </Field>
        <div className="form-row">
          <Field
            label="Customer email"
            htmlFor="l-email"
            error={errors.userEmail}
            help="Lets the customer use the self-service portal."
          >
            <input id="l-email" type="email" value={form.userEmail} onChange={set('userEmail')} />
          </Field>
          <Field label="Customer name" htmlFor="l-uname" error={errors.userName}>
            <input id="l-uname" type="text" value={form.userName} onChange={set('userName')} />
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
            <input id="l-expires" type="date" value={form.expiresAt} onChange={set('expiresAt')} />
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
            <input
              id="l-maxm"
              type="number"
              min={1}
              value={form.maxMachinesOverride}
              onChange={set('maxMachinesOverride')}
            />
          </Field>
        </div>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending} disabled={!chosenPolicy}>
            Create license
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
