// What an import looks up in the database: products, policies and entitlements by reference (once per import),
// and the keys that already exist (a key in this account+environment is skipped, one elsewhere is an error).
import { scope, type DomainContext } from '@/server/context.ts';
import { isUuid } from '@/lib/ids.ts';
import type { Policy, Product } from '@/generated/prisma/client.ts';
import type { Planned } from './import-item.ts';
import { addError, REPORT_LIST_LIMIT, type ImportReport } from './import-report.ts';

export type PolicyWithCodes = Policy & { entitlements: Array<{ entitlement: { code: string } }> };

/** Looks products, policies and entitlements up once per import (scoped to the context's account+environment). */
export class Resolver {
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

/** Drops (as skipped) rows whose key exists in this scope, and (as errors) keys taken elsewhere. */
export async function withoutExisting(
  ctx: DomainContext,
  report: ImportReport,
  planned: Planned[],
): Promise<Planned[]> {
  const hashes = planned.map((p) => p.keyHash).filter((h): h is string => h !== null);
  if (hashes.length === 0) return planned;
  const existing = await ctx.db.license.findMany({
    where: { keyHash: { in: hashes } },
    select: { id: true, keyHash: true, accountId: true, environment: true },
  });
  const byHash = new Map(existing.map((row) => [row.keyHash, row]));
  return planned.filter((p) => {
    const found = p.keyHash ? byHash.get(p.keyHash) : undefined;
    if (!found) return true;
    if (found.accountId === ctx.accountId && found.environment === ctx.environment) {
      report.skippedCount++;
      if (report.skipped.length < REPORT_LIST_LIMIT)
        report.skipped.push({
          row: p.item.row,
          licenseId: found.id,
          message: 'A license with this key exists',
        });
      else report.truncated = true;
    } else {
      // the key is unique across the deployment; where it lives is not this account's business
      addError(report, {
        row: p.item.row,
        column: p.item.columns.key ?? 'key',
        message: 'This key is already taken',
      });
    }
    return false;
  });
}
