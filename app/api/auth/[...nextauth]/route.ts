// next-auth (v4) route handler: sign-in, callbacks, session and sign-out under /api/auth/*, behind the web guard
// (POSTs from this site only, 1 MiB bodies).
import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/next-auth.ts';
import { serveMethods } from '@/server/rest/methods.ts';
import { guardWebRequest } from '@/server/web-guard.ts';

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handle: Handler = async (incoming, context) => {
  const request = await guardWebRequest(incoming);
  if (request instanceof Response) return request;
  return (NextAuth(authOptions()) as unknown as Handler)(request, context);
};

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: handle, POST: handle });
