// Keygen import (docs/migrating.md): maps the JSON:API list documents of Keygen's API — products, policies,
// users, licenses, machines, each one document or several pages — onto products, policies and licenses with
// their machines. Keys, statuses, expiry, uses, overrides and metadata are kept; Keygen ids go into metadata;
// every attribute that has no Licentric counterpart is listed in the report, never dropped silently.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import type { Policy, Product } from '@/generated/prisma/client.ts';
import { LicenseImport, type ImportOptions } from './import-licenses.ts';
import type { ImportItem } from './import-item.ts';
import type { ImportReport } from './import-report.ts';

const resource = z.looseObject({
  id: z.string().min(1).max(200),
  type: z.string().max(100),
  attributes: z.record(z.string(), z.unknown()).default({}),
  relationships: z.record(z.string(), z.unknown()).default({}),
});
type Resource = z.infer<typeof resource>;
const listDocument = z.looseObject({ data: z.array(resource).max(200_000) });
/** One list document, or its pages in any order. */
const documents = z.union([listDocument, z.array(listDocument).max(10_000)]).optional();

export const keygenImportInput = z.strictObject({
  products: documents,
  policies: documents,
  users: documents,
  licenses: documents,
  machines: documents,
  generateKeysForEncrypted: z
    .boolean()
    .default(false)
    .describe(
      'Legacy-encrypted Keygen licenses have no readable key in the list API: reported by default, or imported under a new generated key when true',
    ),
});
export type KeygenImportInput = z.input<typeof keygenImportInput>;

interface Unmapped {
  resource: string;
  id: string;
  field: string;
  value: unknown;
}

interface KeygenImportResult extends ImportReport {
  format: 'keygen';
  products: { created: number; existing: number };
  policies: { created: number; existing: number };
  unmapped: Unmapped[];
}

function all(doc: z.infer<typeof documents>): Resource[] {
  if (!doc) return [];
  return (Array.isArray(doc) ? doc : [doc]).flatMap((page) => page.data);
}

