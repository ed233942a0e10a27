// The license import engine shared by CSV and Keygen imports: validates items batch by batch (product, policy,
// entitlements, key uniqueness, seats), and in a real run writes each batch in one transaction — licenses,
// their entitlements, their machines (counting seats) and the license.created / machine.activated events with
// the actor `import`. Idempotent by key: a key already present in this account+environment is skipped.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { scope, type DomainContext } from '@/server/context.ts';
import { newEventId } from '@/lib/ids.ts';
import { encrypt } from '@/lib/crypto.ts';
import { generateLicenseKey, hashLicenseKey } from '@/lib/license-key.ts';
import { isUuid } from '@/lib/ids.ts';
import { normalizeEmail } from '@/lib/text-match.ts';
import { masterKey } from '@/server/secrets.ts';
import { textProblem } from '@/server/input-guard.ts';
import { toJsonValue } from '@/server/domain/events/write-event.ts';
import { metadataSchema, positiveCount, MAX_INT32 } from '@/server/domain/shared/schemas.ts';
import { fingerprintSchema } from '@/server/domain/machines/machines.ts';
import { PLATFORMS, toMachineView } from '@/server/domain/machines/machine-view.ts';
import {
  effectiveLimits,
  effectiveStatus,
  LICENSE_STATUSES,
} from '@/server/domain/licenses/license-state.ts';
import {
  LICENSE_KEY_AAD,
  toLicenseEventView,
  type LicenseRow,
} from '@/server/domain/licenses/license-views.ts';
import type { License, Policy, Product } from '@/generated/prisma/client.ts';
import type { Tx } from '@/server/db.ts';

const DAY_MS = 86_400_000;
/** Rows validated and written together (one transaction per batch in a real run). */
export const IMPORT_BATCH_SIZE = 1000;
/** Report lists (errors, skipped rows) stop growing here; their counts stay exact. */
export const REPORT_LIST_LIMIT = 10_000;

export interface ImportMachine {
  fingerprint: string;
  name?: string | null;
  platform?: string | null;
  hostname?: string | null;
  cores?: number | null;
  metadata?: Record<string, unknown>;
}

/** One license to import, as read from a CSV record or a Keygen document (values still unchecked). */
export interface ImportItem {
  /** The CSV line, or the position in the Keygen licenses document (1-based). */
  row: number;
  /** Which source column filled each field, for error reports (absent: the field's own name). */
  columns: Partial<Record<string, string>>;
  key?: string | null;
  /** Product code or id. */
  product?: string;
  /** Policy id, or policy name within the product. */
  policy?: string;
  status?: string | null;
  name?: string | null;
  userEmail?: string | null;
  userName?: string | null;
  /** ISO date-time or date; null = no expiry; absent = the policy's duration. */
  expiresAt?: string | null;
  maxMachinesOverride?: string | number | null;
  maxUsesOverride?: string | number | null;
  uses?: number;
  entitlements: string[];
  metadata: Record<string, unknown>;
  machines: ImportMachine[];
}

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Events are written (audit log) but marked dispatched, so no webhook is delivered for the import. */
  suppressWebhooks: boolean;
  /** Called after each batch with the rows read so far (progress of a long import). */
  onProgress?: (rows: number) => Promise<void>;
}

export const importReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int().describe('Rows read (header excluded)'),
  toCreate: z.number().int().describe('Rows that are (or, in a dry run, would be) created'),
  created: z.number().int().describe('Licenses created (0 in a dry run)'),
  machinesCreated: z.number().int(),
  skippedCount: z.number().int(),
  errorCount: z.number().int(),
  skipped: z
    .array(z.object({ row: z.number().int(), licenseId: z.string(), message: z.string() }))
    .describe('Rows whose key already exists in this account+environment'),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
  createdIds: z.array(z.string()).describe('Ids of the created licenses, in row order'),
  truncated: z.boolean().describe(`true when skipped or errors were cut at ${REPORT_LIST_LIMIT} entries`),
});
export type ImportReport = z.infer<typeof importReport>;

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    rows: 0,
    toCreate: 0,
    created: 0,
    machinesCreated: 0,
    skippedCount: 0,
    errorCount: 0,
    skipped: [],
    errors: [],
    createdIds: [],
    truncated: false,
  };
}

