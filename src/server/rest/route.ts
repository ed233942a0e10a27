// The one wrapper behind every /api/v1 route: request id, rate limit, authentication, scope check, input guard
// (UTF-8, no NUL or lone surrogate, bounded nesting) then strict zod parsing (64 KiB JSON bodies),
// Idempotency-Key, one domain call, and the response or error envelope.
// Handlers are plain `(request: Request) => Promise<Response>`; each definition also feeds the OpenAPI document.
import { z } from 'zod';
import { newRequestId } from '@/lib/ids.ts';
import { clientIp } from '@/server/client-ip.ts';
import { readLimitedBody } from '@/server/shared/limited-body.ts';
import { getDb, type Db } from '@/server/db.ts';
import { AppError } from '@/server/errors.ts';
import { assertSafeInput, textProblem } from '@/server/input-guard.ts';
import type { DomainContext } from '@/server/context.ts';
import type { Environment } from '@/generated/prisma/enums.ts';
import { authenticateApiKey, type ApiKeyPrincipal } from '@/server/auth/api-key.ts';
import { authenticateLicenseKey, type LicensePrincipal } from '@/server/auth/license-key.ts';
import { hasScopes, type Scope } from '@/server/auth/scopes.ts';
import { consumeRateLimit, rateLimitWait, type RateLimitTier } from '@/server/shared/rate-limit.ts';
import { claimIdempotencyKey } from './idempotency.ts';
import {
  describeIssues,
  errorBody,
  errorResponse,
  jsonResponse,
  toAppError,
  zodIssues,
} from './responses.ts';
import { answered, registerRoute } from './registry.ts';
import type { Page } from '@/server/shared/pagination.ts';
import { assertLicenseKeyMay } from '@/server/domain/licenses/license-access.ts';

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

export type RouteHandler = ((request: Request) => Promise<Response>) & {
  definition: RouteDefinition<unknown, unknown, unknown, unknown>;
};

const BODY_METHODS = new Set<Method>(['POST', 'PATCH']);
/** Routes without a query or body schema accept none (strict). */
const NO_FIELDS = z.strictObject({});

function validationError(error: z.ZodError, location: 'body' | 'query' | 'path'): AppError {
  const fields = zodIssues(error);
  const issues = fields.map((issue) => ({
    ...issue,
    path: location === 'body' ? issue.path : [location, ...issue.path],
  }));
  // the message names the field as the caller wrote it (without the query/path prefix of details.issues)
  return new AppError(
    'VALIDATION_ERROR',
    `Invalid ${location === 'path' ? 'path parameter' : location}: ${describeIssues(fields)}`,
    { issues },
  );
}

/** What an API key sees is one environment's data: a 404 says the id may be in the other one. */
function environmentHint(environment: 'live' | 'test'): string {
  const other = environment === 'live' ? 'test' : 'live';
  return `This ${environment} API key sees only ${environment} data: the id may belong to the ${other} environment.`;
}

/** The error as the caller gets it: a 404 for an API-key caller carries the environment hint (once). */
function explainError(error: AppError, principal: Principal | undefined): AppError {
  if (error.code !== 'NOT_FOUND' || principal?.kind !== 'apiKey') return error;
  const hint = environmentHint(principal.apiKey.environment);
  if (error.message.includes(hint)) return error;
  return new AppError(error.code, `${error.message.replace(/\.?$/, '.')} ${hint}`, error.details);
}

function matchParams(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = `${API_PREFIX}${pattern}`.split('/');
  const pathParts = pathname.replace(/\/$/, '').split('/');
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of patternParts.entries()) {
    const actual = pathParts[i] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) {
      const decoded = decodePathSegment(actual);
      if (decoded === null) return null;
      params[name] = decoded;
    } else if (part !== actual) return null;
  }
  return params;
}

