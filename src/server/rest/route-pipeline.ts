// route()'s pipeline over a transport-neutral request and result: rate limit → authenticate → scopes → params,
// query, body → Idempotency-Key (claim or replay) → handler → serialize → sign → respond, each a named step; any
// failure becomes the error envelope. The mounts (Web Request/Response, Node req/res) are in route.ts.
import { newRequestId } from '@/lib/ids.ts';
import { getDb, type Db } from '@/server/db.ts';
import { AppError } from '@/server/errors.ts';
import type { DomainContext } from '@/server/context.ts';
import { authenticateApiKey } from '@/server/auth/api-key.ts';
import { authenticateLicenseKey } from '@/server/auth/license-key.ts';
import { hasScopes } from '@/server/auth/scopes.ts';
import { consumeRateLimit, rateLimitWait, type RateLimitTier } from '@/server/shared/rate-limit.ts';
import type { Page } from '@/server/shared/pagination.ts';
import { assertLicenseKeyMay } from '@/server/domain/licenses/license-access.ts';
import { claimIdempotencyKey, type IdempotencyClaim, type StoredResponse } from './idempotency.ts';
import { errorBody, errorResult, toAppError, type RouteResult } from './responses.ts';
import {
  Reply,
  type AuthMode,
  type HandlerInput,
  type Principal,
  type RouteDefinition,
  type SigningScope,
} from './route-definition.ts';
import { parseParams, parseQuery, readAndParseBody } from './route-input.ts';
import type { RouteRequest } from './route-request.ts';

type AnyDefinition = RouteDefinition<unknown, unknown, unknown, unknown>;
type AuthenticatedPrincipal = Exclude<Principal, { kind: 'none' }>;