export function addError(report: ImportReport, problem: ImportProblem): void {
  report.errorCount++;
  if (report.errors.length < REPORT_LIST_LIMIT) report.errors.push(problem);
  else report.truncated = true;
}

// ------------------------------------------------------------------------------------------------ item schema

const storable = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .superRefine((v, c) => {
      const problem = textProblem(v);
      if (problem) c.addIssue({ code: 'custom', message: problem });
    });
const count = z.union([
  positiveCount,
  z.string().regex(/^\d+$/, 'a whole number').transform(Number).pipe(positiveCount),
]);
const date = z.union(
  [
    z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
    z.iso.date().transform((v) => new Date(`${v}T00:00:00.000Z`)),
  ],
  { error: 'not a date: use an ISO date-time (2030-01-31T00:00:00Z) or YYYY-MM-DD' },
);

const itemSchema = z.object({
  key: storable(256)
    .regex(/^[\x21-\x7E]{8,256}$/, 'a key has 8–256 printable ASCII characters without spaces')
    .nullish(),
  product: storable(255).min(1, 'required'),
  policy: storable(255).min(1, 'required'),
  status: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(LICENSE_STATUSES, { message: `one of ${LICENSE_STATUSES.join(', ')}` }))
    .nullish(),
  name: storable(255).nullish(),
  userEmail: storable(320).pipe(z.email('not an email address')).transform(normalizeEmail).nullish(),
  userName: storable(255).nullish(),
  expiresAt: storable(64).pipe(date).nullable().optional(),
  maxMachinesOverride: count.nullish(),
  maxUsesOverride: count.nullish(),
  uses: z.number().int().min(0).max(MAX_INT32).optional(),
  entitlements: z.array(storable(100)).max(100),
  metadata: metadataSchema,
  machines: z
    .array(
      z.object({
        fingerprint: storable(256).pipe(fingerprintSchema),
        name: storable(255).nullish(),
        platform: z.enum(PLATFORMS).nullish().catch(null),
        hostname: storable(255).nullish(),
        cores: z.number().int().min(1).max(4096).nullish(),
        metadata: metadataSchema.optional(),
      }),
    )
    .max(1000),
});
type CheckedItem = z.infer<typeof itemSchema>;

function problemsOf(item: ImportItem, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = item.columns[field] ?? (field || null);
    return { row: item.row, column, message: issue.message };
  });
}

// ------------------------------------------------------------------------------------------------ resolution

type PolicyWithCodes = Policy & { entitlements: Array<{ entitlement: { code: string } }> };

interface Planned {
  item: ImportItem;
  data: CheckedItem;
  product: Product;
  policy: PolicyWithCodes;
  entitlementIds: string[];
  entitlementCodes: string[];
  keyHash: string | null;
}

/** Looks products, policies and entitlements up once per import (scoped to the context's account+environment). */
class Resolver {
  private readonly products = new Map<string, Product | null>();
  private readonly policies = new Map<string, PolicyWithCodes | string>();
  private readonly entitlements = new Map<string, string | null>();

  constructor(private readonly ctx: DomainContext) {}

  /** Makes a product (and its policy) known under a reference without a lookup (Keygen ids, dry runs). */
  preset(ref: string, product: Product, policyRef?: string, policy?: PolicyWithCodes): void {
    this.products.set(ref, product);
    if (policyRef && policy) this.policies.set(`${product.id}|${policyRef}`, policy);
  }

  async product(ref: string): Promise<Product | null> {
    if (!this.products.has(ref)) {
      const found = await this.ctx.db.product.findFirst({
        where: {
          ...scope(this.ctx),
          deletedAt: null,
          OR: [{ code: ref }, ...(isUuid(ref) ? [{ id: ref }] : [])],
        },
      });
      this.products.set(ref, found);
    }
    return this.products.get(ref) ?? null;
  }

