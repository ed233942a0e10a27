'use client';
// List pages of the dashboard: the table and common columns, the list card (filters, loading/error/empty states,
// pager), keyset pagination, row and “+ New” buttons, edit/delete state, delete confirmation, filter selects and
// the invalidate-and-toast feedback of mutations. Pages declare only their columns, texts and mutations.
import { Fragment, useCallback, useState, type ReactNode } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { errorMessage } from '@/trpc/client.tsx';
import { Button, Card, ConfirmDialog, ErrorBox, formatDate, Loading, useToast } from './ui.tsx';

// ------------------------------------------------------------------ table

export interface Column<T> {
  header: ReactNode;
  /** class of the header cell */
  th?: string;
  /** class of the body cell */
  td?: string;
  /** the body cell does not pass clicks on to the row's onClick */
  stopRowClick?: boolean;
  cell: (row: T) => ReactNode;
}

export function DataTable<T>({
  columns,
  rows,
  // rows without an `id` pass their own rowKey
  rowKey = (row) => (row as { id: string }).id,
  onRowClick,
  expanded,
}: {
  columns: Array<Column<T>>;
  rows: T[];
  /** the React key of a row; by default its `id` */
  rowKey?: (row: T) => string;
  onRowClick?: (row: T) => void;
  /** an extra full-width row under a row (null: none) */
  expanded?: (row: T) => ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const extra = expanded?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <tr {...(onRowClick ? { onClick: () => onRowClick(row), style: { cursor: 'pointer' } } : {})}>
                  {columns.map((c, i) => (
                    <td
                      key={i}
                      className={c.td}
                      {...(c.stopRowClick ? { onClick: (e) => e.stopPropagation() } : {})}
                    >
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
                {extra ? (
                  <tr>
                    <td colSpan={columns.length}>{extra}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The Name column: the name in bold, the description under it. */
export function nameColumn<T extends { name: string; description: string | null }>(): Column<T> {
  return {
    header: 'Name',
    cell: (row) => (
      <>
        <strong>{row.name}</strong>
        <Subline>{row.description}</Subline>
      </>
    ),
  };
}

/** The creation date column (hidden on phones). */
export function createdColumn<T extends { createdAt: string }>(
  header = 'Created',
  withTime = false,
): Column<T> {
  return { header, th: 'hide-sm', td: 'hide-sm muted', cell: (row) => formatDate(row.createdAt, withTime) };
}

/** Loading, error, the empty state when there are no rows (or `notice` instead), and `children(rows)`. */
export function ListBody<T>({
  query,
  rows,
  empty,
  notice,
  children,
}: {
  query: { isLoading: boolean; error: unknown };
  /** undefined while there is no data yet */
  rows: T[] | undefined;
  empty: ReactNode;
  /** shown in place of the empty state whatever the rows (e.g. “create a product first”) */
  notice?: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  return (
    <>
      {query.isLoading ? <Loading /> : null}
      <ErrorBox error={query.error} />
      {notice ? notice : rows && rows.length === 0 ? empty : null}
      {rows && rows.length > 0 ? children(rows) : null}
    </>
  );
}

/** The small muted second line of a cell (nothing when empty). */
export function Subline({ children }: { children: ReactNode }) {
  return children ? <div className="muted small">{children}</div> : null;
}

// ------------------------------------------------------------------ row actions

export function RowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button size="sm" variant="ghost" onClick={onClick}>
      {children}
    </Button>
  );
}

export function EditDeleteButtons({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <RowButton onClick={onEdit}>Edit</RowButton>
      <RowButton onClick={onDelete}>Delete</RowButton>
    </>
  );
}

/** The page's primary “+ New …” button, or nothing when the user may not create. */
export function NewButton({
  show,
  onClick,
  children,
}: {
  show: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return show ? (
    <Button variant="primary" onClick={onClick}>
      {children}
    </Button>
  ) : null;
}

// ------------------------------------------------------------------ filters

export function FilterSelect({
  label,
  value,
  onChange,
  all,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** the label of the empty option */
  all: string;
  options: Array<string | { value: string; label: string }>;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{all}</option>
      {options.map((o) => {
        const { value: v, label: l } = typeof o === 'string' ? { value: o, label: o } : o;
        return (
          <option key={v} value={v}>
            {l}
          </option>
        );
      })}
    </select>
  );
}

// ------------------------------------------------------------------ keyset pagination

/** Cursor stack of a keyset-paginated list: `cursor` of the current page, its number, and moves. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const reset = useCallback(() => setCursors([undefined]), []);
  return {
    cursor,
    /** spread into the list input */
    input: cursor ? { cursor } : {},
    page: cursors.length,
    /** back to the first page (stable across renders) */
    reset,
    newer: () => setCursors((c) => c.slice(0, -1)),
    older: (next: string | null | undefined) => setCursors((c) => [...c, next ?? undefined]),
  };
}

export function Pager({
  pages,
  nextCursor,
  fetching,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
  fetching?: boolean;
}) {
  return (
    <div className="pager">
      <span className="muted small">
        Page {pages.page}
        {fetching ? ' · loading…' : ''}
      </span>
      <div className="page-actions">
        <Button size="sm" disabled={pages.page <= 1} onClick={pages.newer}>
          ← Newer
        </Button>
        <Button size="sm" disabled={!nextCursor} onClick={() => pages.older(nextCursor)}>
          Older →
        </Button>
      </div>
    </div>
  );
}

// ------------------------------------------------------------------ mutation feedback

/**
 * `feedback({ invalidate, success, then })` → `{ onSuccess, onError }` for `mutationOptions`: invalidate the
 * queries, toast the success text, run `then`; errors are toasted (unless `toastErrors: false`), then `onError` runs.
 */
export function useFeedback() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return <TData,>({
    invalidate,
    success,
    then,
    onError,
    toastErrors = true,
  }: {
    /** the query keys to invalidate (e.g. `[trpc.products.pathKey()]`) */
    invalidate: QueryKey[];
    success: string | ((data: TData) => string);
    then?: (data: TData) => void;
    onError?: () => void;
    toastErrors?: boolean;
  }) => ({
    onSuccess: (data: TData) => {
      for (const queryKey of invalidate) void queryClient.invalidateQueries({ queryKey });
      toast.success(typeof success === 'string' ? success : success(data));
      then?.(data);
    },
    ...(toastErrors
      ? {
          onError: (error: unknown) => {
            toast.error(errorMessage(error));
            onError?.();
          },
        }
      : {}),
  });
}

// ------------------------------------------------------------------ list page pieces

/** The card of a list page: optional filters, then loading/error/empty states, the table and the pager. */
export function ListCard<T>({
  title,
  actions,
  query,
  rows,
  empty,
  notice,
  filters,
  pager,
  ...table
}: {
  title?: ReactNode;
  actions?: ReactNode;
  query: { isLoading: boolean; error: unknown };
  rows: T[] | undefined;
  empty: ReactNode;
  notice?: ReactNode;
  filters?: ReactNode;
  pager?: {
    pages: ReturnType<typeof useCursorPages>;
    nextCursor: string | null | undefined;
    fetching?: boolean;
  };
  columns: Array<Column<T>>;
  rowKey?: (row: T) => string;
  onRowClick?: (row: T) => void;
  expanded?: (row: T) => ReactNode;
}) {
  return (
    <Card title={title} actions={actions} body={false}>
      {filters ? <div className="filters">{filters}</div> : null}
      <ListBody query={query} rows={rows} empty={empty} notice={notice}>
        {(list) => (
          <>
            <DataTable rows={list} {...table} />
            {pager ? <Pager {...pager} /> : null}
          </>
        )}
      </ListBody>
    </Card>
  );
}

/**
 * State of a list's editor (a row, 'new' or none) and delete confirmation (a row or none), the trailing `actions`
 * column with Edit and Delete buttons (empty cells when the user may not write), and `deleteFeedback`, the
 * `mutationOptions` of the delete mutation: invalidate, toast `deleted`, close the confirmation (also on an error
 * with `closeOnError`, e.g. when a delete is refused while records depend on the row).
 */
export function useEditDelete<T>(
  canWrite: boolean,
  { invalidate, deleted, closeOnError }: { invalidate: QueryKey[]; deleted: string; closeOnError?: boolean },
) {
  const feedback = useFeedback();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const actions: Column<T> = {
    header: null,
    td: 'num',
    cell: (row) =>
      canWrite ? (
        <EditDeleteButtons onEdit={() => setEditing(row)} onDelete={() => setDeleting(row)} />
      ) : null,
  };
  const close = () => setDeleting(null);
  const deleteFeedback = feedback({
    invalidate,
    success: deleted,
    then: close,
    ...(closeOnError ? { onError: close } : {}),
  });
  return { canWrite, editing, setEditing, deleting, setDeleting, actions, deleteFeedback };
}

/** A danger confirmation for the row in `target` (none when null); confirming runs `mutation({ id })`. */
export function ConfirmTarget<T extends { id: string }>({
  target,
  mutation,
  onClose,
  title,
  text,
  confirmLabel,
}: {
  target: T | null;
  mutation: { mutate: (variables: { id: string }) => void; isPending: boolean };
  onClose: () => void;
  title: string;
  text: (target: T) => ReactNode;
  confirmLabel: string;
}) {
  return target ? (
    <ConfirmDialog
      title={title}
      text={text(target)}
      confirmLabel={confirmLabel}
      danger
      busy={mutation.isPending}
      onConfirm={() => mutation.mutate({ id: target.id })}
      onClose={onClose}
    />
  ) : null;
}
