// route()'s Node mount (the runtime fast path, fast-path.ts): the pipeline of route-pipeline.ts on a Node
// IncomingMessage and ServerResponse, without building a Web Request or Response — the headers read where Node
// parsed them, the body read with the same limits as a Web Request's, and the answer written with the headers a
// Web Response would have (lowercased, sorted, repeated names joined). A Web Request is built only when a handler
// reads `input.request`. No Next module may be imported here (fast-path-imports.test.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { clientIpFrom } from '@/server/client-ip.ts';
import { tooLarge } from '@/server/shared/limited-body.ts';
import { answered, observingAnswers } from './registry.ts';
import { resultResponse, type RouteResult } from './responses.ts';
import type { RouteDefinition } from './route-definition.ts';
import { runRoute } from './route-pipeline.ts';
import type { RouteRequest } from './route-request.ts';

/** A header as Web `Headers.get` gives it: repeated values joined with ", ", null when absent. */
function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The body's bytes, at most `maxBytes`: past them reading stops, the rest is discarded unread and the answer is
 * 413 (as readLimitedBody answers for a Web Request, chunked bodies included).
 */
function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const settle = (outcome: () => void) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) chunks.push(chunk);
      else
        settle(() => {
          req.resume(); // drain the rest unread
          reject(tooLarge(maxBytes));
        });
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks, size)));
    req.on('data', onData);
    req.once('end', onEnd);
    // stays attached: an error after the answer (a client gone mid-drain) must not become an uncaught one
    req.on('error', (error) => settle(() => reject(error)));
  });
}

/** A Node request as a RouteRequest; `origin` (http://host:port) completes its URL. */
function nodeRouteRequest(req: IncomingMessage, origin: string): RouteRequest {
  const href = `${origin}${req.url ?? '/'}`;
  const method = req.method ?? 'GET';
  let url: URL | undefined;
  let body: Promise<Buffer> | undefined;
  let read: Buffer | undefined;
  let web: Request | undefined;
  const toWeb = (): Request => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else headers.set(name, value);
    }
    if (method === 'GET' || method === 'HEAD') return new Request(href, { method, headers });
    if (read) {
      // as on the Web mount, where the pipeline has read it: the handler gets a used body
      const request = new Request(href, {
        method,
        headers,
        ...(read.byteLength > 0 ? { body: new Uint8Array(read) } : {}),
      });
      request.body?.getReader();
      return request;
    }
    // not read by the pipeline (a streamed upload): the handler streams it from the socket
    const init: RequestInit & { duplex: 'half' } = {
      method,
      headers,
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: 'half',
    };
    return new Request(href, init);
  };
  return {
    method,
    url: () => (url ??= new URL(href)),
    header: (name) => headerOf(req, name),
    clientIp: () => clientIpFrom(req.headers),
    bodyBytes: async (maxBytes) => {
      const declared = Number(headerOf(req, 'content-length') ?? '0');
      if (declared > maxBytes) throw tooLarge(maxBytes);
      body ??= readNodeBody(req, maxBytes).then((bytes) => (read = bytes));
      return body;
    },
    web: () => (web ??= toWeb()),
  };
}

/** The answer written as Next writes a Web Response: header names lowercased and sorted, repeated ones joined. */
export function writeResult(res: ServerResponse, result: RouteResult): void {
  const joined: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers)) {
    const key = name.toLowerCase();
    joined[key] = key in joined ? `${joined[key]}, ${value}` : value;
  }
  const headers: Record<string, string> = {};
  for (const name of Object.keys(joined).sort()) headers[name] = joined[name] ?? '';
  const noBody = result.status === 204;
  const body = noBody ? undefined : Buffer.from(result.body ?? '', 'utf8');
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(result.status, headers).end(body);
}

/** One request through a route's pipeline on the Node mount: answered on `res` (observers get a Web copy). */
export async function serveNode(
  definition: RouteDefinition<unknown, unknown, unknown, unknown>,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const result = await runRoute(definition, nodeRouteRequest(req, origin));
  if (observingAnswers())
    answered({ method: definition.method, path: definition.path, served: true }, resultResponse(result));
  writeResult(res, result);
}
