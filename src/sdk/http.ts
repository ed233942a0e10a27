// The SDK's HTTP layer: one fetch per attempt, the error envelope as LicentricError, retries on 429/503 with
// backoff honouring Retry-After, and an automatic Idempotency-Key on POST (the same key on every retry).
import { randomUUID } from 'node:crypto';

/** An error answer of the API (its envelope), or a failure to reach it (`code` NETWORK_ERROR, `status` 0). */
export class LicentricError extends Error {
  /** The API's error code (`NOT_FOUND`, `RATE_LIMITED`, …), or NETWORK_ERROR / INVALID_RESPONSE. */
  readonly code: string;
  /** The HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** The X-Request-Id of the answer (quote it to the server operator), when there was one. */
  readonly requestId: string | null;
  /** For VALIDATION_ERROR: `{ issues: [{ path, message, code }] }`. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    message: string,
    init: { code: string; status: number; requestId?: string | null; details?: Record<string, unknown> },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LicentricError';
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId ?? null;
    this.details = init.details;
  }

  /** True when the server could not be reached or did not answer usably (the offline case). */
  get isNetworkError(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export interface TransportOptions {
  baseUrl: string;
  /** Retries after a 429 or 503 (and after a network failure when `retryNetworkErrors`); default 2. */
  maxRetries?: number;
  /** Longest wait before a retry, whatever Retry-After says (ms, default 30 000). */
  maxRetryDelayMs?: number;
  /** Per attempt (ms, default 15 000). */
  timeoutMs?: number;
  retryNetworkErrors?: boolean;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

export interface RequestInput {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path below /api/v1, with its parameters filled in. */
  path: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** The Authorization header value. */
  authorization?: string;
  /** Idempotency-Key for a POST: a fresh UUID when omitted; `false` sends none. */
  idempotencyKey?: string | false;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  /** The exact body text (signatures cover these bytes). */
  text: string;
  json: unknown;
}

const API_PREFIX = '/api/v1';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: 0…(250 ms · 2^attempt). */
const backoffMs = (attempt: number): number => Math.random() * 250 * 2 ** attempt;

export function errorFromResponse(response: RawResponse): LicentricError {
  const body = isRecord(response.json) ? response.json : {};
  const requestId =
    typeof body.requestId === 'string' ? body.requestId : response.headers.get('x-request-id');
  return new LicentricError(typeof body.error === 'string' ? body.error : `HTTP ${response.status}`, {
    code: typeof body.code === 'string' ? body.code : 'INVALID_RESPONSE',
    status: response.status,
    requestId,
    details: isRecord(body.details) ? body.details : undefined,
  });
}

export class Transport {
  readonly baseUrl: string;
  private readonly options: Required<Omit<TransportOptions, 'fetch' | 'baseUrl'>> & { fetch: typeof fetch };

  constructor(options: TransportOptions) {
    if (!/^https?:\/\//.test(options.baseUrl)) throw new TypeError('baseUrl must be an http(s) URL');
    // The server's origin (and any mount path); a trailing /api/v1 is accepted and dropped.
    this.baseUrl = options.baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
    this.options = {
      maxRetries: options.maxRetries ?? 2,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
      timeoutMs: options.timeoutMs ?? 15_000,
      retryNetworkErrors: options.retryNetworkErrors ?? false,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    };
  }

  private url(input: RequestInput): string {
    const url = new URL(`${this.baseUrl}${API_PREFIX}${input.path}`);
    for (const [name, value] of Object.entries(input.query ?? {}))
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    return url.toString();
  }

  private async attempt(input: RequestInput, idempotencyKey: string | undefined): Promise<RawResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    if (input.authorization) headers.authorization = input.authorization;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let response: Response;
    let text: string;
    try {
      response = await this.options.fetch(this.url(input), {
        method: input.method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new LicentricError(
        `Could not reach ${this.baseUrl}: ${error instanceof Error ? error.message : String(error)}`,
        { code: 'NETWORK_ERROR', status: 0 },
        { cause: error },
      );
    }
    let json: unknown = null;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  /** Sends the request (retrying as configured) and returns any answer; throws only when none arrived. */
  async send(input: RequestInput): Promise<RawResponse> {
    const idempotencyKey =
      input.method === 'POST' && input.idempotencyKey !== false
        ? (input.idempotencyKey ?? randomUUID())
        : undefined;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.options.maxRetries;
      let response: RawResponse;
      try {
        response = await this.attempt(input, idempotencyKey);
      } catch (error) {
        if (last || !this.options.retryNetworkErrors) throw error;
        await sleep(Math.min(backoffMs(attempt), this.options.maxRetryDelayMs));
        continue;
      }
      if (last || (response.status !== 429 && response.status !== 503)) return response;
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
      await sleep(Math.min(wait, this.options.maxRetryDelayMs));
    }
  }

  /** Like send(), but a non-2xx answer throws its LicentricError. */
  async request(input: RequestInput): Promise<RawResponse> {
    const response = await this.send(input);
    if (response.status < 200 || response.status > 299) throw errorFromResponse(response);
    return response;
  }
}
