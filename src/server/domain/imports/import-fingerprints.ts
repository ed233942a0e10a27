// Fingerprint uniqueness in an import: the fingerprints taken (active in the database or claimed by earlier
// rows), the rows their policy's `fingerprintUniqueness` refuses, and the advisory-lock keys activation takes.
import { scope, type DomainContext } from '@/server/context.ts';
import type { Tx } from '@/server/db.ts';
import type { Planned } from './import-item.ts';
import { addError, type ImportReport } from './import-report.ts';

/** Active fingerprints by uniqueness scope: the account+environment, `policyId|fp`, `productId|fp`. */
interface Taken {
  account: Set<string>;
  policy: Set<string>;
  product: Set<string>;
}

export function emptyTaken(): Taken {
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

/**
 * The advisory-lock key activation takes for the fingerprint's scope
 * (src/server/domain/machines/machine-activation.ts).
 */
export function fingerprintLockKey(ctx: DomainContext, p: Planned, fingerprint: string): string | null {
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
export async function takenFingerprints(
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

/**
 * Drops (as errors) rows with a machine whose fingerprint is already active where the policy's
 * `fingerprintUniqueness` forbids a second one — in the database (`taken`) or earlier in this import (`claimed`,
 * which the kept rows join) — like an activation would refuse it (FINGERPRINT_TAKEN).
 */
export function withoutTakenFingerprints(
  report: ImportReport,
  planned: Planned[],
  taken: Taken,
  claimed: Taken | null,
): Planned[] {
  return planned.filter((p) => {
    const clash = p.data.machines.find(
      (m) => isTaken(taken, p, m.fingerprint) || (claimed !== null && isTaken(claimed, p, m.fingerprint)),
    );
    if (clash) {
      addError(report, {
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
