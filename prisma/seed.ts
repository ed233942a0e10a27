// Demo data (idempotent): a vendor account with a sign-in, two products, a policy from every template,
// entitlements, licenses in every status with machines — in live and in test — and one API key per environment.
// Run by `npm start` on an empty embedded database, or by `npm run db:seed`. Secrets are printed once.
import { baseUrl } from '@/env.ts';
import type { Db } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { createAccount } from '@/server/domain/accounts/accounts.ts';
import { createApiKey } from '@/server/domain/api-keys/api-keys.ts';
import { createProduct } from '@/server/domain/products/products.ts';
import { createEntitlement } from '@/server/domain/entitlements/entitlements.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { banLicense, revokeLicense, suspendLicense } from '@/server/domain/licenses/license-lifecycle.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { activateMachine } from '@/server/domain/machines/machines.ts';

export const DEMO_ACCOUNT_SLUG = 'demo';
export const DEMO_OWNER_EMAIL = 'demo@licentric.dev';

const DAY = 24 * 60 * 60 * 1000;

async function seedEnvironment(db: Db, accountId: string, environment: Environment) {
  const ctx: DomainContext = { db, accountId, environment, actor: { type: 'system', id: 'seed' } };
  const [exportFeature, cloudSync] = await Promise.all([
    createEntitlement(ctx, { code: 'export', name: 'Export', description: 'Export to PDF, PNG and TIFF' }),
    createEntitlement(ctx, { code: 'cloud-sync', name: 'Cloud sync' }),
  ]);
  await createEntitlement(ctx, { code: 'priority-support', name: 'Priority support' });

  const photo = await createProduct(ctx, {
    name: 'Photo Studio',
    code: 'photo-studio',
    keyPrefix: 'PHOTO',
    description: 'Desktop photo editor',
  });
  const cli = await createProduct(ctx, {
    name: 'Build CLI',
    code: 'build-cli',
    keyPrefix: 'BLD',
    description: 'Command-line build tool',
  });

  const desktop = await createPolicy(ctx, {
    productId: photo.id,
    name: 'Photo Studio Pro',
    template: 'desktop_app',
    allowMachineTransfer: true,
  });
  const trial = await createPolicy(ctx, {
    productId: photo.id,
    name: 'Photo Studio Trial',
    template: 'trial',
  });
  const saas = await createPolicy(ctx, {
    productId: photo.id,
    name: 'Photo Studio Cloud',
    template: 'saas',
    allowUnlimitedActivations: true,
  });
  const cliPolicy = await createPolicy(ctx, {
    productId: cli.id,
    name: 'Build CLI Team',
    template: 'cli_tool',
  });
  const floating = await createPolicy(ctx, {
    productId: cli.id,
    name: 'Build CLI Floating',
    template: 'custom',
    maxMachines: 5,
    floating: true,
    maxUses: 100_000,
  });

  const license = (policy: { id: string; productId: string }, extra: Record<string, unknown> = {}) =>
    createLicense(ctx, { productId: policy.productId, policyId: policy.id, ...extra });

  const ada = await license(desktop, {
    name: 'Ada Lovelace',
    userEmail: 'ada@example.com',
    userName: 'Ada Lovelace',
    entitlementIds: [exportFeature.id],
  });
  await activateMachine(
    { ...ctx, actor: { type: 'license', id: ada.id } },
    {
      licenseId: ada.id,
      fingerprint: 'demo-fp-ada-macbook',
      name: 'Ada’s MacBook',
      platform: 'macos',
      hostname: 'ada-mbp',
    },
  );
  await activateMachine(
    { ...ctx, actor: { type: 'license', id: ada.id } },
    {
      licenseId: ada.id,
      fingerprint: 'demo-fp-ada-desktop',
      name: 'Studio PC',
      platform: 'windows',
      hostname: 'studio-pc',
    },
  );

  await license(trial, { userEmail: 'grace@example.com', userName: 'Grace Hopper' });
  await license(saas, {
    name: 'Initech seats',
    userEmail: 'it@initech.example',
    entitlementIds: [cloudSync.id],
  });
  const team = await license(cliPolicy, { name: 'Hooli build farm', userEmail: 'ops@hooli.example' });
  for (const n of [1, 2, 3]) {
    await activateMachine(ctx, {
      licenseId: team.id,
      fingerprint: `demo-fp-hooli-runner-${n}`,
      name: `runner-${n}`,
      platform: 'linux',
      hostname: `ci-runner-${n}`,
    });
  }
  await license(floating, { name: 'University lab', userEmail: 'lab@uni.example' });

  const suspended = await license(desktop, { name: 'Chargeback pending', userEmail: 'late@example.com' });
  await suspendLicense(ctx, suspended.id);
  await license(desktop, {
    name: 'Lapsed subscription',
    userEmail: 'lapsed@example.com',
    expiresAt: new Date(Date.now() - 3 * DAY),
  });
  const revoked = await license(cliPolicy, { name: 'Refunded order', userEmail: 'refund@example.com' });
  await revokeLicense(ctx, revoked.id);
  const banned = await license(trial, { name: 'Key reseller', userEmail: 'abuse@example.net' });
  await banLicense(ctx, banned.id);

  const apiKey = await createApiKey({ db, accountId }, { environment, name: `Demo ${environment} key` });
  return { apiKey: apiKey.key, sampleLicenseKey: ada.key };
}

/** Seeds the demo vendor once; a second run finds it and changes nothing. */
export async function seed(db: Db, options: { slug?: string } = {}): Promise<void> {
  const slug = options.slug ?? DEMO_ACCOUNT_SLUG;
  if (await db.account.findUnique({ where: { slug } })) {
    console.log(`[seed] the demo account "${slug}" already exists: nothing to do`);
    return;
  }
  const { account, owner } = await createAccount(
    { db },
    {
      name: 'Demo Software Ltd',
      slug,
      ownerEmail: DEMO_OWNER_EMAIL,
      ownerName: 'Demo Owner',
    },
  );
  await db.account.update({
    where: { id: account.id },
    data: {
      supportEmail: 'support@demo-software.example',
      supportUrl: 'https://demo-software.example/support',
    },
  });
  const live = await seedEnvironment(db, account.id, 'live');
  const test = await seedEnvironment(db, account.id, 'test');
  const password = 'password' in owner ? owner.password : '(existing user: password unchanged)';
  console.log(`
  ┌ Licentric demo data ─────────────────────────────────────────────────────
  │ Dashboard sign-in   ${owner.email} / ${password}
  │ Live API key        ${live.apiKey}
  │ Test API key        ${test.apiKey}
  │ Sample license key  ${live.sampleLicenseKey}  (live; try it at /portal)
  │ These secrets are shown only now. More API keys: ${baseUrl()}/dashboard/api-keys
  │ (or, with the server stopped: npm run cli -- api-key create --account ${slug} --environment live)
  └──────────────────────────────────────────────────────────────────────────
`);
}
