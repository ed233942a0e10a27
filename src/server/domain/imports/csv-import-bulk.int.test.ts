// A bulk CSV import through POST /imports, streamed as the request body: timed, then checked by counts. The suite
// runs 5,000 rows; `IMPORT_ROWS=100000` gives the 100,000-row measurement of docs/migrating.md (too slow for CI).
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, createTenant } from '../../../../tests/api.ts';
import { testDb } from '../../../../tests/helpers.ts';
import type { Db } from '@/server/db.ts';
import { createImportRoute } from '@/server/rest/endpoints/imports.ts';
import { createProductRoute } from '@/server/rest/endpoints/products.ts';
import { createPolicyRoute } from '@/server/rest/endpoints/policies.ts';

const ROWS = Number(process.env.IMPORT_ROWS ?? 5_000);
let db: Db;
beforeAll(async () => {
  db = await testDb();
});

/** The file as a byte stream of 1,000-row chunks: nothing holds it whole, neither here nor in the server. */
function csvStream(prefix: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let row = 0;
  return new ReadableStream({
    pull(controller) {
      if (row === 0) controller.enqueue(encoder.encode('key,product,policy,email,expires at,metadata.row\n'));
      if (row >= ROWS) return controller.close();
      const lines: string[] = [];
      for (const end = row + 1000; row < end; row++) {
        lines.push(
          `${prefix}-${String(row).padStart(6, '0')},bulk,Std,user${row}@example.com,2099-01-01,${row}`,
        );
      }
      controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
    },
  });
}

describe(`POST /imports with ${ROWS} CSV rows`, () => {
  it('imports them in batches', { timeout: 900_000 }, async () => {
    const t = await createTenant(db);
    const auth = bearer(t.liveKey);
    const product = await call(createProductRoute, 'POST', '/products', {
      authorization: auth,
      body: { name: 'Bulk', code: 'bulk' },
    });
    await call(createPolicyRoute, 'POST', '/policies', {
      authorization: auth,
      body: { productId: product.body.data.id, name: 'Std', maxMachines: 1 },
    });
    const prefix = `BULK${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const started = performance.now();
    const response = await createImportRoute(
      new Request('http://localhost/api/v1/imports?suppressWebhooks=true', {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'text/csv' },
        body: csvStream(prefix),
        duplex: 'half',
      } as RequestInit),
    );
    const seconds = (performance.now() - started) / 1000;
    const body = (await response.json()) as { data: { report: Record<string, unknown> } };
    console.log(`[import] ${ROWS} CSV rows imported in ${seconds.toFixed(1)} s`);
    expect(response.status).toBe(201);
    expect(body.data.report).toMatchObject({ rows: ROWS, created: ROWS, errorCount: 0 });
    expect(await db.license.count({ where: { accountId: t.accountId } })).toBe(ROWS);
  });
});
