// A local stand-in for the few Stripe API calls the integration makes (line items, subscriptions, charges), on a
// real HTTP server on loopback; tests point STRIPE_API_BASE at it. It records each request it answered.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';

export interface StripeStandIn {
  url: string;
  /** Answers by id; tests put the objects they expect the integration to read. */
  lineItems: Map<string, string[]>;
  subscriptions: Map<string, Stripe.Subscription>;
  charges: Map<string, Stripe.Charge>;
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  close(): Promise<void>;
}

function notFound(res: http.ServerResponse, what: string) {
  res.writeHead(404, { 'Content-Type': 'application/json', 'Request-Id': 'req_standin' });
  res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: `No such ${what}` } }));
}

export async function startStripeStandIn(): Promise<StripeStandIn> {
  const state = {
    lineItems: new Map<string, string[]>(),
    subscriptions: new Map<string, Stripe.Subscription>(),
    charges: new Map<string, Stripe.Charge>(),
    requests: [] as StripeStandIn['requests'],
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    state.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
    });
    const send = (body: unknown) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Request-Id': 'req_standin' });
      res.end(JSON.stringify(body));
    };
    let m: RegExpMatchArray | null;
    if ((m = url.pathname.match(/^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/))) {
      const prices = state.lineItems.get(m[1]!);
      if (!prices) return notFound(res, 'checkout session');
      return send({
        object: 'list',
        has_more: false,
        url: url.pathname,
        data: prices.map((price, i) => ({
          id: `li_${i}`,
          object: 'item',
          quantity: 1,
          price: { id: price, object: 'price' },
        })),
      });
    }
    if (url.pathname === '/v1/checkout/sessions')
      return send({ object: 'list', has_more: false, url: url.pathname, data: [] });
    if ((m = url.pathname.match(/^\/v1\/subscriptions\/([^/]+)$/))) {
      const subscription = state.subscriptions.get(m[1]!);
      return subscription ? send(subscription) : notFound(res, 'subscription');
    }
    if ((m = url.pathname.match(/^\/v1\/charges\/([^/]+)$/))) {
      const charge = state.charges.get(m[1]!);
      return charge ? send(charge) : notFound(res, 'charge');
    }
    notFound(res, 'route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