/** The id a relationship points to (`{ data: { type, id } }`), if any. */
function related(item: Resource, ...names: string[]): string | null {
  for (const name of names) {
    const rel = item.relationships[name] as { data?: { id?: unknown } | null } | undefined;
    if (typeof rel?.data?.id === 'string') return rel.data.id;
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Attributes with a Licentric counterpart or without meaning outside Keygen (timestamps, links). */
const MAPPED: Record<string, string[]> = {
  products: ['name', 'code', 'metadata', 'created', 'updated'],
  policies: [
    'name',
    'duration',
    'strict',
    'floating',
    'maxMachines',
    'maxUses',
    'requireHeartbeat',
    'heartbeatDuration',
    'heartbeatCullStrategy',
    'expirationStrategy',
    'machineUniquenessStrategy',
    'fingerprintUniquenessStrategy',
    'metadata',
    'created',
    'updated',
  ],
  licenses: [
    'name',
    'key',
    'expiry',
    'status',
    'uses',
    'suspended',
    'maxMachines',
    'maxUses',
    'metadata',
    'encrypted',
    'created',
    'updated',
  ],
  machines: ['fingerprint', 'name', 'platform', 'hostname', 'cores', 'metadata', 'created', 'updated'],
};

function unmappedOf(kind: string, item: Resource): Unmapped[] {
  const known = MAPPED[kind] ?? [];
  return Object.entries(item.attributes)
    .filter(
      ([field, value]) => !known.includes(field) && value !== null && value !== false && value !== undefined,
    )
    .map(([field, value]) => ({ resource: SINGULAR[kind] ?? kind, id: item.id, field, value }));
}

const SINGULAR: Record<string, string> = {
  products: 'product',
  policies: 'policy',
  licenses: 'license',
  machines: 'machine',
};

const EXPIRATION: Record<string, 'RESTRICT_ACCESS' | 'ALLOW_ACCESS' | 'REVOKE'> = {
  RESTRICT_ACCESS: 'RESTRICT_ACCESS',
  REVOKE_ACCESS: 'REVOKE',
  MAINTAIN_ACCESS: 'ALLOW_ACCESS',
  ALLOW_ACCESS: 'ALLOW_ACCESS',
};
const UNIQUENESS: Record<string, 'PER_LICENSE' | 'PER_POLICY' | 'PER_PRODUCT' | 'PER_ACCOUNT'> = {
  UNIQUE_PER_LICENSE: 'PER_LICENSE',
  UNIQUE_PER_POLICY: 'PER_POLICY',
  UNIQUE_PER_PRODUCT: 'PER_PRODUCT',
  UNIQUE_PER_ACCOUNT: 'PER_ACCOUNT',
};
const STATUS: Record<string, string> = {
  ACTIVE: 'active',
  INACTIVE: 'active',
  EXPIRING: 'active',
  EXPIRED: 'expired',
  SUSPENDED: 'suspended',
  BANNED: 'banned',
};

/** Licentric policy fields of a Keygen policy (DOMAIN.md §2 names). */
function mapKeygenPolicy(item: Resource) {
  const a = item.attributes;
  const floating = a.floating === true;
  const maxMachines = num(a.maxMachines) ?? (floating ? null : 1);
  const duration = num(a.duration);
  const heartbeat = num(a.heartbeatDuration);
  return {
    name: str(a.name) ?? `Keygen policy ${item.id}`,
    floating,
    maxMachines,
    allowUnlimitedActivations: maxMachines === null ? true : undefined,
    maxUses: num(a.maxUses),
    durationDays: duration ? Math.max(1, Math.ceil(duration / 86_400)) : null,
    requireHeartbeat: a.requireHeartbeat === true,
    heartbeatIntervalMinutes: heartbeat ? Math.max(1, Math.ceil(heartbeat / 60)) : undefined,
    heartbeatCullStrategy:
      a.heartbeatCullStrategy === 'KEEP_DEAD' ? ('KEEP_DEAD' as const) : ('DEACTIVATE_DEAD' as const),
    expirationStrategy: EXPIRATION[str(a.expirationStrategy) ?? ''] ?? 'RESTRICT_ACCESS',
    requireFingerprint: a.strict === true,
    fingerprintUniqueness:
      UNIQUENESS[str(a.machineUniquenessStrategy) ?? str(a.fingerprintUniquenessStrategy) ?? ''] ??
      'PER_LICENSE',
    metadata: { ...obj(a.metadata), keygenId: item.id },
  };
}

const PLATFORM = /mac|darwin|os ?x/i;
function platformOf(value: unknown): string | null {
  const p = str(value);
  if (!p) return null;
  if (PLATFORM.test(p)) return 'macos';
  if (/win/i.test(p)) return 'windows';
  if (/linux|ubuntu|debian|fedora|centos/i.test(p)) return 'linux';
  if (/docker/i.test(p)) return 'docker';
  if (/kube/i.test(p)) return 'kubernetes';
  return 'other';
}

/** A product code for a Keygen product: its own code when it fits `[A-Za-z0-9_-]{1,50}`, else derived from the id. */
function productCode(item: Resource): string {
  const code = str(item.attributes.code);
  return code && /^[A-Za-z0-9_-]{1,50}$/.test(code)
    ? code
    : `keygen-${item.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 32)}`;
}

export async function importKeygen(
  ctx: DomainContext,
  input: KeygenImportInput,
  options: ImportOptions,
): Promise<KeygenImportResult> {
  const parsed = keygenImportInput.parse(input);
  const importCtx: DomainContext = { ...ctx, actor: { type: 'import', id: ctx.actor.id } };
  const run = new LicenseImport(ctx, options);
  const result = {
    products: { created: 0, existing: 0 },
    policies: { created: 0, existing: 0 },
    unmapped: [] as Unmapped[],
  };
  const now = new Date();

  // products: matched by code (a re-run finds what the first run created)
  const products = new Map<string, Product>();
  for (const item of all(parsed.products)) {
    result.unmapped.push(...unmappedOf('products', item));
    const code = productCode(item);
    let product = await ctx.db.product.findFirst({ where: { ...scope(ctx), code, deletedAt: null } });
    if (product) result.products.existing++;
    else {
      const input = {
        name: str(item.attributes.name) ?? code,
        code,
        metadata: { ...obj(item.attributes.metadata), keygenId: item.id },
      };
      product = options.dryRun
        ? {
            id: randomUUID(),
            ...scope(ctx),
            description: null,
            keyPrefix: 'LIC',
            deletedAt: null,
            createdAt: now,
            updatedAt: now,
            ...input,
          }
        : await ctx.db.product.findUniqueOrThrow({
            where: { id: (await createProduct(importCtx, input)).id },
          });
      result.products.created++;
    }
    products.set(item.id, product);
  }

  // policies: matched by the Keygen id kept in their metadata
  const policies = new Map<string, { policy: Policy; product: Product }>();
  for (const item of all(parsed.policies)) {
    result.unmapped.push(...unmappedOf('policies', item));
    const product = products.get(related(item, 'product') ?? '');
    if (!product) {
      result.unmapped.push({
        resource: 'policy',
        id: item.id,
        field: 'relationships.product',
        value: related(item, 'product'),
      });
      continue;
    }
    let policy = await ctx.db.policy.findFirst({
      where: {
        ...scope(ctx),
        productId: product.id,
        deletedAt: null,
        metadata: { path: ['keygenId'], equals: item.id },
      },
    });
    if (policy) result.policies.existing++;
    else {
      const fields = mapKeygenPolicy(item);
      if (options.dryRun) {
        const { allowUnlimitedActivations: _u, ...stored } = fields;
        policy = {
          id: randomUUID(),
          ...scope(ctx),
          productId: product.id,
          template: 'custom',
          offlineAllowed: true,
          offlineMaxDays: 14,
          allowMachineTransfer: false,
          maxUniqueFingerprints: null,
          isTrial: false,
          overridable: true,
          deletedAt: null,
          createdAt: now,
          updatedAt: now,
          ...stored,
          heartbeatIntervalMinutes: stored.heartbeatIntervalMinutes ?? 60,
        };
      } else {
        const view = await createPolicy(importCtx, { productId: product.id, ...fields });
        policy = await ctx.db.policy.findUniqueOrThrow({ where: { id: view.id } });
      }
      result.policies.created++;
    }
    policies.set(item.id, { policy, product });
    run.preset(`keygen:${product.id}`, product, `keygen:${item.id}`, policy);
  }

  const users = new Map(
    all(parsed.users).map((u) => {
      const a = u.attributes;
      const name = str(a.fullName) ?? ([str(a.firstName), str(a.lastName)].filter(Boolean).join(' ') || null);
      return [u.id, { email: str(a.email), name }] as const;
    }),
  );

  const machinesByLicense = new Map<string, ImportItem['machines']>();
  const licenseIds = new Set(all(parsed.licenses).map((l) => l.id));
  for (const m of all(parsed.machines)) {
    result.unmapped.push(...unmappedOf('machines', m));
    const licenseId = related(m, 'license');
    if (!licenseId || !licenseIds.has(licenseId)) {
      result.unmapped.push({
        resource: 'machine',
        id: m.id,
        field: 'relationships.license',
        value: licenseId,
      });
      continue;
    }
    const a = m.attributes;
    const list = machinesByLicense.get(licenseId) ?? [];
    list.push({
      fingerprint: str(a.fingerprint) ?? '',
      name: str(a.name),
      platform: platformOf(a.platform),
      hostname: str(a.hostname),
      cores: num(a.cores),
      metadata: { ...obj(a.metadata), keygenId: m.id },
    });
    machinesByLicense.set(licenseId, list);
  }

  let row = 0;
  for (const license of all(parsed.licenses)) {
    row++;
    result.unmapped.push(...unmappedOf('licenses', license));
    const a = license.attributes;
    const target = policies.get(related(license, 'policy') ?? '');
    const columns = Object.fromEntries(
      [
        'key',
        'name',
        'status',
        'userEmail',
        'userName',
        'expiresAt',
        'maxMachinesOverride',
        'maxUsesOverride',
        'uses',
        'metadata',
        'machines',
      ].map((f) => [f, `licenses[${row - 1}] (${license.id}) ${f}`]),
    );
    if (!target) {
      run.reject({
        row,
        column: columns.policy ?? null,
        message: `License ${license.id}: its policy is not among the imported policies`,
      });
      continue;
    }
    const key = str(a.key);
    if (!key && !parsed.generateKeysForEncrypted) {
      run.reject({
        row,
        column: columns.key ?? null,
        message: `License ${license.id} has no readable key (legacy-encrypted); import it with generateKeysForEncrypted: true to give it a new key`,
      });
      continue;
    }
    const owner = users.get(related(license, 'owner', 'user') ?? '');
    const { policy, product } = target;
    const status =
      a.suspended === true && str(a.status) !== 'BANNED' ? 'suspended' : STATUS[str(a.status) ?? 'ACTIVE'];
    const maxMachines = num(a.maxMachines);
    const maxUses = num(a.maxUses);
    await run.add({
      row,
      columns,
      key,
      product: `keygen:${product.id}`,
      policy: `keygen:${related(license, 'policy')}`,
      status: status ?? null,
      name: str(a.name),
      userEmail: owner?.email ?? null,
      userName: owner?.name ?? null,
      expiresAt: str(a.expiry),
      maxMachinesOverride: maxMachines !== null && maxMachines !== policy.maxMachines ? maxMachines : null,
      maxUsesOverride: maxUses !== null && maxUses !== policy.maxUses ? maxUses : null,
      uses: num(a.uses) ?? 0,
      entitlements: [],
      metadata: { ...obj(a.metadata), keygenId: license.id },
      machines: machinesByLicense.get(license.id) ?? [],
    });
    if (!status)
      result.unmapped.push({ resource: 'license', id: license.id, field: 'status', value: a.status });
  }
  return { format: 'keygen', ...(await run.finish()), ...result };
}
