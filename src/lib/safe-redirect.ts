// Where the app may send a browser after sign-in, sign-up or any other step that takes a target from the URL:
// a path on this site only. Backslashes, control characters, `//host`, `/\host`, absolute URLs to other origins
// and anything that resolves elsewhere fall back to a fixed page.

const PROBE_ORIGIN = 'http://same-origin.invalid';

/**
 * `value` as a same-origin path (`/…` with its query and hash), or `fallback`. An absolute URL is accepted only
 * when its origin is `origin` (next-auth hands over absolute callback URLs).
 */
export function safeRedirectPath(value: unknown, fallback = '/dashboard', origin?: string): string {
  const text = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof text !== 'string' || text === '' || text.length > 2000) return fallback;
  // browsers treat `\` as `/` and drop tabs and newlines inside URLs: `/\evil`, `/\t/evil` mean `//evil`
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(text)) return fallback;
  let target: URL;
  let base: string;
  try {
    base = origin ? new URL(origin).origin : PROBE_ORIGIN;
    target = new URL(text, `${base}/`);
  } catch {
    return fallback;
  }
  const relative = text.startsWith('/') && !text.startsWith('//');
  const absoluteHere = origin !== undefined && /^https?:\/\//i.test(text);
  if (target.origin !== base || !(relative || absoluteHere)) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : fallback;
}
