// The security headers of every answer of the production server (pages, API, static files, refusals): a content
// security policy (no framing, no plugins; scripts only from this site with the request's nonce), Referrer-Policy,
// nosniff, and Strict-Transport-Security only when the site is served over HTTPS (LICENTRIC_BASE_URL, or a trusted proxy's
// X-Forwarded-Proto) — over plain HTTP it would lock browsers out of a deployment without TLS.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { baseUrl, env } from '@/env.ts';

/** A fresh script nonce for one answer (16 random bytes, base64). */
export function newScriptNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The policy of one answer. Scripts run only with the answer's nonce, which Next stamps on every script of the page
 * it renders (it reads the nonce from the request's own Content-Security-Policy header, set by the server), and
 * what those scripts load ('strict-dynamic'): an injected inline script or a script tag without the nonce does not
 * run. Without a nonce (answers that are not pages) no script runs at all. Every page renders per request (the root
 * layout is dynamic), since a prerendered page could not carry a fresh nonce. Styles keep 'unsafe-inline': React
 * writes style attributes, which nonces do not cover; a style cannot run code.
 */
function contentSecurityPolicy(nonce?: string): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const HSTS = 'max-age=31536000; includeSubDomains';

/** Whether the browser reached this deployment over HTTPS. */
function servedOverHttps(forwardedProto: string | undefined): boolean {
  if (baseUrl().startsWith('https://')) return true;
  return env().TRUST_PROXY && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The headers to add to an answer, given the request's X-Forwarded-Proto and the answer's script nonce. */
export function securityHeaders(forwardedProto: string | undefined, nonce?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    ...(servedOverHttps(forwardedProto) ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/**
 * Adds `headers` to the answer when its head is written, each unless the handler set its own: a route with a
 * policy of its own (the API reference's, which allows its one inline script by hash) keeps it. Next writes a route
 * handler's headers only where none is set yet, so headers set up front would silently replace the route's.
 */
export function setDefaultHeaders(res: ServerResponse, headers: Record<string, string>): void {
  const writeHead = res.writeHead.bind(res);
  // Node calls writeHead for every head, the implicit one of a bare write()/end() included
  res.writeHead = ((...args: Parameters<ServerResponse['writeHead']>) => {
    for (const [name, value] of Object.entries(headers)) if (!res.hasHeader(name)) res.setHeader(name, value);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}
