'use client';
// Settings: account name and support contacts (shown in the customer portal), members and invitations, and the
// environment's signing public keys.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fieldErrors, useTRPC } from '@/trpc/client.tsx';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  CopyButton,
  ErrorBox,
  Field,
  formatDate,
  Loading,
  PageHeader,
} from '../../_components/ui.tsx';
import { FormError, useFormFields } from '../../_components/forms.tsx';
import { createdColumn, DataTable, RowButton, useFeedback } from '../../_components/list.tsx';
import { useMe, type Role } from '../../_components/shell.tsx';

const ROLE_HELP: Record<Role, string> = {
  owner: 'Everything, including owners',
  admin: 'Everything, including members and settings',
  developer: 'Everything except members and settings',
  viewer: 'Read-only',
};

function AccountSettings() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const settings = useQuery(trpc.account.settings.queryOptions());
  const { form, setForm, bind } = useFormFields({ name: '', supportEmail: '', supportUrl: '' });
  useEffect(() => {
    if (settings.data)
      setForm({
        name: settings.data.name,
        supportEmail: settings.data.supportEmail ?? '',
        supportUrl: settings.data.supportUrl ?? '',
      });
  }, [settings.data, setForm]);
  const save = useMutation(
    trpc.account.updateSettings.mutationOptions(
      feedback({ invalidate: [trpc.account.pathKey()], success: 'Settings saved', toastErrors: false }),
    ),
  );
  const errors = fieldErrors(save.error);
  if (settings.isLoading) return <Loading />;
  return (
    <Card title="Account">
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            name: form.name,
            supportEmail: form.supportEmail || null,
            supportUrl: form.supportUrl || null,
          });
        }}
      >
        <FormError error={save.error} errors={errors} />
        <Field label="Account name" htmlFor="s-name" error={errors.name}>
          <input id="s-name" type="text" {...bind('name')} disabled={!me.canAdmin} />
        </Field>
        <div className="form-row">
          <Field
            label="Support email"
            htmlFor="s-email"
            error={errors.supportEmail}
            help="Shown to your customers in the self-service portal."
          >
            <input id="s-email" type="email" {...bind('supportEmail')} disabled={!me.canAdmin} />
          </Field>
          <Field
            label="Support URL"
            htmlFor="s-url"
            error={errors.supportUrl}
            help="Help center or contact page for the portal."
          >
            <input id="s-url" type="url" {...bind('supportUrl')} disabled={!me.canAdmin} />
          </Field>
        </div>
        {me.canAdmin ? (
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={save.isPending}>
              Save settings
            </Button>
          </div>
        ) : (
          <p className="muted small">Only owners and admins can change account settings.</p>
        )}
      </form>
    </Card>
  );
}

