// Browser-facing defences over real HTTP against the production server: security headers on pages, API answers
// and refusals; page scripts only with a fresh nonce (no 'unsafe-inline'); sign-in never leaves the site whatever the callbackUrl; cookie-authenticated POSTs (tRPC,
// next-auth) refuse other origins with a 403 envelope; bodies over 1 MiB are a 413.
import { expect, test } from '@playwright/test';
import { rawRequest, type RawAnswer } from '../api/http.ts';

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const email = `websec-${unique}@example.com`;
const password = 'a long enough password';

function expectEnvelope(answer: RawAnswer, status: number, code: string): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const body = JSON.parse(answer.text) as { code: string; requestId: string };
  expect(body.code).toBe(code);
  expect(body.requestId).toBe(answer.headers.get('x-request-id'));
}

test.beforeAll(async ({ baseURL }) => {
  const answer = await rawRequest(baseURL!, {
    method: 'POST',
    path: '/api/trpc/account.signUp',
    headers: { 'content-type': 'application/json', origin: baseURL! },
    body: JSON.stringify({ json: { name: 'Web Sec', accountName: `Web Sec ${unique}`, email, password } }),
  });
  expect(answer.status, answer.text).toBe(200);
});

test('security headers on pages, API answers and the server’s own refusals', async ({ baseURL }) => {
  for (const [method, path] of [
    ['GET', '/sign-in'],
    ['GET', '/portal/login'],
    ['GET', '/api/health'],
    ['GET', '/api/v1/products'],
    ['POST', '/api/v1/licenses/validate-key'], // the runtime fast path (no body: a 400 of its own)
    ['TRACE', '/api/v1/products'],
    ['GET', '/no/such/page'],
  ] as const) {
    const answer = await rawRequest(baseURL!, {
      method,
      path,
      headers: { 'x-forwarded-proto': 'https' }, // not trusted here (no TRUST_PROXY): no HSTS over plain HTTP
    });
    const label = `${method} ${path} (${answer.status})`;
    expect(answer.headers.get('content-security-policy'), label).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('x-content-type-options'), label).toBe('nosniff');
    expect(answer.headers.get('referrer-policy'), label).toBe('same-origin');
    expect(answer.headers.get('strict-transport-security'), label).toBeNull();
  }
});

test('pages: scripts only with a fresh nonce per answer, stamped on every script of the page', async ({
  baseURL,
}) => {
  const nonces: string[] = [];
  for (const path of ['/', '/sign-in', '/portal/login', '/no/such/page', '/sign-in']) {
    const answer = await rawRequest(baseURL!, {
      method: 'GET',
      path,
      headers: { 'content-security-policy': "script-src 'nonce-chosen-by-the-client'" },
    });
    const policy = answer.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeDefined();
    expect(policy, path).toContain("'strict-dynamic'");
    expect(
      policy.split(';').find((d) => d.trim().startsWith('script-src')),
      path,
    ).not.toContain('unsafe');
    const scripts = [...answer.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      path,
    ).toEqual([]);
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
  // answers that are not pages run no script at all
  const api = await rawRequest(baseURL!, { method: 'GET', path: '/api/health' });
  expect(api.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  // a route with a policy of its own keeps it: the API reference allows its one inline script by hash
  const reference = await rawRequest(baseURL!, { method: 'GET', path: '/api/reference' });
  expect(reference.headers.get('content-security-policy')).toMatch(
    /^default-src 'none'; script-src 'self' 'sha256-/,
  );
});

test('the home page, the portal sign-in and a 404 run under the policy (no blocked scripts)', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/portal/login', '/no/such/page']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('the dashboard pages run under the policy (no blocked scripts)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
});

for (const target of [
  '/\\evil.example',
  '//evil.example',
  'https://evil.example/',
  '/%5Cevil.example',
  '/\t/evil.example',
]) {
  test(`sign-in with callbackUrl ${JSON.stringify(target)} stays on this site`, async ({ page, baseURL }) => {
    await page.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => route.fulfill({ status: 200, body: 'left the site' }),
    );
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(baseURL);
    // signed in already: the sign-in page's own redirect stays here too
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    expect(new URL(page.url()).origin).toBe(baseURL);
  });
}

test('cross-site POSTs to tRPC and next-auth are a 403 envelope; same-site ones pass', async ({
  baseURL,
}) => {
  for (const path of ['/api/trpc/account.signUp', '/api/auth/signout', '/api/auth/callback/credentials']) {
    const refused: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: baseURL!, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const answer = await rawRequest(baseURL!, {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expectEnvelope(answer, 403, 'FORBIDDEN');
    }
  }
  const csrf = await rawRequest(baseURL!, {
    method: 'GET',
    path: '/api/auth/csrf',
    headers: { 'sec-fetch-site': 'same-origin' },
  });
  expect(csrf.status).toBe(200);
});

test('bodies over 1 MiB are a 413 envelope (declared or chunked)', async ({ baseURL }) => {
  const big = 'x'.repeat(1024 * 1024 + 1);
  for (const path of ['/api/trpc/account.create', '/api/auth/callback/credentials']) {
    for (const chunked of [false, true]) {
      const answer = await rawRequest(baseURL!, {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', origin: baseURL! },
        body: big,
        chunked,
      });
      expectEnvelope(answer, 413, 'PAYLOAD_TOO_LARGE');
    }
  }
});
