'use client';
// Products: list, create, edit, delete (refused while live licenses exist).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { ProductView } from '@/server/domain/products/products.ts';
import {
  Button,
  Card,
  ConfirmDialog,
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

function ProductForm({ product, onClose }: { product?: ProductView; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({
    name: product?.name ?? '',
    code: product?.code ?? '',
    keyPrefix: product?.keyPrefix ?? 'LIC',
    description: product?.description ?? '',
  });
  const done = (verb: string) => (p: ProductView) => {
    void queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
    toast.success(`Product “${p.name}” ${verb}`);
    onClose();
  };
  const create = useMutation(trpc.products.create.mutationOptions({ onSuccess: done('created') }));
  const update = useMutation(trpc.products.update.mutationOptions({ onSuccess: done('saved') }));
  const mutation = product ? update : create;
  const errors = fieldErrors(mutation.error, product ? 'data' : undefined);
  const payload = {
    name: form.name,
    code: form.code,
    keyPrefix: form.keyPrefix,
    description: form.description || null,
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (product) update.mutate({ id: product.id, data: payload });
    else create.mutate(payload);
  };
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <Dialog title={product ? 'Edit product' : 'New product'} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {mutation.error && Object.keys(errors).length === 0 ? <ErrorBox error={mutation.error} /> : null}
        <Field
          label="Name"
          htmlFor="p-name"
          error={errors.name}
          help="What your customers know it as, e.g. “Acme Editor”."
        >
          <input id="p-name" type="text" value={form.name} onChange={set('name')} autoFocus />
        </Field>
        <div className="form-row">
          <Field
            label="Code"
            htmlFor="p-code"
            error={errors.code}
            help="Stable identifier for the API: letters, digits, _ and -."
          >
            <input
              id="p-code"
              type="text"
              value={form.code}
              onChange={set('code')}
              placeholder="acme-editor"
            />
          </Field>
          <Field
            label="Key prefix"
            htmlFor="p-prefix"
            error={errors.keyPrefix}
            help="2–10 uppercase letters; keys look like PREFIX-XXXX-XXXX-XXXX-XXXX."
          >
            <input
              id="p-prefix"
              type="text"
              value={form.keyPrefix}
              onChange={(e) => setForm({ ...form, keyPrefix: e.target.value.toUpperCase() })}
            />
          </Field>
        </div>
        <Field
          label="Description"
          htmlFor="p-desc"
          error={errors.description}
          help="Optional, for your team."
        >
          <textarea id="p-desc" rows={3} value={form.description} onChange={set('description')} />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {product ? 'Save changes' : 'Create product'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export default function ProductsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const [editing, setEditing] = useState<ProductView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ProductView | null>(null);
  const remove = useMutation(
    trpc.products.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
        toast.success('Product deleted');
        setDeleting(null);
      },
      onError: (error) => {
        toast.error(errorMessage(error));
        setDeleting(null);
      },
    }),
  );
  const newButton = me.canWrite ? (
    <Button variant="primary" onClick={() => setEditing('new')}>
      + New product
    </Button>
  ) : null;

  return (
    <div className="stack">
      <PageHeader
        title="Products"
        description="Each product has its own policies, licenses and key prefix."
        actions={newButton}
      />
      <Card body={false}>
        {products.isLoading ? <Loading /> : null}
        <ErrorBox error={products.error} />
        {products.data && products.data.items.length === 0 ? (
          <EmptyState
            icon="▣"
            title="No products yet"
            text="A product is the app, plugin or service you license. Create one, then add a policy that says how its licenses behave."
            action={newButton}
          />
        ) : null}
        {products.data && products.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Code</th>
                  <th>Key prefix</th>
                  <th className="num">Licenses</th>
                  <th className="hide-sm">Created</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {products.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <strong>{p.name}</strong>
                      {p.description ? <div className="muted small">{p.description}</div> : null}
                    </td>
                    <td className="mono">{p.code}</td>
                    <td className="mono">{p.keyPrefix}</td>
                    <td className="num">{p.licensesCount}</td>
                    <td className="hide-sm muted">{formatDate(p.createdAt)}</td>
                    <td className="num">
                      {me.canWrite ? (
                        <>
                          <Button size="sm" variant="ghost" onClick={() => setEditing(p)}>
                            Edit
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setDeleting(p)}>
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
      {editing ? (
        <ProductForm product={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete product?"
          text={
            <>
              Delete <strong>{deleting.name}</strong>? A product with live licenses cannot be deleted; its
              code stays reserved.
            </>
          }
          confirmLabel="Delete product"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