  /** The policy, or the reason it cannot be used. */
  async policy(product: Product, ref: string): Promise<PolicyWithCodes | string> {
    const cacheKey = `${product.id}|${ref}`;
    let found = this.policies.get(cacheKey);
    if (found === undefined) {
      const rows = await this.ctx.db.policy.findMany({
        where: {
          ...scope(this.ctx),
          deletedAt: null,
          OR: [{ name: ref }, ...(isUuid(ref) ? [{ id: ref }] : [])],
        },
        include: {
          entitlements: {
            where: { entitlement: { deletedAt: null } },
            select: { entitlement: { select: { code: true } } },
          },
        },
        take: 3,
      });
      const [only, ...more] = rows.filter((p) => p.productId === product.id);
      found =
        rows.length === 0
          ? `Unknown policy "${ref}"`
          : !only
            ? `Policy "${ref}" belongs to another product than ${product.code}`
            : more.length
              ? `Several policies of ${product.code} are named "${ref}"; use the policy id`
              : only;
      this.policies.set(cacheKey, found);
    }
    return found;
  }

  async entitlementIds(codes: string[]): Promise<{ ids: string[]; unknown: string[] }> {
    const missing = codes.filter((c) => !this.entitlements.has(c));
    if (missing.length) {
      const rows = await this.ctx.db.entitlement.findMany({
        where: { ...scope(this.ctx), deletedAt: null, code: { in: missing } },
        select: { id: true, code: true },
      });
      for (const code of missing) this.entitlements.set(code, rows.find((r) => r.code === code)?.id ?? null);
    }
    const ids = codes.map((c) => this.entitlements.get(c)).filter((id): id is string => !!id);
    return { ids: [...new Set(ids)], unknown: codes.filter((c) => !this.entitlements.get(c)) };
  }
}

// ------------------------------------------------------------------------------------------------ engine

/** Runs an import over items (in any number of batches); the report grows as batches complete. */
export class LicenseImport {
  readonly report: ImportReport;
  private readonly ctx: DomainContext;
  private readonly resolver: Resolver;
  /** Key hash → the row that brought it first (duplicates within the file are errors). */
  private readonly seenKeys = new Map<string, number>();
  private batch: ImportItem[] = [];
  /** Fingerprints of the machines this import brings (or, in a dry run, would bring), by uniqueness scope. */
  private readonly claimed = emptyTaken();

  constructor(
    ctx: DomainContext,
    private readonly options: ImportOptions,
  ) {
    this.ctx = { ...ctx, actor: { type: 'import', id: ctx.actor.id } };
    this.resolver = new Resolver(this.ctx);
    this.report = emptyReport(options.dryRun);
  }

  /** Makes a product and a policy known by reference (see `Resolver.preset`). */
  preset(ref: string, product: Product, policyRef?: string, policy?: Policy): void {
    this.resolver.preset(ref, product, policyRef, policy ? { ...policy, entitlements: [] } : undefined);
  }

  /** Queues an item; a full batch is checked (and written) at once. */
  async add(item: ImportItem): Promise<void> {
    this.report.rows++;
    this.batch.push(item);
    if (this.batch.length >= IMPORT_BATCH_SIZE) await this.flush();
  }

  /** Records a row that could not even be read as an item. */
  reject(problem: ImportProblem, countRow = true): void {
    if (countRow) this.report.rows++;
    addError(this.report, problem);
  }

  async finish(): Promise<ImportReport> {
    await this.flush();
    return this.report;
  }

  private async flush(): Promise<void> {
    const items = this.batch;
    this.batch = [];
    if (items.length === 0) return;
    const planned: Planned[] = [];
    for (const item of items) {
      const plan = await this.plan(item);
      if (plan) planned.push(plan);
    }
    const fresh = this.withoutTakenFingerprints(
      await this.withoutExisting(planned),
      await takenFingerprints(this.ctx, this.ctx.db, planned),
      this.claimed,
    );
    this.report.toCreate += fresh.length;
    if (!this.options.dryRun && fresh.length) await this.write(fresh);
    await this.options.onProgress?.(this.report.rows);
  }

