// Liveness probe: 200 while the process is up. It touches nothing else, so a slow database never fails it.
export const dynamic = 'force-dynamic';

export function GET(_request: Request): Promise<Response> {
  return Promise.resolve(Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } }));
}
