// The request as route()'s pipeline sees it, whatever mounted it: method, URL, headers, client IP and a bounded
// body reader (413 past the limit, declared or streamed); built from a Web Request (Next route files) here.
import { clientIp } from '@/server/client-ip.ts';
import { AppError } from '@/server/errors.ts';
import { readLimitedBody } from '@/server/shared/limited-body.ts';
import { MAX_BODY_BYTES } from './route-definition.ts';

export interface RouteRequest {
  method: string;
  /** The request URL (parsed once, on first use). */
  url(): URL;
  /** A header's value as a Web `Headers.get` gives it (repeated headers joined with ", "), or null. */
  header(name: string): string | null;
  /** The client identity of per-IP rate limits (src/server/client-ip.ts). */
  clientIp(): string;
  /** The body's bytes, at most `maxBytes`: PAYLOAD_TOO_LARGE past them (a larger Content-Length before reading). */
  bodyBytes(maxBytes: number): Promise<Uint8Array>;
  /** The Web Request (handlers that stream the body themselves: uploads). */
  web(): Request;
}

/** A Web Request as a RouteRequest. */
export function webRouteRequest(request: Request): RouteRequest {
  let url: URL | undefined;
  return {
    method: request.method,
    url: () => (url ??= new URL(request.url)),
    header: (name) => request.headers.get(name),
    clientIp: () => clientIp(request),
    bodyBytes: (maxBytes) => readLimitedBody(request, maxBytes),
    web: () => request,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text: at most `maxBytes` (MAX_BODY_BYTES), and valid UTF-8 (no silent U+FFFD replacement). */
export async function readBodyText(request: RouteRequest, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const bytes = await request.bodyBytes(maxBytes);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError('VALIDATION_ERROR', 'The request body is not valid UTF-8', {
      issues: [{ path: [], message: 'Malformed UTF-8', code: 'invalid_encoding' }],
    });
  }
}

/** A Web Request's body as text (readBodyText's limits and UTF-8 check), e.g. for service routes (Stripe). */
export function readBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return readBodyText(webRouteRequest(request), maxBytes);
}

/** 413 when the declared Content-Length is over the limit (before reading anything: streamed uploads). */
export function assertDeclaredSize(request: RouteRequest, maxBytes: number): void {
  const declared = Number(request.header('content-length') ?? '0');
  if (declared > maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${maxBytes} bytes`);
}

/** Whether the request's content type is one of `types` (media type only, parameters ignored). */
export function hasContentType(request: RouteRequest, types: readonly string[]): boolean {
  const mediaType = (request.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return types.includes(mediaType);
}
