// The one wrapper behind every /api/v1 route: `route(definition)` registers the definition (it also feeds the
// OpenAPI document) and returns its handler, a plain `(request: Request) => Promise<Response>` for Next route
// files. The work is route-pipeline.ts (rate limit, authentication, scopes, input, Idempotency-Key, handler,
// signature, envelope) over the transport-neutral request of route-request.ts.
import { resultResponse } from './responses.ts';
import { answered, registerRoute } from './registry.ts';
import type { RouteDefinition } from './route-definition.ts';
import { runRoute } from './route-pipeline.ts';
import { webRouteRequest } from './route-request.ts';

export {
  API_PREFIX,
  MAX_BODY_BYTES,
  Reply,
  type AuthMode,
  type RouteDefinition,
} from './route-definition.ts';
export { honoursIdempotencyKey } from './route-pipeline.ts';
export { readBody } from './route-request.ts';

export type RouteHandler = ((request: Request) => Promise<Response>) & {
  definition: RouteDefinition<unknown, unknown, unknown, unknown>;
};

export function route<
  P = Record<string, never>,
  Q = Record<string, never>,
  B = Record<string, never>,
  R = unknown,
>(definition: RouteDefinition<P, Q, B, R>): RouteHandler {
  const operation = { method: definition.method, path: definition.path, served: true };
  const erased = definition as RouteDefinition<unknown, unknown, unknown, unknown>;
  const handler = async (request: Request): Promise<Response> =>
    answered(operation, resultResponse(await runRoute(erased, webRouteRequest(request))));
  const routeHandler = Object.assign(handler, { definition: erased });
  registerRoute(routeHandler);
  return routeHandler;
}
