// Test helper: a real node:http webhook receiver on 127.0.0.1 that records every request and answers as told.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

export interface ReceiverAnswer {
  status: number;
  body?: string;
  delayMs?: number;
  /** Never answer (the request stays open until the receiver closes). */
  hold?: boolean;
}

export interface Receiver {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** Requests being handled right now, by webhook-id (to detect parallel duplicates). */
  maxConcurrentPerId: number;
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
}

export async function startReceiver(
  answer: (request: ReceivedRequest, index: number) => ReceiverAnswer = () => ({ status: 200 }),
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const inFlight = new Map<string, number>();
  const sockets = new Set<Socket>();
  const waiters: Array<() => void> = [];
  const state = { maxConcurrentPerId: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: ReceivedRequest = {
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      };
      const index = requests.length;
      requests.push(received);
      const id = String(req.headers['webhook-id']);
      inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
      state.maxConcurrentPerId = Math.max(state.maxConcurrentPerId, inFlight.get(id) ?? 0);
      for (const wake of waiters.splice(0)) wake();
      const reply = answer(received, index);
      const send = () => {
        inFlight.set(id, (inFlight.get(id) ?? 1) - 1);
        res.writeHead(reply.status, { 'content-type': 'text/plain' });
        res.end(reply.body ?? 'ok');
      };
      if (reply.hold) {
        res.on('close', () => inFlight.set(id, (inFlight.get(id) ?? 1) - 1));
        return;
      }
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    requests,
    get maxConcurrentPerId() {
      return state.maxConcurrentPerId;
    },
    waitFor: async (count, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${requests.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
