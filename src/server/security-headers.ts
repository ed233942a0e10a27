// The security headers of every answer of the production server (pages, API, static files, refusals): a content
// security policy (no framing, no plugins, scripts and styles from this site), Referrer-Policy, nosniff, and
// Strict-Transport-Security only when the site is served over HTTPS (LICENTRIC_BASE_URL, or a trusted proxy's
// X-Forwarded-Proto) — over plain HTTP it would lock browsers out of a deployment without TLS.
import { baseUrl, env } from '@/env.ts';

/**
 * Script nonces are not used: Next prerenders static pages once, without a per-request nonce, so a nonce-only
 * policy would block their scripts. 'unsafe-inline' for scripts is the cost; frame-ancestors, object-src,
 * base-uri and form-action still close clickjacking, plugin, base-tag and form-hijacking attacks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const HSTS = 'max-age=31536000; includeSubDomains';

/** Whether the browser reached this deployment over HTTPS. */
export function servedOverHttps(forwardedProto: string | undefined): boolean {
  if (baseUrl().startsWith('https://')) return true;
  return env().TRUST_PROXY && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** The headers to add to an answer, given the request's X-Forwarded-Proto. */
export function securityHeaders(forwardedProto: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    ...(servedOverHttps(forwardedProto) ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}
