// tRPC HTTP adapter for the dashboard: the web guard (same-origin mutations, 1 MiB bodies, at most
// TRPC_MAX_BATCH calls per batch), the session from next-auth, then the app router.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/trpc/routers/index.ts';
import { createTrpcContext } from '@/server/trpc/init.ts';
import { currentSession } from '@/server/auth/next-auth.ts';
import { clientIp } from '@/server/client-ip.ts';
import { serveMethods } from '@/server/rest/methods.ts';
import { TRPC_MAX_BATCH, guardWebRequest, refuseLargeBatch } from '@/server/web-guard.ts';

export const dynamic = 'force-dynamic';

async function handle(incoming: Request): Promise<Response> {
  const tooMany = refuseLargeBatch(incoming);
  if (tooMany) return tooMany;
  const request = await guardWebRequest(incoming);
  if (request instanceof Response) return request;
  const session = await currentSession();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    createContext: () =>
      createTrpcContext({ headers: request.headers, user: session?.user ?? null, ip: clientIp(request) }),
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: handle, POST: handle });
