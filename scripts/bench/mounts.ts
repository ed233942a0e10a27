// Benchmark of route()'s two Node-facing mounts (not part of npm test; `tsx scripts/bench/mounts.ts` with
// DATABASE_URL): the same small route (no auth, a JSON body parsed, a JSON answer) served by a node:http server
// (a) the way the fast path did before route-node.ts — a Web Request built from the Node request, the Web Response
// written back — and (b) by route-node.ts on the Node request and response themselves. autocannon (BENCH_CONNECTIONS,
// default 10) runs BENCH_ROUNDS (default 4) interleaved rounds of BENCH_DURATION seconds (default 5) on each; the
// server runs in a child process so the load generator does not share its event loop.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { z } from 'zod';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BODY = JSON.stringify({ key: 'LK-BENCH-0000-0000-0000', fingerprint: 'f'.repeat(64) });

// fast-path.ts's conversions before route-node.ts, verbatim (MAX_BODY_BYTES inlined)
const MAX_BODY_BYTES = 64 * 1024;
function readBody(req: http.IncomingMessage): Promise<Buffer> {
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
        req.resume();
      }
    };
    req.on('data', onData);
    req.once('end', finish);
    req.once('error', (error) => (done ? undefined : reject(error)));
  });
}

async function toRequest(req: http.IncomingMessage, origin: string): Promise<Request> {
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

async function send(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 204) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers).end(response.status === 204 ? undefined : body);
}

async function serve(): Promise<void> {
  const { route } = await import('@/server/rest/route.ts');
  const { serveNode } = await import('@/server/rest/route-node.ts');
  const echo = route({
    method: 'POST',
    path: '/bench/echo',
    auth: ['none'],
    rateLimit: 'validation',
    body: z.strictObject({ key: z.string(), fingerprint: z.string().optional() }),
    openapi: { summary: 'bench', tags: ['bench'] },
    handler: ({ body }) =>
      Promise.resolve({ valid: true, key: body.key, fingerprint: body.fingerprint ?? null }),
  });
  const listen = async (handler: http.RequestListener): Promise<number> => {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  const origin = 'http://127.0.0.1';
  // (a) what fast-path.ts did before: Node request → Web Request → route() → Web Response → Node response
  const web = await listen((req, res) => {
    req.headers['x-licentric-client-ip'] = req.socket.remoteAddress ?? 'unknown';
    void (async () => send(res, await echo(await toRequest(req, origin))))();
  });
  // (b) route-node.ts
  const node = await listen((req, res) => {
    req.headers['x-licentric-client-ip'] = req.socket.remoteAddress ?? 'unknown';
    void serveNode(echo.definition, req, res, origin);
  });
  process.send?.({ web, node });
}

async function measure(port: number): Promise<{ rps: number; latency: number; bad: number }> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/bench/echo',
        headers: { 'content-type': 'application/json' },
        body: BODY,
      },
    ],
  });
  return {
    rps: result.requests.average,
    latency: result.latency.average,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, 'serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production', RATE_LIMIT_VALIDATION_PER_MIN: '0' },
  });
  const ports = await new Promise<{ web: number; node: number }>((resolve) =>
    child.once('message', (m) => resolve(m as { web: number; node: number })),
  );
  await measure(ports.web); // warm-up
  await measure(ports.node);
  const totals = { web: [] as number[], node: [] as number[] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const mount of ['web', 'node'] as const) {
      const r = await measure(ports[mount]);
      totals[mount].push(r.rps);
      console.log(
        `round ${round} ${mount}: ${r.rps.toFixed(0)} req/s, ${r.latency.toFixed(2)} ms avg${r.bad ? `, ${r.bad} bad` : ''}`,
      );
    }
  }
  child.kill('SIGTERM');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const web = mean(totals.web);
  const node = mean(totals.node);
  console.log(
    `web round trip: ${web.toFixed(0)} req/s (${(1e6 / web).toFixed(0)} µs/request); node mount: ${node.toFixed(0)} req/s (${(1e6 / node).toFixed(0)} µs/request); saved ${(1e6 / web - 1e6 / node).toFixed(0)} µs/request`,
  );
}

if (process.argv[2] === 'serve') await serve();
else await main();
