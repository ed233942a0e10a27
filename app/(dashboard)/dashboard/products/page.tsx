'use client';
// Products: list, create, edit, delete (refused while live licenses exist).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { ProductView } from '@/server/domain/products/products.ts';
import { Field } from '../../_components/ui.tsx';
import { FormDialog, useFormFields, useSave } from '../../_components/forms.tsx';
import { createdColumn, nameColumn, useEditDelete, useFeedback } from '../../_components/list.tsx';
import { EditableListPage } from '../../_components/editable-list-page.tsx';
import { useMe } from '../../_components/shell.tsx';

function ProductForm({ product, onClose }: { product?: ProductView; onClose: () => void }) {
  const trpc = useTRPC();
  const feedback = useFeedback();
  const { form, setForm, bind } = useFormFields({
    name: product?.name ?? '',
    code: product?.code ?? '',
    keyPrefix: product?.keyPrefix ?? 'LIC',
    description: product?.description ?? '',
  });
  const done = (verb: string) =>
    feedback<ProductView>({
      invalidate: [trpc.products.pathKey()],
      success: (p) => `Product “${p.name}” ${verb}`,
      then: onClose,
      toastErrors: false,
    });
  const create = useMutation(trpc.products.create.mutationOptions(done('created')));
  const update = useMutation(trpc.products.update.mutationOptions(done('saved')));
  const { save, error, errors, busy } = useSave(product, create, update);
  return (
    <FormDialog
      title={product ? 'Edit product' : 'New product'}
      onClose={onClose}
      onSubmit={() =>
        save({
          name: form.name,
          code: form.code,
          keyPrefix: form.keyPrefix,
          description: form.description || null,
        })
      }
      error={error}
      errors={errors}
      busy={busy}
      submitLabel={product ? 'Save changes' : 'Create product'}
    >
      <Field
        label="Name"
        htmlFor="p-name"
        error={errors.name}
        help="What your customers know it as, e.g. “Acme Editor”."
      >
        <input id="p-name" type="text" {...bind('name')} autoFocus />
      </Field>
      <div className="form-row">
        <Field
          label="Code"
          htmlFor="p-code"
          error={errors.code}
          help="Stable identifier for the API: letters, digits, _ and -."
        >
          <input id="p-code" type="text" {...bind('code')} placeholder="acme-editor" />
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
      <Field label="Description" htmlFor="p-desc" error={errors.description} help="Optional, for your team.">
        <textarea id="p-desc" rows={3} {...bind('description')} />
      </Field>
    </FormDialog>
  );
}

export default function ProductsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const products = useQuery(trpc.products.list.queryOptions({ limit: 100 }));
  const state = useEditDelete<ProductView>(me.canWrite, {
    invalidate: [trpc.products.pathKey()],
    deleted: 'Product deleted',
    closeOnError: true,
  });
  const remove = useMutation(trpc.products.delete.mutationOptions(state.deleteFeedback));
  return (
    <EditableListPage
      title="Products"
      description="Each product has its own policies, licenses and key prefix."
      newLabel="+ New product"
      state={state}
      query={products}
      empty={{
        icon: '▣',
        title: 'No products yet',
        text: 'A product is the app, plugin or service you license. Create one, then add a policy that says how its licenses behave.',
      }}
      columns={[
        nameColumn(),
        { header: 'Code', td: 'mono', cell: (p) => p.code },
        { header: 'Key prefix', td: 'mono', cell: (p) => p.keyPrefix },
        { header: 'Licenses', th: 'num', td: 'num', cell: (p) => p.licensesCount },
        createdColumn(),
        state.actions,
      ]}
      editor={(product, onClose) => <ProductForm product={product} onClose={onClose} />}
      confirmDelete={{
        mutation: remove,
        title: 'Delete product?',
        text: (deleting) => (
          <>
            Delete <strong>{deleting.name}</strong>? A product with live licenses cannot be deleted; its code
            stays reserved.
          </>
        ),
        confirmLabel: 'Delete product',
      }}
    />
  );
}
