// Benchmark reference only (scripts/bench): the minimal Next.js route handler doing the same single indexed
// license lookup as the bare node:http server. 404 unless the server runs with LICENTRIC_BENCH=1.
import { createHash } from 'node:crypto';
import { getDb } from '@/server/db.ts';
import { serveMethods } from '@/server/rest/methods.ts';

const enabled = process.env.LICENTRIC_BENCH === '1'; // bench switch, deliberately outside the deployment settings

async function lookup(request: Request): Promise<Response> {
  if (!enabled) return new Response('Not Found', { status: 404 });
  const { key } = (await request.json()) as { key: string };
  const keyHash = createHash('sha256').update(key.trim().toUpperCase()).digest('hex');
  const db = await getDb();
  const rows = await db.$queryRaw<Array<{ id: string; status: string; expiresAt: Date | null }>>`
    SELECT "id", "status"::text AS "status", "expiresAt" FROM "License" WHERE "keyHash" = ${keyHash}`;
  const row = rows[0];
  return Response.json({ data: { valid: row !== undefined, license: row ?? null } });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ POST: lookup });
