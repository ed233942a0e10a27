// Benchmark reference: a bare node:http + pg server doing the same single indexed license lookup as the minimal
// Next.js route. `tsx scripts/bench/bare-server.ts` with DATABASE_URL and PORT.
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
const LOOKUP = 'SELECT "id", "status"::text AS "status", "expiresAt" FROM "License" WHERE "keyHash" = $1';

const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200).end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const { key } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { key: string };
        const keyHash = createHash('sha256').update(key.trim().toUpperCase()).digest('hex');
        const { rows } = await pool.query(LOOKUP, [keyHash]);
        const row = rows[0] as unknown;
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ data: { valid: row !== undefined, license: row ?? null } }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    })();
  });
});
server.listen(Number(process.env.PORT ?? 3999), '127.0.0.1', () =>
  console.log(`[bench] bare server on ${process.env.PORT}`),
);
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
