// Liveness probe: 200 while the process is up. It touches nothing else, so a slow database never fails it.
import { serveMethods } from '@/server/rest/methods.ts';
export const dynamic = 'force-dynamic';

function health(_request: Request): Promise<Response> {
  return Promise.resolve(Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } }));
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: health });
