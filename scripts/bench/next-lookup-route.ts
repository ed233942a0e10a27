// Benchmark reference only, never part of the app: the minimal Next.js route handler doing the same single
// indexed license lookup as the bare node:http server. `npm run bench` copies it to app/api/bench/lookup/ in its
// private build copy (scripts/bench/run.ts), so it runs through the same Next pipeline as validate-key.
import { createHash } from 'node:crypto';
import { getDb } from '@/server/db.ts';
import { serveMethods } from '@/server/rest/methods.ts';

async function lookup(request: Request): Promise<Response> {
  const { key } = (await request.json()) as { key: string };
  const keyHash = createHash('sha256').update(key.trim().toUpperCase()).digest('hex');
  const db = await getDb();
  const rows = await db.$queryRaw<Array<{ id: string; status: string; expiresAt: Date | null }>>`
    SELECT "id", "status"::text AS "status", "expiresAt" FROM "License" WHERE "keyHash" = ${keyHash}`;
  const row = rows[0];
  return Response.json({ data: { valid: row !== undefined, license: row ?? null } });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ POST: lookup });
