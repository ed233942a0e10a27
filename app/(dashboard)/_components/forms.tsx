'use client';
// Create/edit forms of the dashboard: the dialog with its form, error box and Cancel/submit actions, the
// “secret shown once” dialog, text-field state binding, choosing the create or update mutation, and the options
// of a select that picks a named record.
import { useState, type ReactNode } from 'react';
import { fieldErrors } from '@/trpc/client.tsx';
import { Button, CopyButton, Dialog, ErrorBox } from './ui.tsx';

/** The error box for errors that are not about one field (field errors are shown next to their field). */
export function FormError({ error, errors }: { error: unknown; errors: Record<string, string> }) {
  return error && Object.keys(errors).length === 0 ? <ErrorBox error={error} /> : null;
}

export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  errors,
  submitLabel,
  busy,
  submitDisabled,
  wide,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  error: unknown;
  errors: Record<string, string>;
  submitLabel: string;
  busy: boolean;
  submitDisabled?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <FormError error={error} errors={errors} />
        {children}
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** A secret shown once after creation, with a copy button and a Done button. */
export function SecretDialog({
  title,
  notice,
  secret,
  copyLabel,
  testId,
  onClose,
  children,
}: {
  title: string;
  notice: ReactNode;
  secret: string;
  copyLabel: string;
  testId?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="form">
        <div className="notice">{notice}</div>
        <div className="secret-box">
          <code data-testid={testId}>{secret}</code>
          <CopyButton value={secret} label={copyLabel} />
        </div>
        {children}
        <div className="form-actions">
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** State of a form of text fields; `bind(key)` gives an input its value and onChange. */
export function useFormFields<F extends Record<string, string>>(initial: F | (() => F)) {
  const [form, setForm] = useState<F>(initial);
  const bind = (key: keyof F) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  return { form, setForm, bind };
}

interface Mutation<V> {
  mutate: (variables: V) => void;
  error: unknown;
  isPending: boolean;
}

/**
 * The create mutation for a new resource, the update mutation (`{ id, data }`) for an existing one: `save(payload)`
 * calls the right one, `errors` are its field errors (an update's are under `data`).
 */
export function useSave<C, U>(
  existing: { id: string } | undefined,
  create: Mutation<C>,
  update: Mutation<{ id: string; data: U }>,
) {
  const mutation = existing ? update : create;
  return {
    error: mutation.error,
    errors: fieldErrors(mutation.error, existing ? 'data' : undefined),
    busy: mutation.isPending,
    save: (payload: C & U) => {
      if (existing) update.mutate({ id: existing.id, data: payload });
      else create.mutate(payload);
    },
  };
}

/** One `<option>` per named record (value: its id; label: its name): the product, policy or account pickers. */
export function NameOptions({ items }: { items: ReadonlyArray<{ id: string; name: string }> | undefined }) {
  return (
    <>
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
