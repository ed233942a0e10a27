'use client';
// Small UI kit of the dashboard: page header, cards, badges, buttons, fields, dialogs, toasts, copy button,
// empty states, and formatting helpers.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

// ------------------------------------------------------------------ formatting

export function formatDate(value: string | null | undefined, withTime = false): string {
  if (!value) return '—';
  const date = new Date(value);
  return withTime
    ? date.toLocaleString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function timeAgo(value: string | null | undefined): string {
  if (!value) return 'never';
  const seconds = Math.round((Date.now() - new Date(value).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export const formatNumber = (n: number): string => n.toLocaleString();

// ------------------------------------------------------------------ layout pieces

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}

export function Card({
  title,
  actions,
  children,
  body = true,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  body?: boolean;
}) {
  return (
    <section className="card">
      {title || actions ? (
        <div className="card-head">
          {typeof title === 'string' ? <h2>{title}</h2> : title}
          {actions ? <div className="page-actions">{actions}</div> : null}
        </div>
      ) : null}
      {body ? <div className="card-body">{children}</div> : children}
    </section>
  );
}

export function EmptyState({
  icon,
  title,
  text,
  action,
}: {
  icon?: string;
  title: string;
  text: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty">
      {icon ? (
        <div className="empty-icon" aria-hidden>
          {icon}
        </div>
      ) : null}
      <h3>{title}</h3>
      <p>{text}</p>
      {action}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <div className="coming-soon">{label}</div>;
}

export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      {error instanceof Error ? error.message : 'Something went wrong'}
    </div>
  );
}

// ------------------------------------------------------------------ badges

const STATUS_COLOURS: Record<string, string> = {
  active: 'green',
  valid: 'green',
  delivered: 'green',
  alive: 'green',
  enabled: 'green',
  live: 'green',
  suspended: 'amber',
  pending: 'amber',
  not_started: 'blue',
  not_required: 'gray',
  expired: 'gray',
  revoked: 'red',
  banned: 'red',
  failed: 'red',
  dead: 'red',
  disabled: 'gray',
  test: 'orange',
  owner: 'violet',
  admin: 'blue',
  developer: 'green',
  viewer: 'gray',
};

export function Badge({ children, tone, plain }: { children: ReactNode; tone?: string; plain?: boolean }) {
  const key = typeof children === 'string' ? children.toLowerCase() : '';
  const colour = tone ?? STATUS_COLOURS[key] ?? 'gray';
  return <span className={`badge badge-${colour}${plain ? ' plain' : ''}`}>{children}</span>;
}

const HEARTBEAT: Record<string, { label: string; tone: string; title: string }> = {
  ALIVE: { label: 'alive', tone: 'green', title: 'Pinged within its heartbeat interval.' },
  DEAD: { label: 'dead', tone: 'red', title: 'Missed its heartbeat interval.' },
  NOT_STARTED: {
    label: 'no ping yet',
    tone: 'blue',
    title: 'Heartbeats are required; none has arrived yet.',
  },
  NOT_REQUIRED: { label: 'off', tone: 'gray', title: 'The policy does not require heartbeats.' },
};

/** A machine's heartbeat state in words (not the raw `NOT_REQUIRED`), with an explanation on hover. */
export function HeartbeatBadge({ status }: { status: string }) {
  const h = HEARTBEAT[status] ?? { label: status.toLowerCase(), tone: 'gray', title: '' };
  return (
    <span title={h.title}>
      <Badge tone={h.tone}>{h.label}</Badge>
    </span>
  );
}

// ------------------------------------------------------------------ buttons

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'danger' | 'ghost' | 'default';
  size?: 'sm';
  busy?: boolean;
};

export function Button({
  variant = 'default',
  size,
  busy,
  className,
  children,
  disabled,
  ...rest
}: ButtonProps) {
  const cls = [
    'btn',
    variant !== 'default' ? `btn-${variant}` : '',
    size ? `btn-${size}` : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button type="button" className={cls} disabled={disabled || busy} {...rest}>
      {busy ? '…' : null}
      {children}
    </button>
  );
}

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const toast = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // older browsers / insecure origins: a hidden textarea and execCommand
      const area = document.createElement('textarea');
      area.value = value;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    toast.success('Copied to the clipboard');
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <Button size="sm" onClick={() => void copy()} aria-label={`${label} to clipboard`}>
      {copied ? 'Copied ✓' : label}
    </Button>
  );
}

// ------------------------------------------------------------------ form fields

export function Field({
  label,
  help,
  error,
  htmlFor,
  children,
}: {
  label: string;
  help?: ReactNode;
  error?: string | undefined;
  htmlFor?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : help ? (
        <span className="help">{help}</span>
      ) : null}
    </div>
  );
}

export function Check({
  label,
  help,
  checked,
  onChange,
  id,
}: {
  label: string;
  help: ReactNode;
  checked: boolean;
  onChange: (v: boolean) => void;
  id: string;
}) {
  return (
    <label className="check" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <strong>{label}</strong>
        <span className="muted small">{help}</span>
      </span>
    </label>
  );
}

// ------------------------------------------------------------------ dialogs

export function Dialog({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`dialog${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="dialog-head">
          <h2>{title}</h2>
          <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close">
            ✕
          </Button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}

export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onClose,
}: {
  title: string;
  text: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="form">
        <div>{text}</div>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

// ------------------------------------------------------------------ toasts

interface Toast {
  id: number;
  kind: 'success' | 'error';
  text: string;
}
interface ToastApi {
  success: (text: string) => void;
  error: (text: string) => void;
}
const MAX_TOASTS = 2;
const ToastContext = createContext<ToastApi>({ success: () => undefined, error: () => undefined });

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((kind: Toast['kind'], text: string) => {
    const id = Date.now() + Math.random();
    // quick actions must not pile up a column of toasts: the same text replaces itself, and the newest two stay
    setToasts((list) => [...list.filter((t) => t.text !== text), { id, kind, text }].slice(-MAX_TOASTS));
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), kind === 'error' ? 6000 : 3500);
  }, []);
  const [api] = useState<ToastApi>(() => ({
    success: (t) => push('success', t),
    error: (t) => push('error', t),
  }));
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast ${t.kind}`}>
            {t.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = (): ToastApi => useContext(ToastContext);