  private async plan(item: ImportItem): Promise<Planned | null> {
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      for (const problem of problemsOf(item, parsed.error)) addError(this.report, problem);
      return null;
    }
    const data = parsed.data;
    const fail = (field: string, message: string) => {
      addError(this.report, { row: item.row, column: item.columns[field] ?? field, message });
      return null;
    };
    const product = await this.resolver.product(data.product);
    if (!product) return fail('product', `Unknown product "${data.product}"`);
    const policy = await this.resolver.policy(product, data.policy);
    if (typeof policy === 'string') return fail('policy', policy);
    if (!policy.overridable && (data.maxMachinesOverride || data.maxUsesOverride)) {
      return fail(
        data.maxMachinesOverride ? 'maxMachinesOverride' : 'maxUsesOverride',
        'The policy does not allow overrides',
      );
    }
    const { ids, unknown } = await this.resolver.entitlementIds(data.entitlements);
    if (unknown.length) return fail('entitlements', `Unknown entitlements: ${unknown.join(', ')}`);
    const machines = [...new Map(data.machines.map((m) => [m.fingerprint, m])).values()];
    const { maxMachines } = effectiveLimits(
      {
        maxMachinesOverride: data.maxMachinesOverride ?? null,
        maxUsesOverride: data.maxUsesOverride ?? null,
      },
      policy,
    );
    if (maxMachines !== null && machines.length > maxMachines) {
      return fail('fingerprints', `${machines.length} machines but the license allows ${maxMachines}`);
    }
    const keyHash = data.key ? hashLicenseKey(data.key) : null;
    if (keyHash) {
      const first = this.seenKeys.get(keyHash);
      if (first !== undefined) return fail('key', `Duplicate key: the same key is on row ${first}`);
      this.seenKeys.set(keyHash, item.row);
    }
    return {
      item,
      data: { ...data, machines },
      product,
      policy,
      entitlementIds: ids,
      entitlementCodes: data.entitlements,
      keyHash,
    };
  }

  /** Drops (as skipped) rows whose key exists in this scope, and (as errors) keys taken elsewhere. */
  private async withoutExisting(planned: Planned[]): Promise<Planned[]> {
    const hashes = planned.map((p) => p.keyHash).filter((h): h is string => h !== null);
    if (hashes.length === 0) return planned;
    const existing = await this.ctx.db.license.findMany({
      where: { keyHash: { in: hashes } },
      select: { id: true, keyHash: true, accountId: true, environment: true },
    });
    const byHash = new Map(existing.map((row) => [row.keyHash, row]));
    return planned.filter((p) => {
      const found = p.keyHash ? byHash.get(p.keyHash) : undefined;
      if (!found) return true;
      if (found.accountId === this.ctx.accountId && found.environment === this.ctx.environment) {
        this.report.skippedCount++;
        if (this.report.skipped.length < REPORT_LIST_LIMIT)
          this.report.skipped.push({
            row: p.item.row,
            licenseId: found.id,
            message: 'A license with this key exists',
          });
        else this.report.truncated = true;
      } else {
        // the key is unique across the deployment; where it lives is not this account's business
        addError(this.report, {
          row: p.item.row,
          column: p.item.columns.key ?? 'key',
          message: 'This key is already taken',
        });
      }
      return false;
    });
  }

  /**
   * Drops (as errors) rows with a machine whose fingerprint is already active where the policy's
   * `fingerprintUniqueness` forbids a second one — in the database (`taken`) or earlier in this import (`claimed`,
   * which the kept rows join) — like an activation would refuse it (FINGERPRINT_TAKEN).
   */
  private withoutTakenFingerprints(planned: Planned[], taken: Taken, claimed: Taken | null): Planned[] {
    return planned.filter((p) => {
      const clash = p.data.machines.find(
        (m) => isTaken(taken, p, m.fingerprint) || (claimed !== null && isTaken(claimed, p, m.fingerprint)),
      );
      if (clash) {
        addError(this.report, {
          row: p.item.row,
          column: p.item.columns.fingerprints ?? 'fingerprints',
          message: `Fingerprint "${clash.fingerprint}" is already activated on another license (${p.policy.fingerprintUniqueness})`,
        });
        return false;
      }
      if (claimed) for (const m of p.data.machines) claim(claimed, p, m.fingerprint);
      return true;
    });
  }

  private async write(batch: Planned[]): Promise<void> {
    const ctx = this.ctx;
    const planned = [...batch];
    const batchSize = batch.length;
    const now = new Date();
    const rows = planned.map((p): NewLicense => {
      const rawKey = p.data.key ?? generateLicenseKey(p.product.keyPrefix);
      const expiresAt =
        p.data.expiresAt !== undefined
          ? p.data.expiresAt
          : p.policy.durationDays
            ? new Date(now.getTime() + p.policy.durationDays * DAY_MS)
            : null;
      return {
        id: randomUUID(),
        ...scope(ctx),
        productId: p.product.id,
        policyId: p.policy.id,
        keyHash: hashLicenseKey(rawKey),
        keyEncrypted: encrypt(rawKey, masterKey(), LICENSE_KEY_AAD),
        name: p.data.name ?? null,
        status: effectiveStatus({ status: p.data.status ?? 'active', expiresAt }, p.policy, now),
        expiresAt,
        maxMachinesOverride: p.data.maxMachinesOverride ?? null,
        maxUsesOverride: p.data.maxUsesOverride ?? null,
        usesCount: p.data.uses ?? 0,
        machineCount: p.data.machines.length,
        userEmail: p.data.userEmail ?? null,
        userName: p.data.userName ?? null,
        metadata: p.data.metadata,
        createdAt: now,
        updatedAt: now,
      };
    });
    const dispatchedAt = this.options.suppressWebhooks ? now : null;
    const created = await ctx.db.$transaction(
      async (tx: Tx) => {
        // serialised with activations (same advisory-lock keys), then checked again: a machine activated since
        // the check above makes its row an error instead of a second active fingerprint
        const keys = [
          ...new Set(
            planned.flatMap((p) =>
              p.data.machines.map((m) => fingerprintLockKey(ctx, p, m.fingerprint)).filter((k) => k !== null),
            ),
          ),
        ].sort();
        for (const key of keys)
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
        if (keys.length) {
          const kept = new Set(
            this.withoutTakenFingerprints(planned, await takenFingerprints(ctx, tx, planned), null),
          );
          for (let i = planned.length - 1; i >= 0; i--) {
            if (!kept.has(planned[i] as Planned)) {
              planned.splice(i, 1);
              rows.splice(i, 1);
            }
          }
        }
        const insertedIds = await insertLicenses(tx, rows);
        const kept = planned.flatMap((p, i) => {
          const row = rows[i];
          return row && insertedIds.has(row.id) ? [{ p, row }] : [];
        });
        await tx.licenseEntitlement.createMany({
          data: kept.flatMap(({ p, row }) =>
            p.entitlementIds.map((entitlementId) => ({ licenseId: row.id, entitlementId, ...scope(ctx) })),
          ),
        });
        const machines = await tx.machine.createManyAndReturn({
          data: kept.flatMap(({ p, row }) =>
            p.data.machines.map((m) => ({
              ...scope(ctx),
              licenseId: row.id,
              fingerprint: m.fingerprint,
              name: m.name ?? null,
              platform: m.platform ?? null,
              hostname: m.hostname ?? null,
              cores: m.cores ?? null,
              metadata: toJsonValue(m.metadata ?? {}),
            })),
          ),
        });
        const policyOf = new Map(kept.map(({ p, row }) => [row.id, p.policy]));
        const events = [
          ...kept.map(({ p, row }) => {
            const codes = p.entitlementCodes.map((code) => ({ entitlement: { code } }));
            const view = toLicenseEventView(
              { ...row, policy: p.policy, entitlements: codes } as LicenseRow,
              now,
            );
            return event('license.created', 'license', row.id, view);
          }),
          ...machines.map((m) =>
            event(
              'machine.activated',
              'machine',
              m.id,
              toMachineView(m, policyOf.get(m.licenseId) as Policy, now),
            ),
          ),
        ];
        await insertEvents(tx, events);
        return { licenses: kept.map(({ row }) => row.id), machines: machines.length };
      },
      { timeout: 60_000 },
    );
    this.report.created += created.licenses.length;
    this.report.machinesCreated += created.machines;
    this.report.createdIds.push(...created.licenses);
    // rows lost to a concurrent insert of the same key, or to a fingerprint activated meanwhile, are no longer
    // "to create"
    this.report.toCreate -= batchSize - created.licenses.length;

    function event(type: string, resourceType: string, resourceId: string, data: unknown) {
      return {
        id: newEventId(),
        ...scope(ctx),
        type,
        actorType: ctx.actor.type,
        actorId: ctx.actor.id,
        resourceType,
        resourceId,
        data,
        dispatchedAt,
        createdAt: now,
      };
    }
  }
}

