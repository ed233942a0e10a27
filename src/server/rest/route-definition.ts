// What a route() definition is made of: the definition itself, the handler's input, its Reply, the principal, and
// the REST limits (path prefix, body size) — types shared by route() and its pipeline modules.
import type { z } from 'zod';
import type { Db } from '@/server/db.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import type { ApiKeyPrincipal } from '@/server/auth/api-key.ts';
import type { LicensePrincipal } from '@/server/auth/license-key.ts';
import type { Scope } from '@/server/auth/scopes.ts';
import type { RateLimitTier } from '@/server/shared/rate-limit.ts';

export const API_PREFIX = '/api/v1';
export const MAX_BODY_BYTES = 64 * 1024;

/** An account+environment, e.g. the one whose signing key signs an answer. */
export interface SigningScope {
  accountId: string;
  environment: Environment;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type AuthMode = 'apiKey' | 'license' | 'none';

export type Principal =
  | { kind: 'apiKey'; apiKey: ApiKeyPrincipal }
  | { kind: 'license'; license: LicensePrincipal }
  | { kind: 'none'; ip: string };

export interface HandlerInput<P, Q, B> {
  db: Db;
  /** Null only on routes with `auth: ['none']`. */
  ctx: DomainContext | null;
  principal: Principal;
  params: P;
  query: Q;
  body: B;
  /**
   * The Web Request (the body already read unless the route streams it). On the Node mount (fast path) it is
   * built only when a handler reads this property.
   */
  request: Request;
  requestId: string;
}

/** A handler result with an explicit status (e.g. 200 for an idempotent re-activation instead of 201). */
export class Reply<T> {
  constructor(
    readonly status: number,
    readonly data: T,
    /** Whose key signs the answer when the route has no authenticated account (validate-key). */
    readonly signAs?: SigningScope,
  ) {}
}

export interface RouteDefinition<P, Q, B, R> {
  method: Method;
  /** Relative to /api/v1, OpenAPI style: `/products/{id}`. */
  path: string;
  auth: readonly AuthMode[];
  /** Required scopes when an API key is used. */
  scopes?: readonly Scope[];
  rateLimit?: RateLimitTier;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Success status: 200 by default; 204 answers without a body. */
  status?: 200 | 201 | 202 | 204;
  /** The handler returns a Page: the answer is `{ data: [...], pagination }`. */
  list?: boolean;
  /**
   * `false`: the Idempotency-Key header is ignored (see honoursIdempotencyKey) — for answers that must reflect the
   * current state of a license every time (validate-key, heartbeats): a stored answer could outlive a revoke.
   */
  idempotent?: false;
  /**
   * A file upload route: JSON bodies up to `maxBytes` instead of 64 KiB, and bodies of the `streamed` content
   * types (e.g. text/csv) are not read by the wrapper at all — the handler streams `request.body` itself.
   */
  upload?: { maxBytes: number; streamed: readonly string[] };
  /** Adds headers computed over the exact response bytes (response signatures). */
  signBody?: (
    rawBody: string,
    input: HandlerInput<P, Q, B>,
    signAs?: SigningScope,
  ) => Promise<Record<string, string>>;
  openapi: {
    summary: string;
    tags: string[];
    description?: string;
    response?: z.ZodType;
    /** Error codes beyond the ones every route of its kind can answer (openapi.ts errorResponses). */
    errors?: string[];
    /** Success statuses the handler answers besides `status` (a Reply), with what each means. */
    statuses?: Record<number, string>;
  };
  handler: (input: HandlerInput<P, Q, B>) => Promise<R | Reply<R>>;
}
