import { expect, test } from '@playwright/test';

test('the home page introduces Licentric and links onward', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Licentric');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Software licensing you host yourself');
  const nav = page.getByRole('navigation', { name: 'Main sections' });
  await expect(nav.getByRole('link', { name: /Dashboard/ })).toHaveAttribute('href', '/dashboard');
  await expect(nav.getByRole('link', { name: /Customer portal/ })).toHaveAttribute('href', '/portal');
  await expect(nav.getByRole('link', { name: /API reference/ })).toHaveAttribute('href', '/api/reference');
});

test('GET /api/health answers 200 ok', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('GET /api/ready answers 200 ready', async ({ request }) => {
  const response = await request.get('/api/ready');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ready' });
});
