// Readiness probe: 200 when the database answers `SELECT 1` within 2 s, else 503 with the API error envelope.
// Answers 503 as soon as shutdown has begun, so load balancers stop sending new requests.
import { newRequestId } from '@/lib/ids.ts';
import { getDb } from '@/server/db.ts';
import { isShuttingDown } from '@/server/lifecycle.ts';
import { serveMethods } from '@/server/rest/methods.ts';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2_000;

async function databaseAnswers(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([getDb().then((db) => db.$queryRaw`SELECT 1`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function unavailable(message: string): Response {
  const requestId = newRequestId();
  return Response.json(
    { error: message, code: 'SERVICE_UNAVAILABLE', status: 503, requestId },
    { status: 503, headers: { 'X-Request-Id': requestId, 'Cache-Control': 'no-store' } },
  );
}

async function readiness(_request: Request): Promise<Response> {
  if (isShuttingDown()) return unavailable('The server is shutting down');
  try {
    await databaseAnswers();
  } catch (error) {
    console.error('[licentric] readiness check failed:', error);
    return unavailable('The database is not available');
  }
  return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: readiness });
