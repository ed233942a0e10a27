// tRPC for the dashboard: the request context (next-auth session, chosen account and environment), the
// AppError → TRPCError translation, the input guard, and the procedure ladder public → signed-in → member → role.
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { getDb, type Db } from '@/server/db.ts';
import { AppError, TRPC_CODE, databaseUnavailable, isDatabaseUnavailable } from '@/server/errors.ts';
import { assertSafeInput } from '@/server/input-guard.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Environment, Role } from '@/generated/prisma/enums.ts';
import { resolveMembership, type MemberContext, type UserContext } from '@/server/domain/members/members.ts';
import { ACCOUNT_COOKIE, ENVIRONMENT_COOKIE } from '@/lib/cookies.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface TrpcContext {
  db: Db;
  user: SessionUser | null;
  /** From the account cookie; falls back to the user's first account. */
  accountId: string | undefined;
  environment: Environment;
  /** Client address (sign-up rate limit). */
  ip: string;
}

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** Context for one HTTP request: the session is resolved by the caller (the route handler). */
export async function createTrpcContext(opts: {
  headers: Headers;
  user: SessionUser | null;
  ip?: string;
}): Promise<TrpcContext> {
  const cookies = parseCookies(opts.headers.get('cookie'));
  return {
    db: await getDb(),
    user: opts.user,
    accountId: cookies[ACCOUNT_COOKIE],
    environment: cookies[ENVIRONMENT_COOKIE] === 'test' ? 'test' : 'live',
    ip: opts.ip ?? 'unknown',
  };
}

function issuesOf(error: ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        appCode: cause instanceof AppError ? cause.code : null,
        issues:
          cause instanceof ZodError
            ? issuesOf(cause)
            : cause instanceof AppError && Array.isArray(cause.details?.issues)
              ? cause.details.issues
              : null,
      },
    };
  },
});

/** Domain errors keep their meaning: AppError → the tRPC code of its HTTP status; zod errors → BAD_REQUEST. */
const translateErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) {
    throw new TRPCError({
      code: TRPC_CODE[cause.status] ?? 'INTERNAL_SERVER_ERROR',
      message: cause.message,
      cause,
    });
  }
  if (cause instanceof ZodError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: cause.issues[0]?.message ?? 'Invalid input', cause });
  }
  const prismaCode =
    typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  if (prismaCode === 'P2002')
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'A resource with these unique values already exists',
      cause,
    });
  if (prismaCode === 'P2025')
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Resource not found', cause });
  if (isDatabaseUnavailable(cause)) {
    const unavailable = databaseUnavailable();
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailable.message, cause: unavailable });
  }
  if (result.error.code === 'INTERNAL_SERVER_ERROR') {
    console.error(`[licentric] tRPC ${path} failed:`, cause ?? result.error);
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred', cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The input guard (no NUL, no lone surrogate, bounded nesting) on every raw input, before any schema parses it. */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  assertSafeInput(await getRawInput());
  return next();
});

export const publicProcedure = t.procedure.use(translateErrors).use(guardInput);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  const tenancy: UserContext = { db: ctx.db, userId: ctx.user.id };
  return next({ ctx: { ...ctx, user: ctx.user, tenancy } });
});

export const memberProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const membership = await resolveMembership(ctx.tenancy, ctx.accountId);
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of any account' });
  const domain: DomainContext = {
    db: ctx.db,
    accountId: membership.accountId,
    environment: ctx.environment,
    actor: { type: 'user', id: ctx.user.id },
  };
  const tenancy: MemberContext = { ...ctx.tenancy, accountId: membership.accountId, role: membership.role };
  return next({ ctx: { ...ctx, role: membership.role, domain, tenancy } });
});

const rank: Record<Role, number> = { viewer: 0, developer: 1, admin: 2, owner: 3 };

function atLeast(minimum: Role, message: string) {
  return memberProcedure.use(({ ctx, next }) => {
    if (rank[ctx.role] < rank[minimum]) throw new TRPCError({ code: 'FORBIDDEN', message });
    return next();
  });
}

/** Developers, admins and owners: every change except members and account settings. */
export const writerProcedure = atLeast(
  'developer',
  'Viewers have read-only access; ask an admin for the developer role',
);
/** Owners and admins: members, invitations, account settings. */
export const adminProcedure = atLeast(
  'admin',
  'Only owners and admins can manage members and account settings',
);

/**
 * The input of a domain function that parses it with its own schema — the one place input is parsed, so the
 * domain is as safe for jobs, the portal and integrations as for the API: typed as the schema's input and passed
 * through unparsed (the domain's ZodError becomes BAD_REQUEST with field issues, like any other input error).
 */
export function domainInput<S extends z.ZodType>(_schema: S) {
  return z.custom<z.input<S>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'Expected an object',
  );
}
