// A real HTTP server (node:http on a random port) in front of the registered /api/v1 route handlers: each
// request becomes a `Request` for the matching route(). For tests of HTTP clients (the SDK, the example).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import '@/server/rest/endpoints/index.ts';
import { registeredRoutes } from '@/server/rest/registry.ts';
import { API_PREFIX, type RouteHandler } from '@/server/rest/route.ts';

export interface RouteServer {
  url: string;
  /** Stops answering (open connections are cut); the port stays unreachable afterwards. */
  close(): Promise<void>;
}

/** The route for a method and path: literal segments win over `{param}` ones (validate-key before {id}). */
function findRoute(method: string, pathname: string): RouteHandler | undefined {
  const candidates = registeredRoutes()
    .filter((r) => r.definition.method === method)
    .map((r) => ({ r, pattern: `${API_PREFIX}${r.definition.path}`.split('/') }))
    .sort(
      (a, b) =>
        a.pattern.filter((p) => p.startsWith('{')).length - b.pattern.filter((p) => p.startsWith('{')).length,
    );
  const parts = pathname.replace(/\/$/, '').split('/');
  return candidates.find(
    ({ pattern }) =>
      pattern.length === parts.length && pattern.every((p, i) => p.startsWith('{') || p === parts[i]),
  )?.r;
}

export interface RouteServerOptions {
  /**
   * The client IP the rate limiter sees for a request (default: the socket's). Tests of many activations give
   * each request its own address so that the per-IP activation limit does not slow them down.
   */
  clientIp?: (req: http.IncomingMessage) => string;
}

/** A different private address per call: no rate-limit bucket fills up. */
export const freshClientIp = (): string =>
  `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;

async function answer(
  req: http.IncomingMessage,
  body: Buffer[],
  res: http.ServerResponse,
  options: RouteServerOptions,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const handler = findRoute(req.method ?? 'GET', url.pathname);
  if (!handler) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no route","code":"NOT_FOUND"}');
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === 'string') headers.set(name, value);
  headers.set('x-licentric-client-ip', options.clientIp?.(req) ?? req.socket.remoteAddress ?? 'unknown');
  const response = await handler(
    new Request(url, {
      method: req.method,
      headers,
      body: body.length > 0 ? Buffer.concat(body) : undefined,
    }),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startRouteServer(options: RouteServerOptions = {}): Promise<RouteServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      answer(req, chunks, res, options).catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closed ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
