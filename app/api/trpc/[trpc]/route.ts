// tRPC HTTP adapter for the dashboard: the session from next-auth, then the app router.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/trpc/routers/index.ts';
import { createTrpcContext } from '@/server/trpc/init.ts';
import { currentSession } from '@/server/auth/next-auth.ts';
import { clientIp } from '@/server/client-ip.ts';
import { serveMethods } from '@/server/rest/methods.ts';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  const session = await currentSession();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () =>
      createTrpcContext({ headers: request.headers, user: session?.user ?? null, ip: clientIp(request) }),
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: handle, POST: handle });