// ------------------------------------------------------------------------------------------------ fingerprints

/** Active fingerprints by uniqueness scope: the account+environment, `policyId|fp`, `productId|fp`. */
interface Taken {
  account: Set<string>;
  policy: Set<string>;
  product: Set<string>;
}

function emptyTaken(): Taken {
  return { account: new Set(), policy: new Set(), product: new Set() };
}

function claim(taken: Taken, p: Pick<Planned, 'policy' | 'product'>, fingerprint: string): void {
  taken.account.add(fingerprint);
  taken.policy.add(`${p.policy.id}|${fingerprint}`);
  taken.product.add(`${p.product.id}|${fingerprint}`);
}

/** Whether the policy of `p` forbids `fingerprint` given what is taken (PER_LICENSE: never across licenses). */
function isTaken(taken: Taken, p: Planned, fingerprint: string): boolean {
  switch (p.policy.fingerprintUniqueness) {
    case 'PER_LICENSE':
      return false;
    case 'PER_POLICY':
      return taken.policy.has(`${p.policy.id}|${fingerprint}`);
    case 'PER_PRODUCT':
      return taken.product.has(`${p.product.id}|${fingerprint}`);
    case 'PER_ACCOUNT':
      return taken.account.has(fingerprint);
  }
}

/** The advisory-lock key activation takes for the fingerprint's scope (src/server/domain/machines/machines.ts). */
function fingerprintLockKey(ctx: DomainContext, p: Planned, fingerprint: string): string | null {
  switch (p.policy.fingerprintUniqueness) {
    case 'PER_LICENSE':
      return null;
    case 'PER_POLICY':
      return `fp:policy:${p.policy.id}:${fingerprint}`;
    case 'PER_PRODUCT':
      return `fp:product:${p.product.id}:${fingerprint}`;
    case 'PER_ACCOUNT':
      return `fp:account:${ctx.accountId}:${ctx.environment}:${fingerprint}`;
  }
}

