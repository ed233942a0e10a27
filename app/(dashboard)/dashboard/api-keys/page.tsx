'use client';
// API keys: create with scopes and environment (the secret is shown once, with a copy button), revoke, last used.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, fieldErrors, useTRPC } from '@/trpc/client.tsx';
import { SCOPES } from '@/server/auth/scopes.ts';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  CopyButton,
  Dialog,
  EmptyState,
  ErrorBox,
  Field,
  formatDate,
  Loading,
  PageHeader,
  timeAgo,
  useToast,
} from '../../_components/ui.tsx';
import { useMe } from '../../_components/shell.tsx';

function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState(me.environment);
  const [fullAccess, setFullAccess] = useState(true);
  const [scopes, setScopes] = useState<string[]>([]);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.pathKey() });
        toast.success('API key created');
      },
    }),
  );
  const errors = fieldErrors(create.error);
  if (create.data) {
    return (
      <Dialog title="Your new API key" onClose={onClose}>
        <div className="form">
          <div className="notice">Copy this key now. For your security it is never shown again.</div>
          <div className="secret-box">
            <code data-testid="api-key-secret">{create.data.key}</code>
            <CopyButton value={create.data.key} label="Copy key" />
          </div>
          <p className="muted small" style={{ margin: 0 }}>
            Use it as <span className="mono">Authorization: Bearer {create.data.prefix}…</span> against
            /api/v1. It only sees {create.data.environment} data.
          </p>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      </Dialog>
    );
  }
  const toggle = (scope: string) =>
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));
  return (
    <Dialog title="New API key" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({
            environment,
            ...(name ? { name } : {}),
            scopes: fullAccess ? [] : (scopes as never[]),
          });
        }}
      >
        {create.error && Object.keys(errors).length === 0 ? <ErrorBox error={create.error} /> : null}
        <Field
          label="Name"
          htmlFor="k-name"
          error={errors.name}
          help="Where it is used, e.g. “Billing backend”."
        >
          <input id="k-name" type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </Field>
        <Field
          label="Environment"
          htmlFor="k-env"
          error={errors.environment}
          help="A key sees only the data of its environment."
        >
          <select
            id="k-env"
            value={environment}
            onChange={(e) => setEnvironment(e.target.value as 'live' | 'test')}
          >
            <option value="live">Live</option>
            <option value="test">Test</option>
          </select>
        </Field>
        <div className="field">
          <span className="label">Permissions</span>
          <label className="check">
            <input type="radio" name="access" checked={fullAccess} onChange={() => setFullAccess(true)} />
            <span>
              <strong>Full access</strong>
              <span className="muted small">Every endpoint of the API.</span>
            </span>
          </label>
          <label className="check">
            <input type="radio" name="access" checked={!fullAccess} onChange={() => setFullAccess(false)} />
            <span>
              <strong>Restricted</strong>
              <span className="muted small">Only the scopes you choose below.</span>
            </span>
          </label>
          {!fullAccess ? (
            <div className="grid grid-3" style={{ marginTop: 6 }}>
              {SCOPES.map((scope) => (
                <label
                  key={scope}
                  className="small"
                  style={{ display: 'flex', gap: 6, alignItems: 'center' }}
                >
                  <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
                  <span className="mono">{scope}</span>
                </label>
              ))}
            </div>
          ) : null}
          {errors.scopes ? <span className="error">{errors.scopes}</span> : null}
        </div>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            busy={create.isPending}
            disabled={!fullAccess && scopes.length === 0}
          >
            Create key
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export default function ApiKeysPage() {
  const trpc = useTRPC();
  const me = useMe();
  const toast = useToast();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; label: string } | null>(null);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.apiKeys.pathKey() });
        toast.success('API key revoked');
        setRevoking(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  const newButton = me.canWrite ? (
    <Button variant="primary" onClick={() => setCreating(true)}>
      + New API key
    </Button>
  ) : null;
  return (
    <div className="stack">
      <PageHeader
        title="API keys"
        description={`Secret keys for your backend. Showing ${me.environment} keys.`}
        actions={newButton}
      />
      <Card body={false}>
        {keys.isLoading ? <Loading /> : null}
        <ErrorBox error={keys.error} />
        {keys.data && keys.data.length === 0 ? (
          <EmptyState
            icon="◇"
            title={`No ${me.environment} API keys`}
            text="Create a key so your backend or CI can create licenses and read analytics through the REST API."
            action={newButton}
          />
        ) : null}
        {keys.data && keys.data.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Key</th>
                  <th>Scopes</th>
                  <th>Last used</th>
                  <th className="hide-sm">Created</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id}>
                    <td>
                      {k.name ?? <span className="muted">Unnamed</span>}{' '}
                      {k.revokedAt ? <Badge tone="red">revoked</Badge> : null}
                    </td>
                    <td className="mono">
                      {k.prefix}…{k.last4}
                    </td>
                    <td className="small">
                      {k.scopes.length === 0 ? (
                        <Badge tone="violet" plain>
                          full access
                        </Badge>
                      ) : (
                        <span className="truncate mono">{k.scopes.join(', ')}</span>
                      )}
                    </td>
                    <td className="muted">{timeAgo(k.lastUsedAt)}</td>
                    <td className="hide-sm muted">{formatDate(k.createdAt)}</td>
                    <td className="num">
                      {me.canWrite && !k.revokedAt ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => setRevoking({ id: k.id, label: k.name ?? `${k.prefix}…${k.last4}` })}
                        >
                          Revoke
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      {creating ? <CreateKeyDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title="Revoke API key?"
          text={
            <>
              Requests with <strong>{revoking.label}</strong> fail immediately. This cannot be undone.
            </>
          }
          confirmLabel="Revoke key"
          danger
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate({ id: revoking.id })}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </div>
  );
}
