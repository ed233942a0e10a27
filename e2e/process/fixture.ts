// Run as a child process by the process specs (e2e/process/harness.ts), on the database its environment names
// (DATABASE_URL, else the embedded folder in LICENTRIC_DATA_DIR): `seed <json>` creates an account, a product,
// a policy and licenses through the domain functions and prints them; `sql <query>` prints the rows of one
// query. Opening the embedded folder takes its lock like any other process would.
import { closeDb, getDb } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import { createLicense } from '@/server/domain/licenses/licenses.ts';
import { createPolicy } from '@/server/domain/policies/policies.ts';
import { createProduct } from '@/server/domain/products/products.ts';

export interface SeedRequest {
  licenses: number;
  maxMachines: number;
}

export interface SeedResult {
  accountId: string;
  policyId: string;
  licenses: Array<{ id: string; key: string }>;
}

async function seed(request: SeedRequest): Promise<SeedResult> {
  const db = await getDb({ migrate: true });
  const suffix = `${process.pid}${Date.now().toString(36)}`;
  const account = await db.account.create({ data: { slug: `proc-${suffix}`, name: `Process ${suffix}` } });
  const ctx: DomainContext = {
    db,
    accountId: account.id,
    environment: 'live',
    actor: { type: 'system', id: 'e2e-process' },
  };
  const product = await createProduct(ctx, { name: 'Process', code: `proc-${suffix}`, keyPrefix: 'PRC' });
  const policy = await createPolicy(ctx, {
    productId: product.id,
    name: 'Seats',
    template: 'custom',
    maxMachines: request.maxMachines,
  });
  const licenses: SeedResult['licenses'] = [];
  for (let i = 0; i < request.licenses; i++) {
    const license = await createLicense(ctx, { productId: product.id, policyId: policy.id });
    licenses.push({ id: license.id, key: license.key });
  }
  return { accountId: account.id, policyId: policy.id, licenses };
}

async function main(): Promise<unknown> {
  const [command, argument = ''] = process.argv.slice(2);
  try {
    if (command === 'seed') return await seed(JSON.parse(argument) as SeedRequest);
    if (command === 'sql') return await (await getDb({ migrate: true })).$queryRawUnsafe(argument);
    throw new Error(`unknown command ${command}`);
  } finally {
    await closeDb();
  }
}

main().then(
  (result) => {
    // BigInt counts come back from COUNT(*): printed as numbers
    console.log(
      JSON.stringify(result, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)),
    );
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
