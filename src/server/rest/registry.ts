// Registry of every route() definition, the source of the OpenAPI document.
import type { RouteHandler } from './route.ts';

const holder = globalThis as unknown as { __licentricRoutes?: Map<string, RouteHandler> };

export function registerRoute(handler: RouteHandler): void {
  holder.__licentricRoutes ??= new Map();
  holder.__licentricRoutes.set(`${handler.definition.method} ${handler.definition.path}`, handler);
}

export function registeredRoutes(): RouteHandler[] {
  return [...(holder.__licentricRoutes ?? new Map<string, RouteHandler>()).values()];
}
