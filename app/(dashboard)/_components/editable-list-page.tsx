'use client';
// The page of records created and edited in a dialog and deleted after a confirmation: the header with its
// “+ New” button, the list card whose empty state offers that button too, the editor and the delete confirmation.
import type { ReactNode } from 'react';
import { EmptyState, PageHeader } from './ui.tsx';
import { ConfirmTarget, ListCard, NewButton, type Column, type useEditDelete } from './list.tsx';

export function EditableListPage<T extends { id: string }>({
  title,
  description,
  filters,
  newLabel,
  canCreate = true,
  state: { canWrite, editing, setEditing, deleting, setDeleting },
  query,
  empty,
  notice,
  columns,
  onRowClick,
  editor,
  confirmDelete,
  children,
}: {
  title: string;
  description: ReactNode;
  /** shown in the header before the “+ New” button */
  filters?: ReactNode;
  /** the text of the “+ New” button */
  newLabel: string;
  /** false hides the “+ New” button even from users who may write (e.g. while a required record is missing) */
  canCreate?: boolean;
  state: ReturnType<typeof useEditDelete<T>>;
  query: { isLoading: boolean; error: unknown; data: { items: T[] } | undefined };
  /** the empty state when there are no records; its action is the “+ New” button */
  empty: { icon: string; title: string; text: ReactNode };
  notice?: ReactNode;
  columns: Array<Column<T>>;
  onRowClick?: (row: T) => void;
  /** the dialog that creates (no record) or edits a record */
  editor: (record: T | undefined, onClose: () => void) => ReactNode;
  /** the texts of the delete confirmation and the mutation it runs */
  confirmDelete: {
    mutation: { mutate: (variables: { id: string }) => void; isPending: boolean };
    title: string;
    text: (target: T) => ReactNode;
    confirmLabel: string;
  };
  /** shown under the list */
  children?: ReactNode;
}) {
  const newButton = (
    <NewButton show={canWrite && canCreate} onClick={() => setEditing('new')}>
      {newLabel}
    </NewButton>
  );
  return (
    <div className="stack">
      <PageHeader
        title={title}
        description={description}
        actions={
          filters ? (
            <>
              {filters}
              {newButton}
            </>
          ) : (
            newButton
          )
        }
      />
      <ListCard
        query={query}
        rows={query.data?.items}
        empty={<EmptyState {...empty} action={newButton} />}
        notice={notice}
        onRowClick={onRowClick}
        columns={columns}
      />
      {children}
      {editing ? editor(editing === 'new' ? undefined : editing, () => setEditing(null)) : null}
      <ConfirmTarget target={deleting} onClose={() => setDeleting(null)} {...confirmDelete} />
    </div>
  );
}
