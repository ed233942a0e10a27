// route()'s input steps: path parameters, query and JSON body checked by the input guard (UTF-8, no NUL or lone
// surrogate, bounded nesting) then parsed strictly with the route's zod schemas, with the REST error messages
// ("Invalid body: …", 404 for a malformed id, 413, 415).
import { z } from 'zod';
import { AppError } from '@/server/errors.ts';
import { markParsed } from '@/server/domain/shared/parsed-input.ts';
import { assertSafeInput, textProblem } from '@/server/input-guard.ts';
import { describeIssues, zodIssues } from './responses.ts';
import { API_PREFIX, MAX_BODY_BYTES, type Method, type RouteDefinition } from './route-definition.ts';
import { assertDeclaredSize, hasContentType, readBodyText, type RouteRequest } from './route-request.ts';

const BODY_METHODS = new Set<Method>(['POST', 'PATCH']);
/** Routes without a query or body schema accept none (strict). */
const NO_FIELDS = z.strictObject({});

type Definition<P, Q, B> = Pick<
  RouteDefinition<P, Q, B, unknown>,
  'method' | 'path' | 'params' | 'query' | 'body' | 'upload'
>;

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

/** The path parameters; a malformed id can name no resource in this account: 404 like any unknown id. */
export function parseParams<P>(definition: Definition<P, unknown, unknown>, url: URL): P {
  const rawParams = matchParams(definition.path, url.pathname) ?? {};
  if (!definition.params) return {} as P;
  const params = definition.params.safeParse(rawParams);
  if (!params.success) throw new AppError('NOT_FOUND', 'Resource not found');
  return params.data;
}

/** The query string's fields, guarded then parsed (none accepted without a query schema). */
export function parseQuery<Q>(definition: Definition<unknown, Q, unknown>, url: URL): Q {
  const rawQuery = Object.fromEntries(url.searchParams);
  assertSafeInput(rawQuery, 'query');
  const schema = definition.query ?? NO_FIELDS;
  const query = schema.safeParse(rawQuery);
  if (!query.success) throw validationError(query.error, 'query');
  // the domain function parsing with the same schema takes it as it is (parsed once: docs/contributing.md)
  return markParsed(schema, query.data as Q);
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

/**
 * The body: its text as received (`raw`, what an Idempotency-Key is bound to) and its parsed value. Only POST and
 * PATCH bodies are read; a streamed upload (its content type listed by the route) is left to the handler, its
 * declared size checked.
 */
export async function readAndParseBody<B>(
  definition: Definition<unknown, unknown, B>,
  request: RouteRequest,
): Promise<{ raw: string; body: B }> {
  const streamed = definition.upload && hasContentType(request, definition.upload.streamed);
  if (streamed) {
    assertDeclaredSize(request, definition.upload?.maxBytes ?? MAX_BODY_BYTES);
    return { raw: '', body: {} as B };
  }
  if (!BODY_METHODS.has(definition.method)) return { raw: '', body: {} as B };
  const raw = await readBodyText(request, definition.upload?.maxBytes);
  const contentType = request.header('content-type') ?? '';
  if (raw.trim() !== '' && !/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Request bodies must be JSON (Content-Type: application/json)',
    );
  }
  const schema = definition.body ?? NO_FIELDS;
  const parsed = schema.safeParse(parseJson(raw));
  if (!parsed.success) throw validationError(parsed.error, 'body');
  // the domain function parsing with the same schema takes it as it is (parsed once: docs/contributing.md)
  return { raw, body: markParsed(schema, parsed.data as B) };
}
