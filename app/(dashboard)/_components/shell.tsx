'use client';
// The dashboard frame: sidebar navigation, header with account switcher, live/test switch and user menu, the
// test-mode banner, and the `useMe` context (user, account, role, environment) every page reads.
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useTRPC, errorMessage } from '@/trpc/client.tsx';
import { Button, Dialog, Field, ToastProvider, useToast } from './ui.tsx';
import { ACCOUNT_COOKIE, ENVIRONMENT_COOKIE, preferenceCookie } from '@/lib/cookies.ts';
import { NameOptions } from './forms.tsx';

export type Environment = 'live' | 'test';
export type Role = 'owner' | 'admin' | 'developer' | 'viewer';

interface Me {
  user: { id: string; email: string; name: string | null };
  accounts: Array<{ id: string; name: string; role: Role }>;
  accountId: string;
  environment: Environment;
  role: Role;
  canWrite: boolean;
  canAdmin: boolean;
}

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the dashboard shell');
  return me;
}

function setCookie(name: typeof ACCOUNT_COOKIE | typeof ENVIRONMENT_COOKIE, value: string) {
  document.cookie = preferenceCookie(name, value);
}

const NAV: Array<{ section?: string; href: string; label: string; icon: string }> = [
  { href: '/dashboard', label: 'Overview', icon: '◎' },
  { section: 'Licensing', href: '/dashboard/products', label: 'Products', icon: '▣' },
  { href: '/dashboard/policies', label: 'Policies', icon: '☰' },
  { href: '/dashboard/licenses', label: 'Licenses', icon: '◆' },
  { href: '/dashboard/machines', label: 'Machines', icon: '▤' },
  { href: '/dashboard/entitlements', label: 'Entitlements', icon: '✦' },
  { href: '/dashboard/imports', label: 'Imports', icon: '⇪' },
  { section: 'Developers', href: '/dashboard/webhooks', label: 'Webhooks', icon: '⇄' },
  { href: '/dashboard/api-keys', label: 'API keys', icon: '◇' },
  { href: '/dashboard/audit-log', label: 'Audit log', icon: '≣' },
  { section: 'Account', href: '/dashboard/settings', label: 'Settings', icon: '⚙' },
  { href: '/dashboard/stripe', label: 'Stripe', icon: '$' },
];

function isActive(pathname: string, href: string): boolean {
  return href === '/dashboard' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

function NewAccountDialog({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const [name, setName] = useState('');
  const create = useMutation(
    trpc.account.create.mutationOptions({
      onSuccess: (account) => {
        setCookie(ACCOUNT_COOKIE, account.id);
        toast.success(`Created ${account.name}`);
        window.location.assign('/dashboard');
      },
    }),
  );
  return (
    <Dialog title="New account" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name });
        }}
      >
        <Field
          label="Account name"
          htmlFor="new-account-name"
          help="A company or project; it gets its own products, licenses and members."
          error={create.error ? errorMessage(create.error) : undefined}
        >
          <input
            id="new-account-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending}>
            Create account
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function Frame({ me, children }: { me: Me; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const [newAccount, setNewAccount] = useState(false);
  const isTest = me.environment === 'test';

  const switchEnvironment = (environment: Environment) => {
    if (environment === me.environment) return;
    setCookie(ENVIRONMENT_COOKIE, environment);
    queryClient.clear();
    router.refresh();
    if (/\/dashboard\/[^/]+\/[^/]+/.test(pathname)) router.push(pathname.split('/').slice(0, 3).join('/'));
  };
  const switchAccount = (accountId: string) => {
    if (accountId === '__new') return setNewAccount(true);
    setCookie(ACCOUNT_COOKIE, accountId);
    queryClient.clear();
    router.push('/dashboard');
    router.refresh();
  };

  return (
    <div className={`dash${isTest ? ' is-test' : ''}`}>
      {isTest ? (
        <div className="test-banner" role="status">
          TEST MODE — you are viewing test data. Nothing here affects your live customers.
        </div>
      ) : null}
      <div className="shell">
        <aside className={`sidebar${menuOpen ? ' open' : ''}`}>
          <div className="brand-mark">
            <span className="logo" aria-hidden>
              ◆
            </span>
            Licentric
          </div>
          <nav className="nav" aria-label="Dashboard navigation">
            {NAV.map((item) => (
              <div key={item.href}>
                {item.section ? <div className="nav-section">{item.section}</div> : null}
                <Link
                  href={item.href}
                  className={isActive(pathname, item.href) ? 'active' : ''}
                  onClick={() => setMenuOpen(false)}
                >
                  <span className="icon" aria-hidden>
                    {item.icon}
                  </span>
                  {item.label}
                </Link>
              </div>
            ))}
          </nav>
          <div className="sidebar-foot">
            Signed in as {me.role}
            <br />
            <a href="/api/reference" style={{ color: '#94a3b8' }}>
              API reference ↗
            </a>
          </div>
        </aside>
        <div className="main">
          <header className="topbar">
            <Button
              className="menu-toggle"
              size="sm"
              onClick={() => setMenuOpen((v) => !v)}
              aria-label="Menu"
            >
              ☰
            </Button>
            <select
              className="select"
              aria-label="Account"
              value={me.accountId}
              onChange={(e) => switchAccount(e.target.value)}
            >
              <NameOptions items={me.accounts} />
              <option value="__new">+ New account…</option>
            </select>
            <div className="env-switch" role="group" aria-label="Environment">
              <button
                type="button"
                className="live"
                aria-pressed={!isTest}
                onClick={() => switchEnvironment('live')}
              >
                Live
              </button>
              <button
                type="button"
                className="test"
                aria-pressed={isTest}
                onClick={() => switchEnvironment('test')}
              >
                Test
              </button>
            </div>
            <div className="spacer" />
            <div className="user-chip">
              <span className="avatar" aria-hidden>
                {(me.user.name ?? me.user.email).slice(0, 1).toUpperCase()}
              </span>
              <span className="name">{me.user.name ?? me.user.email}</span>
              <Button size="sm" variant="ghost" onClick={() => void signOut({ callbackUrl: '/sign-in' })}>
                Sign out
              </Button>
            </div>
          </header>
          <main className="content">{children}</main>
        </div>
      </div>
      {newAccount ? <NewAccountDialog onClose={() => setNewAccount(false)} /> : null}
    </div>
  );
}

export function DashboardShell({
  children,
  initialEnvironment,
}: {
  children: ReactNode;
  initialEnvironment: Environment;
}) {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  if (me.error) {
    return (
      <div className={`dash${initialEnvironment === 'test' ? ' is-test' : ''}`}>
        <div className="auth">
          <div className="auth-card">
            <h1>Could not load your account</h1>
            <p className="sub">{errorMessage(me.error)}</p>
            <Button variant="primary" onClick={() => void signOut({ callbackUrl: '/sign-in' })}>
              Sign in again
            </Button>
          </div>
        </div>
      </div>
    );
  }
  if (!me.data) {
    return <div className={`dash${initialEnvironment === 'test' ? ' is-test' : ''}`} />;
  }
  const value: Me = {
    ...me.data,
    canWrite: me.data.role !== 'viewer',
    canAdmin: me.data.role === 'owner' || me.data.role === 'admin',
  };
  return (
    <ToastProvider>
      <MeContext.Provider value={value}>
        <Frame me={value}>{children}</Frame>
      </MeContext.Provider>
    </ToastProvider>
  );
}