/** The active machines (of live licenses) of this account+environment with the fingerprints the rows bring. */
async function takenFingerprints(
  ctx: DomainContext,
  db: Pick<Tx, 'machine'>,
  planned: Planned[],
): Promise<Taken> {
  const taken = emptyTaken();
  const fingerprints = [
    ...new Set(
      planned
        .filter((p) => p.policy.fingerprintUniqueness !== 'PER_LICENSE')
        .flatMap((p) => p.data.machines.map((m) => m.fingerprint)),
    ),
  ];
  if (fingerprints.length === 0) return taken;
  const machines = await db.machine.findMany({
    where: {
      ...scope(ctx),
      deletedAt: null,
      fingerprint: { in: fingerprints },
      license: { deletedAt: null },
    },
    select: { fingerprint: true, license: { select: { policyId: true, productId: true } } },
  });
  for (const m of machines) {
    taken.account.add(m.fingerprint);
    taken.policy.add(`${m.license.policyId}|${m.fingerprint}`);
    taken.product.add(`${m.license.productId}|${m.fingerprint}`);
  }
  return taken;
}

// ------------------------------------------------------------------------------------------------ bulk inserts

type NewLicense = Omit<License, 'lastValidatedAt' | 'activatedAt' | 'deletedAt'>;

/**
 * One INSERT … SELECT FROM unnest(…) for a batch of licenses (much cheaper than a row per parameter set); a key
 * inserted meanwhile by someone else is skipped (ON CONFLICT), never a failed batch. Answers the inserted ids.
 */
