'use client';
// Entitlements: feature flags granted through policies and licenses — list, create, edit, delete.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, fieldErrors, useTRPC } from '@/trpc/client.tsx';
import type { EntitlementView } from '@/server/domain/entitlements/entitlements.ts';
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

function EntitlementForm({ entitlement, onClose }: { entitlement?: EntitlementView; onClose: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    name: entitlement?.name ?? '',
    code: entitlement?.code ?? '',
    description: entitlement?.description ?? '',
  });
  const done = (e: EntitlementView) => {
    void queryClient.invalidateQueries({ queryKey: trpc.entitlements.pathKey() });
    toast.success(`Entitlement “${e.name}” saved`);
    onClose();
  };
  const create = useMutation(trpc.entitlements.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.entitlements.update.mutationOptions({ onSuccess: done }));
  const mutation = entitlement ? update : create;
  const errors = fieldErrors(mutation.error, entitlement ? 'data' : undefined);
  const payload = { name: form.name, code: form.code, description: form.description || null };
  return (
    <Dialog title={entitlement ? 'Edit entitlement' : 'New entitlement'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (entitlement) update.mutate({ id: entitlement.id, data: payload });
          else create.mutate(payload);
        }}
      >
        {mutation.error && Object.keys(errors).length === 0 ? <ErrorBox error={mutation.error} /> : null}
        <Field label="Name" htmlFor="e-name" error={errors.name} help="e.g. “Export to PDF”.">
          <input
            id="e-name"
            type="text"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            autoFocus
          />
        </Field>
        <Field
          label="Code"
          htmlFor="e-code"
          error={errors.code}
          help="What your app checks: lowercase letters, digits, _ and -, e.g. pdf-export."
        >
          <input
            id="e-code"
            type="text"
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.target.value })}
          />
        </Field>
        <Field label="Description" htmlFor="e-desc" error={errors.description}>
          <textarea
            id="e-desc"
            rows={2}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {entitlement ? 'Save' : 'Create entitlement'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export default function EntitlementsPage() {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.entitlements.list.queryOptions({ limit: 100 }));
  const [editing, setEditing] = useState<EntitlementView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EntitlementView | null>(null);
  const remove = useMutation(
    trpc.entitlements.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.entitlements.pathKey() });
        toast.success('Entitlement deleted');
        setDeleting(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const newButton = me.canWrite ? (
    <Button variant="primary" onClick={() => setEditing('new')}>
      + New entitlement
    </Button>
  ) : null;
  return (
    <div className="stack">
      <PageHeader
        title="Entitlements"
        description="Features your app unlocks per license. Attach them to policies or single licenses."
        actions={newButton}
      />
      <Card body={false}>
        {list.isLoading ? <Loading /> : null}
        <ErrorBox error={list.error} />
        {list.data && list.data.items.length === 0 ? (
          <EmptyState
            icon="✦"
            title="No entitlements yet"
            text="Create one per feature you gate (e.g. “pdf-export”), then attach it to a policy; validation answers list the codes a license has."
            action={newButton}
          />
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Code</th>
                  <th className="hide-sm">Created</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <strong>{e.name}</strong>
                      {e.description ? <div className="muted small">{e.description}</div> : null}
                    </td>
                    <td className="mono">{e.code}</td>
                    <td className="hide-sm muted">{formatDate(e.createdAt)}</td>
                    <td className="num">
                      {me.canWrite ? (
                        <>
                          <Button size="sm" variant="ghost" onClick={() => setEditing(e)}>
                            Edit
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setDeleting(e)}>
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
        <EntitlementForm
          entitlement={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete entitlement?"
          text={
            <>
              Licenses lose <strong className="mono">{deleting.code}</strong> at their next validation.
            </>
          }
          confirmLabel="Delete"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