/** What the steps share about one request: its id, and the rate-limit headers every answer carries. */
interface RequestState {
  requestId: string;
  /** Replaced by each rate-limit spend; authentication failures add to the current one. */
  limitHeaders: Record<string, string>;
  principal?: Principal;
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

/** Whose Idempotency-Keys these are (a key is scoped to the credential that sent it). */
function credentialId(principal: AuthenticatedPrincipal): string {
  return principal.kind === 'apiKey' ? `api_key:${principal.apiKey.id}` : `license:${principal.license.id}`;
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

/** Spends one unit of the tier's budget; RATE_LIMITED when it is exhausted (its headers answer either way). */
async function spendRateLimit(
  state: RequestState,
  tier: RateLimitTier,
  principal: Principal | null,
  ip: string,
): Promise<void> {
  const limit = await consumeRateLimit(tier, rateLimitKey(tier, principal, ip));
  state.limitHeaders = limit.headers;
  if (!limit.allowed) {
    throw new AppError(
      'RATE_LIMITED',
      `Rate limit exceeded. Retry after ${limit.retryAfterSeconds} seconds.`,
    );
  }
}

async function authenticate(
  db: Db,
  request: RouteRequest,
  modes: readonly AuthMode[],
  ip: string,
): Promise<Principal> {
  const header = request.header('authorization');
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
  request: RouteRequest,
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

/** FORBIDDEN when an API key lacks one of the route's scopes (license keys are limited by the routes' auth). */
function authorizeScopes(definition: AnyDefinition, principal: Principal): void {
  if (
    principal.kind === 'apiKey' &&
    definition.scopes &&
    !hasScopes(principal.apiKey.scopes, definition.scopes)
  ) {
    throw new AppError('FORBIDDEN', `This API key lacks the required scope: ${definition.scopes.join(', ')}`);
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
  definition: Pick<AnyDefinition, 'method' | 'auth' | 'idempotent'>,
  principal?: Principal,
): boolean {
  if (definition.method !== 'POST' || definition.idempotent === false) return false;
  return principal ? principal.kind !== 'none' : definition.auth.some((mode) => mode !== 'none');
}

/** The claim on the request's Idempotency-Key (null when the route or caller does not honour one). */
async function claimIdempotency(
  db: Db,
  definition: AnyDefinition,
  request: RouteRequest,
  principal: Principal,
  rawBody: string,
): Promise<IdempotencyClaim | null> {
  const key = honoursIdempotencyKey(definition, principal) ? request.header('idempotency-key') : null;
  if (key === null || principal.kind === 'none') return null;
  return claimIdempotencyKey(db, credentialId(principal), key, {
    method: definition.method,
    path: request.url().pathname,
    body: rawBody,
  });
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
 * The stored answer again: a replayed error keeps the request id its body names (header and body agree); a signed
 * answer keeps its first signature, timestamp included — a replay never looks more current than what it repeats.
 */
function replayStored(state: RequestState, stored: StoredResponse): RouteResult {
  const replayedId =
    stored.status >= 400 ? (storedRequestId(stored.body) ?? state.requestId) : state.requestId;
  return {
    status: stored.status,
    body: stored.body || null,
    headers: {
      ...(stored.body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'X-Request-Id': replayedId,
      'Idempotent-Replayed': 'true',
      ...state.limitHeaders,
      ...stored.headers,
    },
  };
}

/** The handler's answer as a Reply (the route's success status unless the handler chose one). */
async function runHandler<R>(
  definition: RouteDefinition<unknown, unknown, unknown, R>,
  input: HandlerInput<unknown, unknown, unknown>,
): Promise<Reply<R>> {
  const result = await definition.handler(input);
  return result instanceof Reply ? result : new Reply(definition.status ?? 200, result);
}

/** The answer's bytes: none for 204, `{ data: [...], pagination }` for lists, else `{ data }`. */
function serialize(definition: AnyDefinition, reply: Reply<unknown>): string {
  if (reply.status === 204) return '';
  if (definition.list) {
    const page = reply.data as Page<unknown>;
    return JSON.stringify({
      data: page.items,
      pagination: { nextCursor: page.nextCursor, hasMore: page.nextCursor !== null },
    });
  }
  return JSON.stringify({ data: reply.data });
}

/** The headers computed over the exact bytes (response signature) on routes that sign; none for an empty body. */
async function sign(
  definition: AnyDefinition,
  raw: string,
  input: HandlerInput<unknown, unknown, unknown>,
  signAs: SigningScope | undefined,
): Promise<Record<string, string>> {
  return definition.signBody && raw ? definition.signBody(raw, input, signAs) : {};
}

/** A handler failure: the claimed Idempotency-Key keeps the error answer (4xx) or is released (5xx: retry). */
async function settleFailure(
  claim: IdempotencyClaim | null,
  appError: AppError,
  requestId: string,
): Promise<void> {
  if (claim?.kind !== 'claimed') return;
  if (appError.status >= 500) await claim.release();
  else
    await claim.complete({
      status: appError.status,
      body: JSON.stringify(errorBody(appError, requestId)),
      headers: {},
    });
}

function respond(
  state: RequestState,
  status: number,
  raw: string,
  signed: Record<string, string>,
): RouteResult {
  return {
    status,
    body: status === 204 ? null : raw,
    headers: {
      ...(status === 204 ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
      'X-Request-Id': state.requestId,
      ...state.limitHeaders,
      ...signed,
    },
  };
}

/** The handler's input; `request` is the Web Request, built on first read by mounts that have none. */
function handlerInput<P, Q, B>(
  fields: Omit<HandlerInput<P, Q, B>, 'request'>,
  request: RouteRequest,
): HandlerInput<P, Q, B> {
  return Object.defineProperty(fields, 'request', {
    enumerable: true,
    get: () => request.web(),
  }) as HandlerInput<P, Q, B>;
}

async function answer(
  state: RequestState,
  definition: AnyDefinition,
  request: RouteRequest,
): Promise<RouteResult> {
  const url = request.url();
  const ip = request.clientIp();
  const tier = definition.rateLimit ?? 'management';
  // per-IP tiers are spent before any work; the management tier once the credential is known
  if (tier !== 'management') await spendRateLimit(state, tier, null, ip);

  const db = await getDb();
  const principal = await authenticateGuarded(db, request, definition.auth, ip, state.limitHeaders);
  state.principal = principal;
  if (tier === 'management') await spendRateLimit(state, tier, principal, ip);
  authorizeScopes(definition, principal);

  const params = parseParams(definition, url);
  const query = parseQuery(definition, url);
  const { raw: rawBody, body } = await readAndParseBody(definition, request);
  const input = handlerInput(
    { db, ctx: contextFor(db, principal), principal, params, query, body, requestId: state.requestId },
    request,
  );

  const claim = await claimIdempotency(db, definition, request, principal, rawBody);
  if (claim?.kind === 'replay') return replayStored(state, claim.response);

  let reply: Reply<unknown>;
  let raw: string;
  try {
    reply = await runHandler(definition, input);
    raw = serialize(definition, reply);
  } catch (error) {
    const appError = explainError(toAppError(error, state.requestId), principal);
    await settleFailure(claim, appError, state.requestId);
    throw appError;
  }
  const signed = await sign(definition, raw, input, reply.signAs);
  if (claim?.kind === 'claimed') await claim.complete({ status: reply.status, body: raw, headers: signed });
  return respond(state, reply.status, raw, signed);
}

/** One request through a route's pipeline: its answer, or the error envelope of whatever failed. */
export async function runRoute(definition: AnyDefinition, request: RouteRequest): Promise<RouteResult> {
  const state: RequestState = { requestId: newRequestId(), limitHeaders: {} };
  try {
    return await answer(state, definition, request);
  } catch (error) {
    const appError = explainError(toAppError(error, state.requestId), state.principal);
    return errorResult(appError, state.requestId, state.limitHeaders);
  }
}