async function insertLicenses(tx: Tx, rows: NewLicense[]): Promise<Set<string>> {
  const col = <K extends keyof NewLicense>(k: K) => rows.map((r) => r[k]);
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "License" ("id", "accountId", "environment", "productId", "policyId", "keyHash", "keyEncrypted", "name",
      "status", "expiresAt", "maxMachinesOverride", "maxUsesOverride", "usesCount", "machineCount", "userEmail",
      "userName", "metadata", "createdAt", "updatedAt")
    SELECT r.id, r.account, r.env::"Environment", r.product, r.policy, r.hash, r.enc, r.name, r.status::"LicenseStatus",
      r.expires, r.mm, r.mu, r.uses, r.machines, r.email, r.uname, r.meta, r.created, r.created
    FROM unnest(${col('id')}::uuid[], ${col('accountId')}::uuid[], ${col('environment')}::text[],
      ${col('productId')}::uuid[], ${col('policyId')}::uuid[], ${col('keyHash')}::text[], ${col('keyEncrypted')}::text[],
      ${col('name')}::text[], ${col('status')}::text[], ${col('expiresAt')}::timestamptz[],
      ${col('maxMachinesOverride')}::int[], ${col('maxUsesOverride')}::int[], ${col('usesCount')}::int[],
      ${col('machineCount')}::int[], ${col('userEmail')}::text[], ${col('userName')}::text[],
      ${rows.map((r) => JSON.stringify(r.metadata))}::jsonb[], ${col('createdAt')}::timestamptz[])
      AS r(id, account, env, product, policy, hash, enc, name, status, expires, mm, mu, uses, machines, email, uname, meta, created)
    ON CONFLICT ("keyHash") DO NOTHING
    RETURNING "id"`;
  return new Set(inserted.map((r) => r.id));
}

interface NewEvent {
  id: string;
  accountId: string;
  environment: string;
  type: string;
  actorType: string;
  actorId: string | null;
  resourceType: string;
  resourceId: string;
  data: unknown;
  dispatchedAt: Date | null;
  createdAt: Date;
}

/** The batch's events in one INSERT (seq comes from its sequence, in row order). */
async function insertEvents(tx: Tx, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const col = <K extends keyof NewEvent>(k: K) => events.map((e) => e[k]);
  await tx.$executeRaw`
    INSERT INTO "Event" ("id", "accountId", "environment", "type", "actorType", "actorId", "resourceType", "resourceId",
      "data", "dispatchedAt", "createdAt")
    SELECT e.id, e.account, e.env::"Environment", e.type, e.actor::"ActorType", e.actor_id, e.rtype, e.rid, e.data,
      e.dispatched, e.created
    FROM unnest(${col('id')}::text[], ${col('accountId')}::uuid[], ${col('environment')}::text[], ${col('type')}::text[],
      ${col('actorType')}::text[], ${col('actorId')}::text[], ${col('resourceType')}::text[], ${col('resourceId')}::text[],
      ${events.map((e) => JSON.stringify(e.data))}::jsonb[], ${col('dispatchedAt')}::timestamptz[],
      ${col('createdAt')}::timestamptz[])
      WITH ORDINALITY AS e(id, account, env, type, actor, actor_id, rtype, rid, data, dispatched, created, n)
    ORDER BY e.n`;
}
