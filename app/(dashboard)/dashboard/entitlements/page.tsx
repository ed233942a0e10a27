'use client';
// Entitlements: feature flags granted through policies and licenses — list, create, edit, delete.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { EntitlementView } from '@/server/domain/entitlements/entitlements.ts';
import { Field } from '../../_components/ui.tsx';
import { FormDialog, useFormFields, useSave } from '../../_components/forms.tsx';
import { createdColumn, nameColumn, useEditDelete, useFeedback } from '../../_components/list.tsx';
import { EditableListPage } from '../../_components/editable-list-page.tsx';
import { useMe } from '../../_components/shell.tsx';

function EntitlementForm({ entitlement, onClose }: { entitlement?: EntitlementView; onClose: () => void }) {
  const trpc = useTRPC();
  const feedback = useFeedback();
  const { form, bind } = useFormFields({
    name: entitlement?.name ?? '',
    code: entitlement?.code ?? '',
    description: entitlement?.description ?? '',
  });
  const done = () =>
    feedback<EntitlementView>({
      invalidate: [trpc.entitlements.pathKey()],
      success: (e) => `Entitlement “${e.name}” saved`,
      then: onClose,
      toastErrors: false,
    });
  const create = useMutation(trpc.entitlements.create.mutationOptions(done()));
  const update = useMutation(trpc.entitlements.update.mutationOptions(done()));
  const { save, error, errors, busy } = useSave(entitlement, create, update);
  return (
    <FormDialog
      title={entitlement ? 'Edit entitlement' : 'New entitlement'}
      onClose={onClose}
      onSubmit={() => save({ name: form.name, code: form.code, description: form.description || null })}
      error={error}
      errors={errors}
      busy={busy}
      submitLabel={entitlement ? 'Save' : 'Create entitlement'}
    >
      <Field label="Name" htmlFor="e-name" error={errors.name} help="e.g. “Export to PDF”.">
        <input id="e-name" type="text" {...bind('name')} autoFocus />
      </Field>
      <Field
        label="Code"
        htmlFor="e-code"
        error={errors.code}
        help="What your app checks: lowercase letters, digits, _ and -, e.g. pdf-export."
      >
        <input id="e-code" type="text" {...bind('code')} />
      </Field>
      <Field label="Description" htmlFor="e-desc" error={errors.description}>
        <textarea id="e-desc" rows={2} {...bind('description')} />
      </Field>
    </FormDialog>
  );
}

export default function EntitlementsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const list = useQuery(trpc.entitlements.list.queryOptions({ limit: 100 }));
  const state = useEditDelete<EntitlementView>(me.canWrite, {
    invalidate: [trpc.entitlements.pathKey()],
    deleted: 'Entitlement deleted',
  });
  const remove = useMutation(trpc.entitlements.delete.mutationOptions(state.deleteFeedback));
  return (
    <EditableListPage
      title="Entitlements"
      description="Features your app unlocks per license. Attach them to policies or single licenses."
      newLabel="+ New entitlement"
      state={state}
      query={list}
      empty={{
        icon: '✦',
        title: 'No entitlements yet',
        text: 'Create one per feature you gate (e.g. “pdf-export”), then attach it to a policy; validation answers list the codes a license has.',
      }}
      columns={[
        nameColumn(),
        { header: 'Code', td: 'mono', cell: (e) => e.code },
        createdColumn(),
        state.actions,
      ]}
      editor={(entitlement, onClose) => <EntitlementForm entitlement={entitlement} onClose={onClose} />}
      confirmDelete={{
        mutation: remove,
        title: 'Delete entitlement?',
        text: (deleting) => (
          <>
            Licenses lose <strong className="mono">{deleting.code}</strong> at their next validation.
          </>
        ),
        confirmLabel: 'Delete',
      }}
    />
  );
}