/** A path segment's text, or null when it is not percent-encoded UTF-8 or not storable text (it names nothing). */
function decodePathSegment(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment);
    return textProblem(decoded) === null ? decoded : null;
  } catch {
    return null;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** 413 when the declared Content-Length is over the limit (before reading anything: streamed uploads). */
export function assertDeclaredSize(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${maxBytes} bytes`);
}

/** Whether the request's content type is one of `types` (media type only, parameters ignored). */
export function hasContentType(request: Request, types: readonly string[]): boolean {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return types.includes(mediaType);
}

/** The body as text: at most `maxBytes` (MAX_BODY_BYTES), and valid UTF-8 (no silent U+FFFD replacement). */
export async function readBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const bytes = await readLimitedBody(request, maxBytes);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError('VALIDATION_ERROR', 'The request body is not valid UTF-8', {
      issues: [{ path: [], message: 'Malformed UTF-8', code: 'invalid_encoding' }],
    });
  }
}

/** The body's JSON value, checked by the input guard before any (recursive) schema walks it. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new AppError('VALIDATION_ERROR', 'The request body is not valid JSON', {
      issues: [{ path: [], message: 'Malformed JSON', code: 'invalid_json' }],
    });
  }
  assertSafeInput(value, 'body');
  return value;
}

async function authenticate(
  db: Db,
  request: Request,
  modes: readonly AuthMode[],
  ip: string,
): Promise<Principal> {
  const header = request.headers.get('authorization');
  if (!header) {
    if (modes.includes('none')) return { kind: 'none', ip };
    throw new AppError(
      'UNAUTHORIZED',
      'Missing Authorization header: use "Bearer <API key>" or "License <license key>"',
    );
  }
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const credential = rest.join(' ');
  if (scheme.toLowerCase() === 'bearer' && modes.includes('apiKey')) {
    const apiKey = await authenticateApiKey(db, credential);
    if (!apiKey) {
      // API keys start with lk_live_ / lk_test_; anything else here is most likely a license key
      const hint =
        !credential.startsWith('lk_') && modes.includes('license')
          ? '. A license key goes in "Authorization: License <license key>"'
          : '';
      throw new AppError('UNAUTHORIZED', `Invalid, revoked or expired API key${hint}`);
    }
    return { kind: 'apiKey', apiKey };
  }
  if (scheme.toLowerCase() === 'license' && modes.includes('license')) {
    const license = await authenticateLicenseKey(db, credential);
    if (!license) throw new AppError('UNAUTHORIZED', 'Invalid or unusable license key');
    assertLicenseKeyMay(license, request.method === 'GET' ? 'read' : 'write');
    return { kind: 'license', license };
  }
  if (modes.includes('none')) return { kind: 'none', ip };
  const accepted = modes
    .map((m) => (m === 'apiKey' ? 'Bearer <API key>' : 'License <license key>'))
    .join(' or ');
  throw new AppError('UNAUTHORIZED', `Unsupported authorization scheme; this endpoint accepts ${accepted}`);
}

/** Authentication with a per-IP budget for failures, so guessing keys is throttled like everything else. */
async function authenticateGuarded(
  db: Db,
  request: Request,
  modes: readonly AuthMode[],
  ip: string,
  headers: Record<string, string>,
): Promise<Principal> {
  const wait = await rateLimitWait('auth_failure', ip);
  if (wait > 0) {
    headers['Retry-After'] = String(wait);
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed authentication attempts. Retry after ${wait} seconds.`,
    );
  }
  try {
    return await authenticate(db, request, modes, ip);
  } catch (error) {
    if (error instanceof AppError && error.status === 401) {
      const failures = await consumeRateLimit('auth_failure', ip);
      // no credential to charge: the answer shows the budget it did spend (failed authentications per IP)
      if (!headers['X-RateLimit-Limit']) Object.assign(headers, failures.headers);
    }
    throw error;
  }
}

function contextFor(db: Db, principal: Principal): DomainContext | null {
  if (principal.kind === 'apiKey') {
    const { accountId, environment, id } = principal.apiKey;
    return { db, accountId, environment, actor: { type: 'api_key', id } };
  }
  if (principal.kind === 'license') {
    const { accountId, environment, id } = principal.license;
    return { db, accountId, environment, actor: { type: 'license', id } };
  }
  return null;
}

/**
 * Whether a route stores and replays answers under an Idempotency-Key: POSTs, unless the route opts out, and only
 * for authenticated callers — answers stored for anonymous callers would let anyone grow the table without bound.
 */
export function honoursIdempotencyKey(
  definition: Pick<RouteDefinition<unknown, unknown, unknown, unknown>, 'method' | 'auth' | 'idempotent'>,
  principal?: Principal,
): boolean {
  if (definition.method !== 'POST' || definition.idempotent === false) return false;
  return principal ? principal.kind !== 'none' : definition.auth.some((mode) => mode !== 'none');
}

/** Whose Idempotency-Keys these are (a key is scoped to the credential that sent it). */
function credentialId(principal: Exclude<Principal, { kind: 'none' }>): string {
  return principal.kind === 'apiKey' ? `api_key:${principal.apiKey.id}` : `license:${principal.license.id}`;
}

function storedRequestId(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { requestId?: unknown }).requestId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whose budget a request spends: the client IP for the validation and activation tiers; for the management tier
 * the authenticated credential (API key or license id, so any spelling of the same key shares one bucket), or the
 * client IP for anonymous callers.
 */
function rateLimitKey(tier: RateLimitTier, principal: Principal | null, ip: string): string {
  if (tier !== 'management' || !principal || principal.kind === 'none') return `ip:${ip}`;
  return credentialId(principal);
}

export function route<
  P = Record<string, never>,
  Q = Record<string, never>,
  B = Record<string, never>,
  R = unknown,
