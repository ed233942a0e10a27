// The production server's lean mount of the runtime endpoints that shipped applications call (validate-key;
// activation, heartbeat, deactivation and checkout with License auth): server.ts hands such a request straight to
// the pipeline of the route() handler the Next route file exports, on the Node request and response themselves
// (route-node.ts: no Web Request/Response round trip), skipping Next's router and request machinery. Everything
// else (other paths, other methods, API-key calls, trailing slashes, odd path segments) is left to Next.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { validateKeyRoute } from './endpoints/validation.ts';
import { activateMachineRoute, deactivateMachineRoute, heartbeatMachineRoute } from './endpoints/machines.ts';
import { checkoutLicenseRoute } from './endpoints/signing.ts';
import { errorResult } from './responses.ts';
import { API_PREFIX, type RouteHandler } from './route.ts';
import { serveNode, writeResult } from './route-node.ts';

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

/** Serves one request on the fast path with `handler` (from fastRouteFor); never throws. */
export async function serveFast(
  handler: RouteHandler,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  try {
    await serveNode(handler.definition, req, res, origin);
  } catch (error) {
    // route() answers every failure itself; this is a broken connection or a bug in this adapter
    const requestId = newRequestId();
    console.error(`[licentric] request ${requestId} failed on the fast path:`, error);
    if (res.headersSent) res.destroy();
    else
      writeResult(
        res,
        errorResult(
          new AppError(
            'INTERNAL_ERROR',
            'An unexpected error occurred. Quote the request id when reporting it.',
          ),
          requestId,
        ),
      );
  }
}
