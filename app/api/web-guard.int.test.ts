// The cookie-authenticated endpoints outside /api/v1 (tRPC, next-auth) as plain route handlers: a cross-site POST
// is a 403, a body over 1 MiB a 413 (also without Content-Length: read with a limit), a tRPC batch over 20 calls a
// 400 — each in the error envelope with X-Request-Id, before any session or procedure code runs; the import
// wizard's upload route refuses cross-site requests the same way.
import { describe, expect, it } from 'vitest';
import { POST as trpcPost } from './trpc/[trpc]/route.ts';
import { POST as authPost } from './auth/[...nextauth]/route.ts';
import { POST as importPost } from './dashboard/imports/route.ts';

const ORIGIN = 'http://localhost';
type Call = (request: Request) => Promise<Response>;
const trpc: Call = async (request) => trpcPost(request, undefined);
const auth: Call = async (request) =>
  authPost(request, { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });

async function envelope(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { code: string; status: number; requestId: string; error: string };
  expect(body).toMatchObject({ code, status });
  expect(body.requestId).toBe(response.headers.get('x-request-id'));
  return body;
}

/** A body stream of `bytes` bytes in 64 KiB chunks, with no Content-Length; counts what was pulled. */
function stream(bytes: number) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= bytes) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

const endpoints: Array<[string, Call, string, string]> = [
  ['tRPC', trpc, '/api/trpc/account.create', 'application/json'],
  ['next-auth', auth, '/api/auth/callback/credentials', 'application/x-www-form-urlencoded'],
];

describe.each(endpoints)('%s POST', (_name, call, path, contentType) => {
  const post = (headers: Record<string, string>, body: BodyInit = '{}') =>
    call(
      new Request(`${ORIGIN}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType, host: 'localhost', ...headers },
        body,
        duplex: 'half',
      } as RequestInit),
    );

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['a lookalike origin', { origin: 'http://localhost.evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site', origin: 'http://app.localhost' }],
  ])('refuses a request from %s with 403', async (_label, headers) => {
    const body = await envelope(await post(headers), 403, 'FORBIDDEN');
    expect(body.error).toContain('Cross-site request refused');
  });

  it('refuses a declared body over 1 MiB with 413 before reading it', async () => {
    const { body, pulled } = stream(8 * 1024 * 1024);
    const response = await post({ origin: ORIGIN, 'content-length': String(8 * 1024 * 1024) }, body);
    await envelope(response, 413, 'PAYLOAD_TOO_LARGE');
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('reads an undeclared (chunked) body only up to 1 MiB, then 413', async () => {
    const { body, pulled } = stream(64 * 1024 * 1024);
    await envelope(await post({ 'sec-fetch-site': 'same-origin' }, body), 413, 'PAYLOAD_TOO_LARGE');
    expect(pulled.bytes).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('the import wizard upload POST', () => {
  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['an opaque origin', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses a request from %s with 403, before any session code', async (_label, headers) => {
    const response = await importPost(
      new Request(`${ORIGIN}/api/dashboard/imports`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', host: 'localhost', ...headers },
        body: 'key,product,policy\n',
      }),
      undefined,
    );
    const body = await envelope(response, 403, 'FORBIDDEN');
    expect(body.error).toContain('Cross-site request refused');
  });
});

describe('tRPC batches', () => {
  it('refuses more than 20 calls in one batch with a clear 400', async () => {
    const paths = Array.from({ length: 21 }, () => 'products.list').join(',');
    const response = await trpc(new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input={}`));
    const body = await envelope(response, 400, 'VALIDATION_ERROR');
    expect(body.error).toBe('A tRPC batch holds at most 20 calls; this one has 21');
  });
});
