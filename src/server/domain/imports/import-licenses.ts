// The license import engine shared by CSV and Keygen imports: queues items and checks them batch by batch (the
// row's schema, product, policy, entitlements, key uniqueness, seats, fingerprints) and, in a real run, has each
// batch written in one transaction (import-writer.ts) with the actor `import`. Idempotent by key: a key already
// present in this account+environment is skipped.
import type { DomainContext } from '@/server/context.ts';
import { hashLicenseKey } from '@/lib/license-key.ts';
import { effectiveLimits } from '@/server/domain/licenses/license-state.ts';
import type { Policy, Product } from '@/generated/prisma/client.ts';
import { itemSchema, problemsOf, type ImportItem, type Planned } from './import-item.ts';
import { Resolver, withoutExisting } from './import-lookups.ts';
import { emptyTaken, takenFingerprints, withoutTakenFingerprints } from './import-fingerprints.ts';
import { writeBatch } from './import-writer.ts';
import { addError, emptyReport, type ImportProblem, type ImportReport } from './import-report.ts';

/** Rows validated and written together (one transaction per batch in a real run). */
const IMPORT_BATCH_SIZE = 1000;

export interface ImportOptions {
  dryRun: boolean;
  /** Events are written (audit log) but marked dispatched, so no webhook is delivered for the import. */
  suppressWebhooks: boolean;
  /** Called after each batch with the rows read so far (progress of a long import). */
  onProgress?: (rows: number) => Promise<void>;
}

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
    const fresh = withoutTakenFingerprints(
      this.report,
      await withoutExisting(this.ctx, this.report, planned),
      await takenFingerprints(this.ctx, this.ctx.db, planned),
      this.claimed,
    );
    this.report.toCreate += fresh.length;
    if (!this.options.dryRun && fresh.length) await writeBatch(this.ctx, this.report, fresh, this.options);
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
}
