// Production HTTP server: Next.js (`next({ dev: false })`) behind a plain node:http server, so that shutdown
// is ours: on SIGTERM/SIGINT stop accepting connections, let in-flight requests finish (25 s at most), then run
// the lifecycle hooks (flush buffered writes, stop jobs, close the database; 15 s at most) and exit. Started by
// `npm start` (scripts/start.mjs). Signals go to the whole process group (Ctrl-C, systemd, `kill -- -PGID`), and
// npm forwards its own copy too, so one stop request arrives as several signals: only the first starts the drain,
// the later ones are logged and ignored (the drain is bounded; SIGKILL stops at once).
// The runtime endpoints go straight to their route() handlers (src/server/rest/fast-path.ts) unless
// RUNTIME_FAST_PATH=false; WEB_CONCURRENCY=N runs N such processes on one port (src/server/cluster.ts).
import cluster from 'node:cluster';
import http from 'node:http';
import next from 'next';
import { env } from '@/env.ts';
import { runPrimary } from '@/server/cluster.ts';
import { runShutdown } from '@/server/lifecycle.ts';
import { refuseUnroutable } from '@/server/request-gate.ts';
import { fastRouteFor, serveFast } from '@/server/rest/fast-path.ts';
import { newScriptNonce, securityHeaders, setDefaultHeaders } from '@/server/security-headers.ts';

const DRAIN_TIMEOUT_MS = 25_000;
const HOOKS_TIMEOUT_MS = 15_000;

/** Resolves after `ms` (the timer cleared by the returned cancel) — the bound of one shutdown phase. */
function deadline(ms: number): { elapsed: Promise<'timeout'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return { elapsed, cancel: () => clearTimeout(timer) };
}

async function startServer(): Promise<void> {
  process.env.NEXT_MANUAL_SIG_HANDLE = 'true'; // Next must not install its own signal handlers
  const { PORT: port, HOST: hostname, RUNTIME_FAST_PATH: fastPath } = env();
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;

  let inFlight = 0;
  let stopping = false;
  let drained: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    inFlight += 1;
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
    // the socket address for per-IP rate limits; a client-sent value is overwritten, never trusted
    req.headers['x-licentric-client-ip'] = req.socket.remoteAddress ?? 'unknown';
    const fast = fastPath ? fastRouteFor(req) : null;
    // outside /api/ Next may answer with a page: it gets a fresh script nonce, which Next reads from the request's
    // own policy header (a client-sent one is overwritten) and stamps on the page's scripts
    const nonce = fast || req.url?.startsWith('/api/') ? undefined : newScriptNonce();
    const proto = req.headers['x-forwarded-proto'];
    const headers = securityHeaders(Array.isArray(proto) ? proto[0] : proto, nonce);
    setDefaultHeaders(res, headers);
    if (nonce) req.headers['content-security-policy'] = headers['Content-Security-Policy'];
    const refused = refuseUnroutable(req.method ?? '', req.url ?? '/');
    if (refused) {
      res.writeHead(refused.status, refused.headers).end(refused.body);
      return;
    }
    if (fast) {
      void serveFast(fast, req, res, origin);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      console.error('[licentric] request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  server.keepAliveTimeout = 65_000; // longer than typical load-balancer idle timeouts

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  if (cluster.isPrimary)
    console.log(`[licentric] listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);

  const stop = async (signal: NodeJS.Signals) => {
    stopping = true;
    console.log(`[licentric] ${signal}: draining ${inFlight} request(s), then shutting down`);
    server.close();
    server.closeIdleConnections();
    if (inFlight > 0) {
      const done = new Promise<void>((resolve) => (drained = resolve));
      const limit = deadline(DRAIN_TIMEOUT_MS);
      await Promise.race([done, limit.elapsed]);
      limit.cancel();
      if (inFlight > 0)
        console.warn(`[licentric] ${inFlight} request(s) still running after ${DRAIN_TIMEOUT_MS} ms`);
    }
    server.closeAllConnections();
    const limit = deadline(HOOKS_TIMEOUT_MS);
    // stops background jobs, flushes buffered writes, closes the database
    const outcome = await Promise.race([runShutdown().then(() => 'done' as const), limit.elapsed]);
    limit.cancel();
    if (outcome === 'timeout') {
      console.error(`[licentric] shutdown hooks still running after ${HOOKS_TIMEOUT_MS} ms: exiting`);
      process.exit(1);
    }
    console.log('[licentric] stopped');
    process.exit(0);
  };
  // `on`, not `once`: with the listener gone, a repeated signal would take Node's default action and kill the
  // process in the middle of its drain.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`[licentric] ${signal} again: already shutting down, the drain continues`);
      return;
    }
    void stop(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

if (cluster.isPrimary && env().WEB_CONCURRENCY > 1) runPrimary(import.meta.filename);
else await startServer();
