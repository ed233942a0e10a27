'use client';
// List pages of the dashboard: the table of rows and its columns, loading/error/empty states, keyset pagination,
// row action buttons, filter selects and the toast/invalidate feedback of list mutations.
import { Fragment, useState, type ReactNode } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { errorMessage } from '@/trpc/client.tsx';
import { Button, ErrorBox, Loading, useToast } from './ui.tsx';

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

export function DataTable<T extends { id: string }>({
  columns,
  rows,
  rowKey = (row) => row.id,
  onRowClick,
  expanded,
}: {
  columns: Array<Column<T>>;
  rows: T[];
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
                <tr
                  {...(onRowClick ? { onClick: () => onRowClick(row), style: { cursor: 'pointer' } } : {})}
                >
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

/** Loading, error, the empty state when there are no rows, else `children(rows)`. */
export function ListBody<T>({
  query,
  rows,
  empty,
  children,
}: {
  query: { isLoading: boolean; error: unknown };
  /** undefined while there is no data yet */
  rows: T[] | undefined;
  empty: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  return (
    <>
      {query.isLoading ? <Loading /> : null}
      <ErrorBox error={query.error} />
      {rows && rows.length === 0 ? empty : null}
      {rows && rows.length > 0 ? children(rows) : null}
    </>
  );
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
export function NewButton({ show, onClick, children }: { show: boolean; onClick: () => void; children: ReactNode }) {
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
  return {
    cursor,
    /** spread into the list input */
    input: cursor ? { cursor } : {},
    page: cursors.length,
    reset: () => setCursors([undefined]),
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
 * queries, toast the success text, run `then`; errors are toasted (and run `then` too with `closeOnError`).
 */
export function useFeedback() {
  const queryClient = useQueryClient();
  const toast = useToast();
  return <TData,>({
    invalidate,
    success,
    then,
    closeOnError,
    toastErrors = true,
  }: {
    /** the query keys to invalidate (e.g. `[trpc.products.pathKey()]`) */
    invalidate: QueryKey[];
    success: string | ((data: TData) => string);
    then?: () => void;
    closeOnError?: boolean;
    toastErrors?: boolean;
  }) => {
    return {
      onSuccess: (data: TData) => {
        for (const queryKey of invalidate) void queryClient.invalidateQueries({ queryKey });
        toast.success(typeof success === 'string' ? success : success(data));
        then?.();
      },
      ...(toastErrors
        ? {
            onError: (error: unknown) => {
              toast.error(errorMessage(error));
              if (closeOnError) then?.();
            },
          }
        : {}),
    };
  };
}
