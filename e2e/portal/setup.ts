// Fixtures for the portal browser tests, created through the domain functions in the same PostgreSQL database
// the server under test uses (DATABASE_URL). The embedded database is locked by the server process, so without
// DATABASE_URL these tests are skipped (see docs/portal.md).
import { randomBytes } from 'node:crypto';
import { closeDb, getDb } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';

export const canSeed = Boolean(process.env.DATABASE_URL);

export interface PortalFixture {
  vendorName: string;
  supportEmail: string;
  licenseId: string;
  key: string;
}

/** A vendor with one license (2 seats) and two activated machines: "Work laptop" and "Home desktop". */
export async function seedPortalLicense(rules: { allowMachineTransfer: boolean }): Promise<PortalFixture> {
  const db = await getDb();
  try {
    const suffix = randomBytes(5).toString('hex');
    const vendorName = `E2E Vendor ${suffix}`;
    const supportEmail = `support-${suffix}@vendor.example`;
    const account = await db.account.create({
      data: { slug: `e2e-portal-${suffix}`, name: vendorName, supportEmail },
    });
    const ctx: DomainContext = {
      db,
      accountId: account.id,
      environment: 'live',
      actor: { type: 'system', id: 'e2e' },
    };
    const product = await createProduct(ctx, {
      name: 'Sketch Pad',
      code: `sketch-${suffix}`,
      keyPrefix: 'SKP',
    });
    const policy = await createPolicy(ctx, {
      productId: product.id,
      name: 'Desktop',
      template: 'desktop_app',
      maxMachines: 2,
      allowMachineTransfer: rules.allowMachineTransfer,
    });
    const license = await createLicense(ctx, {
      productId: product.id,
      policyId: policy.id,
      userEmail: `buyer-${suffix}@example.com`,
    });
    for (const [name, platform] of [
      ['Work laptop', 'macos'],
      ['Home desktop', 'windows'],
    ] as const) {
      await activateMachine(ctx, {
        licenseId: license.id,
        fingerprint: `e2e-${name.replace(' ', '-')}-${suffix}`,
        name,
        platform,
        hostname: name.toLowerCase().replace(' ', '-'),
      });
    }
    return { vendorName, supportEmail, licenseId: license.id, key: license.key };
  } finally {
    await closeDb();
  }
}
