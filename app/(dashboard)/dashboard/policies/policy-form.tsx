'use client';
// The policy form: a template picker that fills every rule, each rule explained; validated by the API's schema.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client.tsx';
import type { PolicyView } from '@/server/domain/policies/policies.ts';
import {
  customersCanMoveSeats,
  POLICY_RULE_DEFAULTS,
  POLICY_TEMPLATE_RULES,
  type PolicyRules,
  type PolicyTemplateName,
} from '@/lib/policy-templates.ts';
import { Badge, Check, Field } from '../../_components/ui.tsx';
import { FormDialog, NameOptions, useSave } from '../../_components/forms.tsx';
import { useFeedback } from '../../_components/list.tsx';

type Template = PolicyTemplateName;
type Rules = PolicyRules;

/** The column defaults, with one machine to start from; a template's presets are applied on top. */
const DEFAULT_RULES: Rules = { maxMachines: 1, ...POLICY_RULE_DEFAULTS };

export const TEMPLATES: Array<{ id: Template; title: string; text: string }> = [
  { id: 'desktop_app', title: 'Desktop app', text: '2 machines, perpetual, 14 days offline' },
  { id: 'cli_tool', title: 'CLI tool', text: '3 machines, perpetual, 7 days offline' },
  { id: 'saas', title: 'SaaS', text: 'Unlimited seats, 30 days, daily heartbeat' },
  { id: 'trial', title: 'Trial', text: '1 machine, 14 days, online only' },
  { id: 'custom', title: 'Custom', text: 'Start from the defaults' },
];

/** The rules a template fills in (the column defaults, then its presets). */
const templateRules = (t: Template): Rules => ({ ...DEFAULT_RULES, ...POLICY_TEMPLATE_RULES[t] });

/**
 * The self-service trade-off in one marker: whether customers can free a seat in the portal themselves, or must
 * ask you (node-locked without machine transfer). Shown in the template picker, the form and the policies list.
 */
export function SeatMoveBadge({ rules }: { rules: Pick<Rules, 'floating' | 'allowMachineTransfer'> }) {
  return customersCanMoveSeats(rules) ? (
    <Badge tone="green" plain>
      customers can move seats
    </Badge>
  ) : (
    <Badge tone="amber" plain>
      seats locked: customers ask you
    </Badge>
  );
}

const HELP: Record<keyof Rules, string> = {
  maxMachines: 'How many machines may be activated at once per license. Leave empty for unlimited.',
  maxUses: 'Cap on counted validations per license (e.g. metered usage). Empty = no cap.',
  floating:
    'Floating: seats are released by deactivation and reused freely. Off = node-locked, seats are meant to stay.',
  durationDays: 'New licenses expire this many days after creation. Empty = perpetual.',
  expirationStrategy:
    'What an expired license may still do: Restrict (validation fails), Allow (validates, flagged expired) or Revoke (becomes revoked).',
  requireHeartbeat: 'Machines must ping periodically; silent machines become dead.',
  heartbeatIntervalMinutes: 'Expected minutes between heartbeats (2 minutes of grace are added).',
  heartbeatCullStrategy: 'Deactivate dead machines (seat freed) or keep them until they ping again.',
  requireFingerprint: 'Validation must name the fingerprint of an activated machine.',
  fingerprintUniqueness:
    'Where one fingerprint may be active only once: per license, policy, product or the whole account.',
  offlineAllowed: 'Allow offline license files (signed, verified without the server).',
  offlineMaxDays: 'Longest validity of an offline license file (1–90 days).',
  allowMachineTransfer:
    'Let customers deactivate a machine of a node-locked license themselves in the portal, to move to a new computer. Off: the portal tells them to contact you.',
  maxUniqueFingerprints:
    'Lifetime cap of distinct machines ever activated on one license (stops seat churn). Empty = no cap.',
  isTrial: 'Marks licenses of this policy as trials (for your reporting and app logic).',
  overridable: 'Individual licenses may override the machine and use limits.',
};

