// The names of every cookie Licentric sets (the dashboard's account and environment choice, the portal session;
// next-auth names its own), and the one way the dashboard's client code writes a remembered choice.

/** The dashboard's chosen account (an id; read by the tRPC context). */
export const ACCOUNT_COOKIE = 'licentric_account';
/** The dashboard's chosen environment, `live` or `test` (read by the tRPC context and the dashboard layout). */
export const ENVIRONMENT_COOKIE = 'licentric_env';
/** The customer portal's signed session (app/portal/_session/session.ts). */
export const PORTAL_COOKIE = 'licentric_portal';

/** A `document.cookie` assignment remembering a dashboard choice for a year (not httpOnly: the client sets it). */
export function preferenceCookie(
  name: typeof ACCOUNT_COOKIE | typeof ENVIRONMENT_COOKIE,
  value: string,
): string {
  return `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
