// A raw HTTP/1.1 client for the fuzz spec: exact bytes on the wire (malformed percent-encoding, invalid UTF-8,
// chunked bodies, odd headers) that fetch would normalise or refuse, each request from its own loopback address
// (127.x.y.z) so the per-IP rate limits of the server under test neither hide a case nor throttle other specs.
import http from 'node:http';

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
}

export interface RawAnswer {
  status: number;
  headers: { get(name: string): string | null };
  rawHeaders: http.IncomingHttpHeaders;
  text: string;
}

let next = 0;
let loopbackWorks = true;

/** A fresh 127.a.b.c for every request (1 … 16 million); 127.0.0.1 where the system cannot bind them. */
function nextLoopback(): string | undefined {
  if (!loopbackWorks) return undefined;
  next += 1;
  const n = (process.pid % 200) * 65_536 + next;
  return `127.${1 + (Math.floor(n / 65_536) % 250)}.${Math.floor(n / 256) % 256}.${1 + (n % 250)}`;
}

export async function rawRequest(baseURL: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(baseURL);
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  const headers: Record<string, string> = { connection: 'close', ...request.headers };
  if (body && !request.chunked) headers['content-length'] ??= String(body.byteLength);
  const attempt = (localAddress: string | undefined) =>
    new Promise<RawAnswer>((resolve, reject) => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        ...(localAddress ? { localAddress } : {}),
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            rawHeaders: res.headers,
            headers: {
              get: (name) => {
                const value = res.headers[name.toLowerCase()];
                return Array.isArray(value) ? value.join(', ') : (value ?? null);
              },
            },
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      });
      // the server may answer (413) and close before it has read a large body: the answer still counts
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
        else setTimeout(() => reject(error), 2_000);
      });
      if (body) {
        if (request.chunked)
          for (let i = 0; i < body.byteLength; i += 16_384) req.write(body.subarray(i, i + 16_384));
        else req.write(body);
      }
      req.end();
    });
  const localAddress = nextLoopback();
  try {
    return await attempt(localAddress);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL' || !localAddress) throw error;
    loopbackWorks = false;
    console.warn(
      '[fuzz] cannot bind 127.x.y.z: every request comes from 127.0.0.1 (per-IP limits may answer 429)',
    );
    return attempt(undefined);
  }
}

/** multipart/form-data with raw byte values (so a field can hold NUL or bytes that are not UTF-8). */
export function multipart(fields: Array<[string, string | Uint8Array]>): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const parts = fields.map(([name, value]) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      typeof value === 'string' ? Buffer.from(value) : value,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Cookies from Set-Cookie headers, merged into a jar. */
export function storeCookies(jar: Map<string, string>, answer: RawAnswer): void {
  const set = answer.rawHeaders['set-cookie'] ?? [];
  for (const line of set) {
    const [pair = ''] = line.split(';');
    const i = pair.indexOf('=');
    if (i > 0) jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
  }
}

export const cookieHeader = (jar: Map<string, string>): string =>
  [...jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * A new vendor account, signed up over tRPC and signed in through next-auth like the dashboard does: its session
 * cookies are stored in `jar`. Fails (throws) when either step does not succeed.
 */
export async function signUpVendor(baseURL: string, jar: Map<string, string>, name: string): Promise<void> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.com`;
  const password = 'a long enough password';
  const signUp = await rawRequest(baseURL, {
    method: 'POST',
    path: '/api/trpc/account.signUp',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { name, accountName: name, email, password } }),
  });
  if (signUp.status !== 200) throw new Error(`sign-up failed: ${signUp.status} ${signUp.text}`);
  const csrf = await rawRequest(baseURL, { method: 'GET', path: '/api/auth/csrf' });
  storeCookies(jar, csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const signIn = await rawRequest(baseURL, {
    method: 'POST',
    path: '/api/auth/callback/credentials',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
  });
  storeCookies(jar, signIn);
  if (![...jar.keys()].some((k) => k.includes('session-token')))
    throw new Error(`sign-in failed: ${signIn.status} ${signIn.text}`);
}
