// Guards of the cookie-authenticated endpoints outside /api/v1 (tRPC, next-auth; the portal's forms use the
// same-origin check too): a state-changing request must come from this site (Origin / Sec-Fetch-Site, backing up
// SameSite=Lax cookies), and a body is read up to a bound, never buffered whole. Refusals use the error envelope.
import { NextRequest } from 'next/server';
import { baseUrl, env } from '@/env.ts';
import { newRequestId } from '@/lib/ids.ts';
import { AppError } from '@/server/errors.ts';
import { errorResponse } from '@/server/rest/responses.ts';
import { readLimitedBody } from '@/server/shared/limited-body.ts';
import { TRPC_MAX_BATCH } from '@/trpc/batch.ts';

export { TRPC_MAX_BATCH };

/** Bodies of tRPC calls and next-auth forms: 1 MiB (the dashboard's largest input is far smaller). */
const WEB_MAX_BODY_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type HeaderReader = Pick<Headers, 'get'>;

/**
 * Whether a request comes from this site: a browser's `Sec-Fetch-Site` must be `same-origin`, and an `Origin`
 * must name this deployment (LICENTRIC_BASE_URL) or the host served (Host; X-Forwarded-Host behind TRUST_PROXY).
 * A request with neither header does not come from a browser page (curl, scripts): it carries no ambient
 * cookies of a victim, so it is let through.
 */
export function isSameOrigin(headers: HeaderReader): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) does not parse: refused
  } catch {
    return false;
  }
  const hosts = new Set([new URL(baseUrl()).host]);
  const host = headers.get('host');
  if (host) hosts.add(host);
  const forwarded = env().TRUST_PROXY ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  if (forwarded) hosts.add(forwarded);
  return hosts.has(originHost);
}

/**
 * The request to hand on (its body read within WEB_MAX_BODY_BYTES), or the refusal: 403 for a cross-site
 * state-changing request, 413 for a body over the bound.
 */
export async function guardWebRequest(request: Request): Promise<NextRequest | Response> {
  const requestId = newRequestId();
  try {
    if (SAFE_METHODS.has(request.method)) return request as NextRequest;
    if (!isSameOrigin(request.headers)) {
      throw new AppError(
        'FORBIDDEN',
        'Cross-site request refused: this endpoint accepts state-changing requests from this site only',
      );
    }
    const body = await readLimitedBody(request, WEB_MAX_BODY_BYTES);
    return new NextRequest(request.url, {
      method: request.method,
      headers: request.headers,
      ...(body.byteLength > 0 ? { body: Uint8Array.from(body) } : {}),
    });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, requestId);
    throw error;
  }
}

/** A 400 for a tRPC batch of more than TRPC_MAX_BATCH calls (`/api/trpc/a,b,c?batch=1`), else null. */
export function refuseLargeBatch(request: Request): Response | null {
  const url = new URL(request.url);
  if (url.searchParams.get('batch') !== '1') return null;
  const calls = url.pathname.slice(url.pathname.lastIndexOf('/') + 1).split(',').length;
  if (calls <= TRPC_MAX_BATCH) return null;
  return errorResponse(
    new AppError(
      'VALIDATION_ERROR',
      `A tRPC batch holds at most ${TRPC_MAX_BATCH} calls; this one has ${calls}`,
    ),
    newRequestId(),
  );
}