function Members() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const members = useQuery(trpc.account.members.queryOptions());
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('developer');
  const [removing, setRemoving] = useState<{ userId: string; email: string } | null>(null);
  const invalidate = [trpc.account.members.queryKey()];
  const invite = useMutation(
    trpc.account.invite.mutationOptions(
      feedback<{ email: string; emailed: boolean }>({
        invalidate,
        success: (r) =>
          r.emailed ? `Invitation emailed to ${r.email}` : 'Invitation created — share the link',
        then: () => setEmail(''),
        toastErrors: false,
      }),
    ),
  );
  const updateRole = useMutation(
    trpc.account.updateRole.mutationOptions(feedback({ invalidate, success: 'Role changed' })),
  );
  const remove = useMutation(
    trpc.account.removeMember.mutationOptions(
      feedback({ invalidate, success: 'Member removed', then: () => setRemoving(null) }),
    ),
  );
  const revoke = useMutation(
    trpc.account.revokeInvitation.mutationOptions(feedback({ invalidate, success: 'Invitation revoked' })),
  );
  const errors = fieldErrors(invite.error);
  const roles: Role[] =
    me.role === 'owner' ? ['owner', 'admin', 'developer', 'viewer'] : ['admin', 'developer', 'viewer'];
  return (
    <Card title="Members" body={false}>
      {me.canAdmin ? (
        <div className="card-body" style={{ borderBottom: '1px solid var(--d-border)' }}>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              invite.mutate({ email, role });
            }}
          >
            <div className="form-row">
              <Field
                label="Invite by email"
                htmlFor="m-email"
                error={errors.email}
                help="They get a link to join this account."
              >
                <input
                  id="m-email"
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  placeholder="teammate@example.com"
                />
              </Field>
              <Field label="Role" htmlFor="m-role" error={errors.role} help={ROLE_HELP[role]}>
                <select id="m-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <FormError error={invite.error} errors={errors} />
            {invite.data ? (
              <div className="field">
                <span className="label">Invitation link for {invite.data.email}</span>
                <div className="secret-box">
                  <code>{invite.data.link}</code>
                  <CopyButton value={invite.data.link} label="Copy link" />
                </div>
                <span className="help">
                  {invite.data.emailed
                    ? 'Also sent by email.'
                    : 'Email is not configured on this server: send this link yourself.'}{' '}
                  It expires on {formatDate(invite.data.expiresAt)}.
                </span>
              </div>
            ) : null}
            <div className="form-actions">
              <Button type="submit" variant="primary" busy={invite.isPending}>
                Send invitation
              </Button>
            </div>
          </form>
        </div>
      ) : null}
      {members.isLoading ? <Loading /> : null}
      {members.data ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Member</th>
                <th>Role</th>
                <th className="hide-sm">Since</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((m) => (
                <tr key={m.userId}>
                  <td>
                    {m.name ?? m.email}
                    {m.name ? <div className="muted small">{m.email}</div> : null}
                  </td>
                  <td>
                    {me.canAdmin && m.userId !== me.user.id && (m.role !== 'owner' || me.role === 'owner') ? (
                      <select
                        aria-label={`Role of ${m.email}`}
                        value={m.role}
                        onChange={(e) =>
                          updateRole.mutate({ userId: m.userId, role: e.target.value as Role })
                        }
                      >
                        {roles.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <Badge>{m.role}</Badge>
                    )}
                  </td>
                  <td className="hide-sm muted">{formatDate(m.joinedAt)}</td>
                  <td className="num">
                    {me.canAdmin && m.userId !== me.user.id ? (
                      <RowButton onClick={() => setRemoving({ userId: m.userId, email: m.email })}>
                        Remove
                      </RowButton>
                    ) : null}
                  </td>
                </tr>
              ))}
              {members.data.invitations.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.email} <Badge tone="amber">invited</Badge>
                  </td>
                  <td>
                    <Badge>{i.role}</Badge>
                  </td>
                  <td className="hide-sm muted">expires {formatDate(i.expiresAt)}</td>
                  <td className="num">
                    {me.canAdmin ? (
                      <RowButton onClick={() => revoke.mutate({ id: i.id })}>Revoke</RowButton>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove member?"
          text={<>{removing.email} loses access to this account.</>}
          confirmLabel="Remove"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ userId: removing.userId })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </Card>
  );
}

function SigningKeys() {
  const trpc = useTRPC();
  const me = useMe();
  const feedback = useFeedback();
  const keys = useQuery(trpc.signingKeys.list.queryOptions());
  const [confirm, setConfirm] = useState(false);
  const rotate = useMutation(
    trpc.signingKeys.rotate.mutationOptions(
      feedback({
        invalidate: [trpc.signingKeys.pathKey()],
        success: 'Signing key rotated',
        then: () => setConfirm(false),
      }),
    ),
  );
  return (
    <Card
      title={`Signing keys (${me.environment})`}
      actions={
        me.canAdmin ? (
          <Button size="sm" onClick={() => setConfirm(true)}>
            Rotate key
          </Button>
        ) : null
      }
      body={false}
    >
      <div className="card-body muted small" style={{ paddingBottom: 0 }}>
        Embed these Ed25519 public keys in your app to verify offline license files and signed API answers.
        Old keys stay listed so files they signed keep verifying.
      </div>
      <ErrorBox error={keys.error} />
      {keys.data ? (
        <DataTable
          rows={keys.data}
          rowKey={(k) => k.kid}
          columns={[
            { header: 'Key id', td: 'mono', cell: (k) => k.kid },
            {
              header: 'Public key (base64)',
              cell: (k) => (
                <>
                  <span className="mono truncate">{k.publicKey}</span> <CopyButton value={k.publicKey} />
                </>
              ),
            },
            { header: 'Status', cell: (k) => <Badge>{k.active ? 'active' : 'expired'}</Badge> },
            createdColumn(),
          ]}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title="Rotate the signing key?"
          text="New license files and answers are signed with a new key. Make sure your app knows the new public key (it can fetch GET /api/v1/signing-keys)."
          confirmLabel="Rotate"
          busy={rotate.isPending}
          onConfirm={() => rotate.mutate()}
          onClose={() => setConfirm(false)}
        />
      ) : null}
    </Card>
  );
}

export default function SettingsPage() {
  return (
    <div className="stack">
      <PageHeader title="Settings" description="Your account, your team and your signing keys." />
      <AccountSettings />
      <Members />
      <SigningKeys />
    </div>
  );
}
