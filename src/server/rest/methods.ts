// The full method table every app/api route file exports: the methods it serves, HEAD from GET, OPTIONS (204 with
// `Allow`), and 405 METHOD_NOT_ALLOWED in the error envelope (with `Allow` and `X-Request-Id`) for every other
// method Next routes — so no method falls through to Next's body-less 405. A route file is one line:
// `export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = serve(listXRoute, createXRoute);`
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { errorResponse } from './responses.ts';
import { answered } from './registry.ts';
import type { RouteHandler } from './route.ts';

/** The methods Next hands to a route file (any other method is refused by Next before any route code runs). */
export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A route-file handler; `context` is Next's second argument (`{ params }`), passed through untouched. */
export type MethodHandler<C = void> = (request: Request, context: C) => Response | Promise<Response>;
export type MethodTable<C = void> = Record<HttpMethod, MethodHandler<C>>;

/** The `Allow` value for a set of served methods (HEAD comes with GET; OPTIONS always). */
export function allowedMethods(served: readonly string[]): string {
  const allowed = new Set(served);
  if (allowed.has('GET')) allowed.add('HEAD');
  allowed.add('OPTIONS');
  return HTTP_METHODS.filter((m) => allowed.has(m)).join(', ');
}

/** Every HTTP method of a route file: the served handlers, and envelope answers for the rest. */
export function serveMethods<C = void>(
  served: Partial<Record<Exclude<HttpMethod, 'HEAD' | 'OPTIONS'>, MethodHandler<C>>>,
): MethodTable<C> {
  const allow = allowedMethods(Object.keys(served));
  const notAllowed: MethodHandler<C> = (request) =>
    errorResponse(
      new AppError('METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use ${allow}`),
      newRequestId(),
      { Allow: allow },
    );
  const options: MethodHandler<C> = () =>
    new Response(null, { status: 204, headers: { Allow: allow, 'X-Request-Id': newRequestId() } });
  return {
    GET: served.GET ?? notAllowed,
    HEAD: served.GET ?? notAllowed,
    OPTIONS: options,
    POST: served.POST ?? notAllowed,
    PUT: served.PUT ?? notAllowed,
    PATCH: served.PATCH ?? notAllowed,
    DELETE: served.DELETE ?? notAllowed,
  };
}

/** The method table of one /api/v1 path from its route() handlers. */
export function serve(...routes: RouteHandler[]): MethodTable {
  const served: Partial<Record<string, RouteHandler>> = {};
  for (const route of routes) {
    const { method, path } = route.definition;
    if (served[method]) throw new Error(`${method} ${path} is served twice`);
    if (path !== routes[0]?.definition.path)
      throw new Error(`serve() takes the routes of one path: ${path} ≠ ${routes[0]?.definition.path}`);
    served[method] = route;
  }
  const table = serveMethods(served);
  // the table's own answers (405, OPTIONS) are reported to answer observers like route() answers are
  const path = routes[0]?.definition.path ?? '';
  const own = (method: HttpMethod): MethodHandler => {
    const handler = table[method];
    return async (request) => answered({ method, path, served: false }, await handler(request));
  };
  return Object.fromEntries(
    HTTP_METHODS.map((m) => [m, served[m === 'HEAD' ? 'GET' : m] ? table[m] : own(m)]),
  ) as MethodTable;
}