const num = (value: string): number | null => (value.trim() === '' ? null : Number(value));

export function PolicyForm({
  policy,
  products,
  onClose,
}: {
  policy?: PolicyView;
  products: Array<{ id: string; name: string }>;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const feedback = useFeedback();
  const [name, setName] = useState(policy?.name ?? '');
  // a new policy's name follows the picked template until the user types one of their own
  const [nameEdited, setNameEdited] = useState(Boolean(policy));
  const [productId, setProductId] = useState(policy?.productId ?? products[0]?.id ?? '');
  const [template, setTemplate] = useState<Template>(policy?.template ?? 'custom');
  const [rules, setRules] = useState<Rules>(() => {
    if (!policy) return DEFAULT_RULES;
    const {
      id: _i,
      productId: _p,
      name: _n,
      template: _t,
      entitlements: _e,
      licensesCount: _l,
      metadata: _m,
      createdAt: _c,
      updatedAt: _u,
      ...r
    } = policy;
    return r;
  });
  const set = <K extends keyof Rules>(key: K, value: Rules[K]) => setRules((r) => ({ ...r, [key]: value }));

  const pick = (t: Template) => {
    setTemplate(t);
    setRules(templateRules(t));
    if (!nameEdited) setName(t === 'custom' ? '' : (TEMPLATES.find((x) => x.id === t)?.title ?? ''));
  };

  const done = (verb: string) =>
    feedback<PolicyView>({
      invalidate: [trpc.policies.pathKey()],
      success: (p) => `Policy “${p.name}” ${verb}`,
      then: onClose,
      toastErrors: false,
    });
  const create = useMutation(trpc.policies.create.mutationOptions(done('created')));
  const update = useMutation(trpc.policies.update.mutationOptions(done('saved')));
  const { error, errors, busy } = useSave(policy, create, update);

  const submit = () => {
    const body = { name, ...rules, allowUnlimitedActivations: rules.maxMachines === null ? true : undefined };
    if (policy) update.mutate({ id: policy.id, data: body });
    else create.mutate({ ...body, productId, template });
  };

  const numberField = (
    key:
      | 'maxMachines'
      | 'maxUses'
      | 'durationDays'
      | 'maxUniqueFingerprints'
      | 'heartbeatIntervalMinutes'
      | 'offlineMaxDays',
    label: string,
    placeholder = '',
  ) => (
    <Field label={label} htmlFor={`pol-${key}`} help={HELP[key]} error={errors[key]}>
      <input
        id={`pol-${key}`}
        type="number"
        min={1}
        placeholder={placeholder}
        value={rules[key] ?? ''}
        onChange={(e) =>
          set(
            key,
            (num(e.target.value) ??
              (key === 'heartbeatIntervalMinutes' || key === 'offlineMaxDays' ? 1 : null)) as never,
          )
        }
      />
    </Field>
  );
  const checkField = (
    key:
      | 'floating'
      | 'requireHeartbeat'
      | 'requireFingerprint'
      | 'offlineAllowed'
      | 'allowMachineTransfer'
      | 'isTrial'
      | 'overridable',
    label: string,
  ) => (
    <Check
      id={`pol-${key}`}
      label={label}
      help={errors[key] ?? HELP[key]}
      checked={rules[key]}
      onChange={(v) => set(key, v)}
    />
  );

  const selectField = <K extends 'fingerprintUniqueness' | 'expirationStrategy' | 'heartbeatCullStrategy'>(
    key: K,
    label: string,
    id: string,
    options: Record<Rules[K], string>,
  ) => (
    <Field label={label} htmlFor={id} help={HELP[key]} error={errors[key]}>
      <select id={id} value={rules[key]} onChange={(e) => set(key, e.target.value as Rules[K])}>
        {Object.entries<string>(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <FormDialog
      title={policy ? 'Edit policy' : 'New policy'}
      onClose={onClose}
      wide
      onSubmit={submit}
      error={error}
      errors={errors}
      busy={busy}
      submitLabel={policy ? 'Save changes' : 'Create policy'}
    >
      {!policy ? (
        <div className="field">
          <span className="label">Start from a template</span>
          <div className="templates" role="group" aria-label="Templates">
            {TEMPLATES.map((t) => (
              <button
                key={t.id}
                type="button"
                className="template"
                aria-pressed={template === t.id}
                onClick={() => pick(t.id)}
              >
                <strong>{t.title}</strong>
                <span>{t.text}</span>
                <SeatMoveBadge rules={templateRules(t.id)} />
              </button>
            ))}
          </div>
          <span className="help">A template fills in the rules below; you can change any of them.</span>
        </div>
      ) : null}
      <div className="form-row">
        <Field label="Name" htmlFor="pol-name" error={errors.name} help="e.g. “Pro — 2 seats”.">
          <input
            id="pol-name"
            type="text"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setNameEdited(e.target.value.trim() !== '');
            }}
          />
        </Field>
        <Field
          label="Product"
          htmlFor="pol-product"
          error={errors.productId}
          help={policy ? 'Fixed once the policy exists.' : 'Licenses of this policy belong to this product.'}
        >
          <select
            id="pol-product"
            value={productId}
            disabled={Boolean(policy)}
            onChange={(e) => setProductId(e.target.value)}
          >
            <NameOptions items={products} />
          </select>
        </Field>
      </div>
      <h3 style={{ margin: '8px 0 0' }}>Seats and usage</h3>
      <div className="form-row">
        {numberField('maxMachines', 'Max machines', 'Unlimited')}
        {numberField('maxUses', 'Max uses', 'No cap')}
      </div>
      <div className="form-row">
        {numberField('maxUniqueFingerprints', 'Max distinct machines ever', 'No cap')}
        {selectField('fingerprintUniqueness', 'Fingerprint uniqueness', 'pol-fpu', {
          PER_LICENSE: 'Per license',
          PER_POLICY: 'Per policy',
          PER_PRODUCT: 'Per product',
          PER_ACCOUNT: 'Per account',
        })}
      </div>
      <div className="grid grid-2">
        {checkField('floating', 'Floating seats')}
        {checkField('requireFingerprint', 'Require a machine fingerprint')}
        {checkField('allowMachineTransfer', 'Allow machine transfer')}
        {checkField('overridable', 'Per-license overrides')}
      </div>
      <p className="seat-move" data-testid="seat-move">
        <SeatMoveBadge rules={rules} />{' '}
        <span className="muted small">
          {customersCanMoveSeats(rules)
            ? 'Customers free a seat themselves in the portal when they move to a new computer.'
            : 'The portal offers no way to free a seat: customers contact you, and you deactivate the machine here. Turn on machine transfer (or floating seats) to let them do it themselves.'}
        </span>
      </p>
      <h3 style={{ margin: '8px 0 0' }}>Duration and expiry</h3>
      <div className="form-row">
        {numberField('durationDays', 'Duration (days)', 'Perpetual')}
        {selectField('expirationStrategy', 'When a license expires', 'pol-exp', {
          RESTRICT_ACCESS: 'Restrict access',
          ALLOW_ACCESS: 'Allow access',
          REVOKE: 'Revoke',
        })}
      </div>
      {checkField('isTrial', 'Trial')}
      <h3 style={{ margin: '8px 0 0' }}>Heartbeats and offline use</h3>
      <div className="grid grid-2">
        {checkField('requireHeartbeat', 'Require heartbeats')}
        {checkField('offlineAllowed', 'Allow offline licenses')}
      </div>
      <div className="form-row">
        {numberField('heartbeatIntervalMinutes', 'Heartbeat interval (minutes)')}
        {selectField('heartbeatCullStrategy', 'Dead machines', 'pol-cull', {
          DEACTIVATE_DEAD: 'Deactivate them',
          KEEP_DEAD: 'Keep them',
        })}
      </div>
      {numberField('offlineMaxDays', 'Offline license validity (days)')}
    </FormDialog>
  );
}
