// Test fixtures for the portal's integration tests: a vendor with a product, a policy, a license (key returned)
// and machines, all created through the domain functions.
import { randomString } from '@/lib/crypto.ts';
import type { Db } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { createEntitlement } from '@/server/domain/entitlements/entitlements.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';

export interface VendorFixture {
  ctx: DomainContext;
  accountId: string;
  productId: string;
}

export async function createVendor(
  db: Db,
  options: { name?: string; environment?: Environment; supportEmail?: string } = {},
): Promise<VendorFixture> {
  const slug = `portal-${randomString(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
  const account = await db.account.create({
    data: { slug, name: options.name ?? `Vendor ${slug}`, supportEmail: options.supportEmail ?? null },
  });
  const ctx: DomainContext = {
    db,
    accountId: account.id,
    environment: options.environment ?? 'live',
    actor: { type: 'system', id: null },
  };
  const product = await createProduct(ctx, { name: 'PhotoForge', code: `pf-${slug}`, keyPrefix: 'PF' });
  return { ctx, accountId: account.id, productId: product.id };
}

export interface LicenseFixture {
  id: string;
  key: string;
  policyId: string;
}

export async function createLicenseFixture(
  vendor: VendorFixture,
  options: {
    floating?: boolean;
    allowMachineTransfer?: boolean;
    maxMachines?: number;
    userEmail?: string;
    requireHeartbeat?: boolean;
    entitlementCode?: string;
  } = {},
): Promise<LicenseFixture> {
  const policy = await createPolicy(vendor.ctx, {
    productId: vendor.productId,
    name: 'Desktop',
    template: 'desktop_app',
    maxMachines: options.maxMachines ?? 5,
    floating: options.floating ?? false,
    allowMachineTransfer: options.allowMachineTransfer ?? false,
    requireHeartbeat: options.requireHeartbeat ?? false,
  });
  const entitlementIds: string[] = [];
  if (options.entitlementCode) {
    const entitlement = await createEntitlement(vendor.ctx, {
      code: options.entitlementCode,
      name: 'Pro export',
    });
    entitlementIds.push(entitlement.id);
  }
  const license = await createLicense(vendor.ctx, {
    productId: vendor.productId,
    policyId: policy.id,
    userEmail: options.userEmail ?? null,
    entitlementIds,
  });
  return { id: license.id, key: license.key, policyId: policy.id };
}

export async function activate(
  vendor: VendorFixture,
  licenseId: string,
  name: string,
  now?: Date,
): Promise<string> {
  const { machine } = await activateMachine(
    vendor.ctx,
    {
      licenseId,
      fingerprint: `fp-${name}-${randomString(12, 'abcdef0123456789')}`,
      name,
      platform: 'macos',
      hostname: `${name}.local`,
    },
    now,
  );
  return machine.id;
}
