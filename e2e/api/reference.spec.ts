// /api/reference in a real browser: Scalar renders the operations of the OpenAPI document with their code samples,
// every request stays on this origin (no CDN, no web fonts, no telemetry) and the page's CSP is not violated.
import { expect, test } from '@playwright/test';

test('the API reference renders every tag and the code samples, from this origin only', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const elsewhere: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/api/reference');
  await expect(page.getByRole('heading', { name: 'Licentric API', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  for (const tag of ['Products', 'Licenses', 'Machines', 'Webhooks'])
    await expect(page.getByRole('link', { name: tag, exact: true }).first()).toBeAttached();
  // the first operation, its Markdown rendered (code, not backticks on screen) and its curl and SDK samples
  const analytics = page.getByRole('region', {
    name: 'License, machine, activation and validation statistics',
  });
  await expect(analytics.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(analytics.locator('code', { hasText: 'analytics:read' }).first()).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/`analytics:read`/);
  const example = analytics.getByRole('group', { name: /Request Example/ });
  await expect(example.locator('code')).toContainText('curl -X GET "$LICENTRIC_URL/api/v1/analytics"');
  await expect(example.getByRole('button', { name: 'curl' })).toBeVisible(); // picks the @licentric/sdk sample
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