>(definition: RouteDefinition<P, Q, B, R>): RouteHandler {
  const operation = { method: definition.method, path: definition.path, served: true };
  const handler = async (request: Request): Promise<Response> => answered(operation, await answer(request));
  const answer = async (request: Request): Promise<Response> => {
    const requestId = newRequestId();
    let limitHeaders: Record<string, string> = {};
    let principal: Principal | undefined;
    try {
      const url = new URL(request.url);
      const ip = clientIp(request);
      const tier = definition.rateLimit ?? 'management';
      const spend = async (principal: Principal | null) => {
        const limit = await consumeRateLimit(tier, rateLimitKey(tier, principal, ip));
        limitHeaders = limit.headers;
        if (!limit.allowed) {
          throw new AppError(
            'RATE_LIMITED',
            `Rate limit exceeded. Retry after ${limit.retryAfterSeconds} seconds.`,
          );
        }
      };
      // per-IP tiers are spent before any work; the management tier once the credential is known
      if (tier !== 'management') await spend(null);

      const db = await getDb();
      principal = await authenticateGuarded(db, request, definition.auth, ip, limitHeaders);
      if (tier === 'management') await spend(principal);
      if (
        principal.kind === 'apiKey' &&
        definition.scopes &&
        !hasScopes(principal.apiKey.scopes, definition.scopes)
      ) {
        throw new AppError(
          'FORBIDDEN',
          `This API key lacks the required scope: ${definition.scopes.join(', ')}`,
        );
      }

      const rawParams = matchParams(definition.path, url.pathname) ?? {};
      const params = definition.params
        ? definition.params.safeParse(rawParams)
        : { success: true as const, data: {} as P };
      if (!params.success) {
        // a malformed id can name no resource in this account: answer like any unknown id
        throw new AppError('NOT_FOUND', 'Resource not found');
      }
      const rawQuery = Object.fromEntries(url.searchParams);
      assertSafeInput(rawQuery, 'query');
      const query = (definition.query ?? NO_FIELDS).safeParse(rawQuery);
      if (!query.success) throw validationError(query.error, 'query');

      let rawBody = '';
      let body = {} as B;
      const streamed = definition.upload && hasContentType(request, definition.upload.streamed);
      if (streamed) assertDeclaredSize(request, definition.upload?.maxBytes ?? MAX_BODY_BYTES);
      else if (BODY_METHODS.has(definition.method)) {
        rawBody = await readBody(request, definition.upload?.maxBytes);
        const contentType = request.headers.get('content-type') ?? '';
        if (rawBody.trim() !== '' && !/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
          throw new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Request bodies must be JSON (Content-Type: application/json)',
          );
        }
        const parsed = (definition.body ?? NO_FIELDS).safeParse(parseJson(rawBody));
        if (!parsed.success) throw validationError(parsed.error, 'body');
        body = parsed.data as B;
      }

      const input: HandlerInput<P, Q, B> = {
        db,
        ctx: contextFor(db, principal),
        principal,
        params: params.data,
        query: query.data as Q,
        body,
        request,
        requestId,
      };

      const idempotencyKey = honoursIdempotencyKey(definition, principal)
        ? request.headers.get('idempotency-key')
        : null;
      const claim =
        idempotencyKey !== null && principal.kind !== 'none'
          ? await claimIdempotencyKey(db, credentialId(principal), idempotencyKey, {
              method: definition.method,
              path: url.pathname,
              body: rawBody,
            })
          : null;
      if (claim?.kind === 'replay') {
        const stored = claim.response;
        // a replayed error keeps the request id its body names (header and body agree); a signed answer keeps
        // its first signature, timestamp included: a replay never looks more current than the answer it repeats
        const replayedId = stored.status >= 400 ? (storedRequestId(stored.body) ?? requestId) : requestId;
        return new Response(stored.body || null, {
          status: stored.status,
          headers: {
            ...(stored.body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
            'X-Request-Id': replayedId,
            'Idempotent-Replayed': 'true',
            ...limitHeaders,
            ...stored.headers,
          },
        });
      }

      let status: number;
      let raw: string;
      let signAs: SigningScope | undefined;
      try {
        const result = await definition.handler(input);
        const reply = result instanceof Reply ? result : new Reply(definition.status ?? 200, result);
        status = reply.status;
        signAs = reply.signAs;
        if (status === 204) raw = '';
        else if (definition.list) {
          const page = reply.data as Page<unknown>;
          raw = JSON.stringify({
            data: page.items,
            pagination: { nextCursor: page.nextCursor, hasMore: page.nextCursor !== null },
          });
        } else raw = JSON.stringify({ data: reply.data });
      } catch (error) {
        const appError = explainError(toAppError(error, requestId), principal);
        if (claim?.kind === 'claimed') {
          if (appError.status >= 500) await claim.release();
          else
            await claim.complete({
              status: appError.status,
              body: JSON.stringify(errorBody(appError, requestId)),
              headers: {},
            });
        }
        throw appError;
      }
      const signed = definition.signBody && raw ? await definition.signBody(raw, input, signAs) : {};
      if (claim?.kind === 'claimed') await claim.complete({ status, body: raw, headers: signed });
      return new Response(status === 204 ? null : raw, {
        status,
        headers: {
          ...(status === 204 ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
          'X-Request-Id': requestId,
          ...limitHeaders,
          ...signed,
        },
      });
    } catch (error) {
      const appError = explainError(toAppError(error, requestId), principal);
      return errorResponse(appError, requestId, limitHeaders);
    }
  };
  const routeHandler = Object.assign(handler, {
    definition: definition as RouteDefinition<unknown, unknown, unknown, unknown>,
  });
  registerRoute(routeHandler);
  return routeHandler;
}

export { jsonResponse };
