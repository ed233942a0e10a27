'use client';
// API keys: create with scopes and environment (the secret is shown once, with a copy button), revoke, last used.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import { SCOPES } from '@/server/auth/scopes.ts';
import { Badge, EmptyState, Field, PageHeader, timeAgo } from '../../_components/ui.tsx';
import { FormDialog, SecretDialog } from '../../_components/forms.tsx';
import {
  ConfirmTarget,
  createdColumn,
  ListCard,
  NewButton,
  RowButton,
  useFeedback,
} from '../../_components/list.tsx';
import { useMe } from '../../_components/shell.tsx';

function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState(me.environment);
  const [fullAccess, setFullAccess] = useState(true);
  const [scopes, setScopes] = useState<string[]>([]);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions(
      feedback({ invalidate: [trpc.apiKeys.pathKey()], success: 'API key created', toastErrors: false }),
    ),
  );
  const errors = fieldErrors(create.error);
  if (create.data) {
    return (
      <SecretDialog
        title="Your new API key"
        notice="Copy this key now. For your security it is never shown again."
        secret={create.data.key}
        copyLabel="Copy key"
        testId="api-key-secret"
        onClose={onClose}
      >
        <p className="muted small" style={{ margin: 0 }}>
          Use it as <span className="mono">Authorization: Bearer {create.data.prefix}…</span> against /api/v1.
          It only sees {create.data.environment} data.
        </p>
      </SecretDialog>
    );
  }
  const toggle = (scope: string) =>
    setScopes((s) => (s.includes(scope) ? s.filter((x) => x !== scope) : [...s, scope]));
  return (
    <FormDialog
      title="New API key"
      onClose={onClose}
      onSubmit={() =>
        create.mutate({
          environment,
          ...(name ? { name } : {}),
          scopes: fullAccess ? [] : (scopes as never[]),
        })
      }
      error={create.error}
      errors={errors}
      busy={create.isPending}
      submitDisabled={!fullAccess && scopes.length === 0}
      submitLabel="Create key"
    >
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
              <label key={scope} className="small" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <input type="checkbox" checked={scopes.includes(scope)} onChange={() => toggle(scope)} />
                <span className="mono">{scope}</span>
              </label>
            ))}
          </div>
        ) : null}
        {errors.scopes ? <span className="error">{errors.scopes}</span> : null}
      </div>
    </FormDialog>
  );
}

export default function ApiKeysPage() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; label: string } | null>(null);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions(
      feedback({
        invalidate: [trpc.apiKeys.pathKey()],
        success: 'API key revoked',
        then: () => setRevoking(null),
      }),
    ),
  );
  const newButton = (
    <NewButton show={me.canWrite} onClick={() => setCreating(true)}>
      + New API key
    </NewButton>
  );
  return (
    <div className="stack">
      <PageHeader
        title="API keys"
        description={`Secret keys for your backend. Showing ${me.environment} keys.`}
        actions={newButton}
      />
      <ListCard
        query={keys}
        rows={keys.data}
        empty={
          <EmptyState
            icon="◇"
            title={`No ${me.environment} API keys`}
            text="Create a key so your backend or CI can create licenses and read analytics through the REST API."
            action={newButton}
          />
        }
        columns={[
          {
            header: 'Name',
            cell: (k) => (
              <>
                {k.name ?? <span className="muted">Unnamed</span>}{' '}
                {k.revokedAt ? <Badge tone="red">revoked</Badge> : null}
              </>
            ),
          },
          {
            header: 'Key',
            td: 'mono',
            cell: (k) => (
              <>
                {k.prefix}…{k.last4}
              </>
            ),
          },
          {
            header: 'Scopes',
            td: 'small',
            cell: (k) =>
              k.scopes.length === 0 ? (
                <Badge tone="violet" plain>
                  full access
                </Badge>
              ) : (
                <span className="truncate mono">{k.scopes.join(', ')}</span>
              ),
          },
          { header: 'Last used', td: 'muted', cell: (k) => timeAgo(k.lastUsedAt) },
          createdColumn(),
          {
            header: null,
            td: 'num',
            cell: (k) =>
              me.canWrite && !k.revokedAt ? (
                <RowButton
                  onClick={() => setRevoking({ id: k.id, label: k.name ?? `${k.prefix}…${k.last4}` })}
                >
                  Revoke
                </RowButton>
              ) : null,
          },
        ]}
      />
      {creating ? <CreateKeyDialog onClose={() => setCreating(false)} /> : null}
      <ConfirmTarget
        target={revoking}
        mutation={revoke}
        onClose={() => setRevoking(null)}
        title="Revoke API key?"
        text={(revoking) => (
          <>
            Requests with <strong>{revoking.label}</strong> fail immediately. This cannot be undone.
          </>
        )}
        confirmLabel="Revoke key"
      />
    </div>
  );
}
