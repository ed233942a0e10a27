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
    await expect(page.getByRole('heading', { name: tag }).first()).toBeAttached();
  // an operation, its Markdown rendered (no backticks on screen) and its samples
  await page.goto('/api/reference#tag/licenses/POST/api/v1/licenses/validate-key');
  await expect(page.getByText('Validate a license key').first()).toBeVisible();
  await expect(page.getByText('@licentric/sdk').first()).toBeAttached();
  expect(await page.locator('body').innerText()).not.toContain('`Idempotency-Key`');
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});
