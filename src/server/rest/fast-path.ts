// The production server's lean mount of the runtime endpoints that shipped applications call (validate-key;
// activation, heartbeat, deactivation and checkout with License auth): server.ts hands such a request straight to
// the same route() handler the Next route file exports, skipping Next's router and request machinery. Everything
// else (other paths, other methods, API-key calls, trailing slashes, odd path segments) is left to Next.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { validateKeyRoute } from './endpoints/validation.ts';
import { activateMachineRoute, deactivateMachineRoute, heartbeatMachineRoute } from './endpoints/machines.ts';
import { checkoutLicenseRoute } from './endpoints/signing.ts';
import { errorResponse } from './responses.ts';
import { API_PREFIX, MAX_BODY_BYTES, type RouteHandler } from './route.ts';

interface FastRoute {
  method: string;
  /** Matched against the raw path (no query); an id segment is plain URL-safe text, nothing Next would rewrite. */
  pattern: RegExp;
  /** Only requests with `Authorization: License …` (runtime callers); API-key calls keep going through Next. */
  licenseAuth: boolean;
  handler: RouteHandler;
}

const ID = '[A-Za-z0-9_-]{1,128}';
const prefix = API_PREFIX.replaceAll('/', '\\/');
const FAST_ROUTES: readonly FastRoute[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^${prefix}\\/licenses\\/validate-key$`),
    licenseAuth: false,
    handler: validateKeyRoute,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${prefix}\\/machines$`),
    licenseAuth: true,
    handler: activateMachineRoute,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${prefix}\\/machines\\/${ID}\\/heartbeat$`),
    licenseAuth: true,
    handler: heartbeatMachineRoute,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${prefix}\\/machines\\/${ID}$`),
    licenseAuth: true,
    handler: deactivateMachineRoute,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${prefix}\\/licenses\\/${ID}\\/checkout$`),
    licenseAuth: true,
    handler: checkoutLicenseRoute,
  },
];

/** The route() handler the fast path serves this request with, or null to hand it to Next. */
export function fastRouteFor(req: IncomingMessage): RouteHandler | null {
  const url = req.url ?? '';
  if (!url.startsWith(API_PREFIX)) return null;
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  for (const candidate of FAST_ROUTES) {
    if (candidate.method !== req.method || !candidate.pattern.test(pathname)) continue;
    if (candidate.licenseAuth && !/^\s*license\s/i.test(req.headers.authorization ?? '')) return null;
    return candidate.handler;
  }
  return null;
}

/**
 * The body bytes, at most MAX_BODY_BYTES + 1 of them: route() answers 413 past the limit, so more is never kept.
 * Reading stops there; what the client still sends is discarded.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(Buffer.concat(chunks, Math.min(size, MAX_BODY_BYTES + 1)));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        finish();
        req.resume(); // drain the rest unread
      }
    };
    req.on('data', onData);
    req.once('end', finish);
    req.once('error', (error) => (done ? undefined : reject(error)));
  });
}

/** The Web Request route() takes, built from the Node request (headers as Node joined them, the read body). */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const body = await readBody(req);
  return new Request(`${origin}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(body.byteLength > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 204) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers).end(response.status === 204 ? undefined : body);
}

/** Serves one request on the fast path with `handler` (from fastRouteFor); never throws. */
export async function serveFast(
  handler: RouteHandler,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  try {
    await send(res, await handler(await toRequest(req, origin)));
  } catch (error) {
    // route() answers every failure itself; this is a broken connection or a bug in this adapter
    const requestId = newRequestId();
    console.error(`[licentric] request ${requestId} failed on the fast path:`, error);
    if (res.headersSent) res.destroy();
    else
      await send(
        res,
        errorResponse(
          new AppError(
            'INTERNAL_ERROR',
            'An unexpected error occurred. Quote the request id when reporting it.',
          ),
          requestId,
        ),
      );
  }
}
