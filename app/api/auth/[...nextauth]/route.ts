// next-auth (v4) route handler: sign-in, callbacks, session and sign-out under /api/auth/*.
import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth/next-auth.ts';
import { serveMethods } from '@/server/rest/methods.ts';

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const handle: Handler = (request, context) =>
  (NextAuth(authOptions()) as unknown as Handler)(request, context);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serveMethods({ GET: handle, POST: handle });
