// JSON responses and the error envelope of API.md §2, shared by the REST wrapper and service routes.
import { z } from 'zod';
import { AppError, databaseUnavailable, isDatabaseUnavailable } from '@/server/errors.ts';

interface ErrorBody {
  error: string;
  code: string;
  status: number;
  details?: Record<string, unknown>;
  requestId: string;
}

/**
 * An answer before it becomes a Web Response or is written to a Node ServerResponse: the status, the headers as
 * they are passed to `new Response` (a record: names as written, later keys after earlier ones), and the body text
 * (null: no body).
 */
export interface RouteResult {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** The Web Response of a result. */
export function resultResponse(result: RouteResult): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}

/** A JSON answer (`body` undefined: none) as a result; jsonResponse is its Web Response. */
function jsonResult(status: number, body: unknown, headers: Record<string, string> = {}): RouteResult {
  return {
    status,
    body: body === undefined ? null : JSON.stringify(body),
    headers: body === undefined ? headers : { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return resultResponse(jsonResult(status, body, headers));
}

export function zodIssues(error: z.ZodError): Array<{ path: PropertyKey[]; message: string; code: string }> {
  return error.issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code }));
}

/** `name`, `policy.maxMachines`, `entitlements[0]`: a zod issue path as a reader writes it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/**
 * The first issue in words, naming its field: "name: expected string, received undefined" (zod's own "Invalid
 * input: " lead-in dropped), plus how many more issues `details.issues` lists.
 */
export function describeIssues(
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>,
): string {
  const [first] = issues;
  if (!first) return 'invalid';
  const message = first.message.replace(/^Invalid input: (?=.)/, '');
  const field = fieldPath(first.path);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more in details.issues)` : '';
  return `${field ? `${field}: ` : ''}${message}${more}`;
}

/** Any thrown value → the public error envelope. Unknown errors are logged and never leak internals. */
export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const issues = zodIssues(error);
    return new AppError('VALIDATION_ERROR', `The request is invalid: ${describeIssues(issues)}`, { issues });
  }
  const prismaCode =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (prismaCode === 'P2002')
    return new AppError('CONFLICT', 'A resource with these unique values already exists');
  if (prismaCode === 'P2025') return new AppError('NOT_FOUND', 'Resource not found');
  if (isDatabaseUnavailable(error)) {
    console.warn(`[licentric] request ${requestId}: database unavailable:`, errorSummary(error));
    return databaseUnavailable();
  }
  // no pooled connection freed up in time for a transaction: the server is overloaded, not broken
  if (prismaCode === 'P2028')
    return new AppError('SERVICE_UNAVAILABLE', 'The server is busy; retry the request in a moment.');
  console.error(`[licentric] request ${requestId} failed:`, error);
  return new AppError(
    'INTERNAL_ERROR',
    'An unexpected error occurred. Quote the request id when reporting it.',
  );
}

/** One line for an expected failure (no stack): the message and code of the error and of what it wraps. */
function errorSummary(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    parts.push(
      `${typeof message === 'string' ? message.split('\n')[0] : ''}${typeof code === 'string' ? ` (${code})` : ''}`,
    );
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(' <- ');
}

export function errorBody(error: AppError, requestId: string): ErrorBody {
  return {
    error: error.message,
    code: error.code,
    status: error.status,
    ...(error.details ? { details: error.details } : {}),
    requestId,
  };
}

/** The error envelope answer (API.md §2) with the request id, `headers` and, for a 401, the accepted schemes. */
export function errorResult(
  error: AppError,
  requestId: string,
  headers: Record<string, string> = {},
): RouteResult {
  const extra: Record<string, string> = { 'X-Request-Id': requestId, ...headers };
  if (error.status === 401) extra['WWW-Authenticate'] = 'Bearer realm="licentric", License realm="licentric"';
  return jsonResult(error.status, errorBody(error, requestId), extra);
}

export function errorResponse(
  error: AppError,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return resultResponse(errorResult(error, requestId, headers));
}
