// Test fixture: a separate worker process (run with tsx) that loops the webhook worker for the accounts in
// WEBHOOK_TEST_ACCOUNTS, with its clock shifted by WEBHOOK_TEST_CLOCK_OFFSET_MS. Prints "ready" once started.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/server/db.ts';
import { runWebhookDeliveryOnce } from '@/server/domain/webhooks/delivery.ts';

const accountIds = (process.env.WEBHOOK_TEST_ACCOUNTS ?? '').split(',').filter(Boolean);
const offset = Number(process.env.WEBHOOK_TEST_CLOCK_OFFSET_MS ?? '0');

async function main(): Promise<void> {
  const db = await getDb();
  // warm up (Prisma loads and compiles lazily) on an account that has nothing, then announce readiness
  await runWebhookDeliveryOnce(db, new Date(), { accountIds: [randomUUID()] });
  process.stdout.write('ready\n');
  for (;;) {
    await runWebhookDeliveryOnce(db, new Date(Date.now() + offset), { accountIds, deliverBatch: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
