// The vendor dashboard in Chromium against the production server: sign up, product, policy from a template,
// license, key copied, machine activated over REST, suspension seen by validate-key, API key used with fetch,
// test mode showing none of the live data; screenshots of the main pages go to test-results/dashboard/.
import { expect, test, type Page } from '@playwright/test';
import { nav, signUpVendor, switchEnvironment } from './vendor.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 860 } });

const unique = Date.now().toString(36);
const shots = 'test-results/dashboard';

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test('a new vendor runs the whole licensing flow from the dashboard', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const api = (path: string, init: RequestInit = {}) => fetch(`${baseURL}/api/v1${path}`, init);

  // sign up
  await signUpVendor(page, unique);
  await expect(page.getByText('Get started')).toBeVisible();
  await shot(page, '01-overview-empty');

  // product
  await nav(page, 'Products');
  await expect(page.getByText('No products yet')).toBeVisible();
  await page.getByRole('button', { name: '+ New product' }).first().click();
  const productDialog = page.getByRole('dialog', { name: 'New product' });
  await productDialog.getByLabel('Name', { exact: true }).fill('Acme Editor');
  await productDialog.getByLabel('Code').fill('bad code!');
  await productDialog.getByRole('button', { name: 'Create product' }).click();
  await expect(productDialog.getByRole('alert').first()).toContainText('code may contain');
  await productDialog.getByLabel('Code').fill('acme-editor');
  await productDialog.getByLabel('Key prefix').fill('ACME');
  await productDialog.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('cell', { name: 'acme-editor' })).toBeVisible();
  await expect(page.getByText('Product “Acme Editor” created')).toBeVisible();
  await shot(page, '02-products');

  // policy from a template
  await nav(page, 'Policies');
  await page.getByRole('button', { name: '+ New policy' }).first().click();
  const policyDialog = page.getByRole('dialog', { name: 'New policy' });
  await policyDialog.getByRole('button', { name: /Desktop app/ }).click();
  await expect(policyDialog.getByLabel('Max machines', { exact: true })).toHaveValue('2');
  await expect(policyDialog.getByLabel('Name', { exact: true })).toHaveValue('Desktop app');
  await shot(page, '03-policy-form');
  await policyDialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('cell', { name: /Desktop app/ }).first()).toBeVisible();
  await shot(page, '04-policies');

  // license → detail → copy the key
  await nav(page, 'Licenses');
  await page.getByRole('button', { name: '+ New license' }).first().click();
  const licenseDialog = page.getByRole('dialog', { name: 'New license' });
  await licenseDialog.getByLabel('Customer email').fill('buyer@example.com');
  await licenseDialog.getByRole('button', { name: 'Create license' }).click();
  await expect(page).toHaveURL(/\/dashboard\/licenses\/[0-9a-f-]{36}$/);
  const shown = (await page.getByTestId('license-key').textContent()) ?? '';
  expect(shown).toMatch(/^ACME(-[A-Z0-9]{4}){4}$/);
  await page.getByRole('button', { name: 'Copy key to clipboard' }).click();
  const key = await page.evaluate(() => navigator.clipboard.readText());
  expect(key).toBe(shown);

  // activate a machine with the key through the REST API; it appears on the page
  const activation = await api('/machines', {
    method: 'POST',
    headers: { Authorization: `License ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      fingerprint: `e2e-fingerprint-${unique}`,
      name: 'Ada’s laptop',
      platform: 'macos',
    }),
  });
  expect(activation.status).toBe(201);
  await page.reload();
  await expect(page.getByText(`e2e-fingerprint-${unique}`)).toBeVisible();
  await expect(page.getByText('Ada’s laptop')).toBeVisible();
  await shot(page, '05-license-detail');

  // suspend (with confirmation) → validate-key answers SUSPENDED
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Suspend license' }).click();
  await expect(page.getByText('License suspended')).toBeVisible();
  await expect(page.locator('.kv .badge').first()).toHaveText('suspended');
  const validation = await api('/licenses/validate-key', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key, fingerprint: `e2e-fingerprint-${unique}` }),
  });
  expect(validation.status).toBe(200);
  const answer = (await validation.json()) as { data: { valid: boolean; code: string } };
  expect(answer.data).toMatchObject({ valid: false, code: 'SUSPENDED' });

  await nav(page, 'Licenses');
  await expect(page.getByRole('link', { name: key })).toBeVisible();
  await page.getByLabel('Status').selectOption('active');
  await expect(page.getByText('No matching licenses')).toBeVisible();
  await page.getByLabel('Status').selectOption('suspended');
  await expect(page.getByRole('link', { name: key })).toBeVisible();
  await shot(page, '06-licenses');

  await nav(page, 'Machines');
  await expect(page.getByText(`e2e-fingerprint-${unique}`)).toBeVisible();
  await shot(page, '07-machines');

  // an API key, used with fetch
  await nav(page, 'API keys');
  await page.getByRole('button', { name: '+ New API key' }).first().click();
  const keyDialog = page.getByRole('dialog', { name: 'New API key' });
  await keyDialog.getByLabel('Name', { exact: true }).fill('Backend');
  await keyDialog.getByRole('button', { name: 'Create key' }).click();
  const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
  expect(secret).toMatch(/^lk_live_/);
  await shot(page, '08-api-key-created');
  await page.getByRole('button', { name: 'Done' }).click();
  const products = await api('/products', { headers: { Authorization: `Bearer ${secret}` } });
  expect(products.status).toBe(200);
  expect(((await products.json()) as { data: Array<{ code: string }> }).data.map((p) => p.code)).toEqual([
    'acme-editor',
  ]);
  const analytics = await api('/analytics?days=7', { headers: { Authorization: `Bearer ${secret}` } });
  expect(analytics.status).toBe(200);
  expect(
    ((await analytics.json()) as { data: { licenses: { suspended: number } } }).data.licenses.suspended,
  ).toBe(1);
  await expect(page.getByRole('cell', { name: 'Backend' })).toBeVisible();
  await shot(page, '09-api-keys');

  await nav(page, 'Overview');
  await expect(page.locator('[data-stat="Suspended"] .value')).toHaveText('1', {
    timeout: 20_000,
  });
  await shot(page, '10-overview');

  for (const [label, file] of [
    ['Entitlements', '11-entitlements'],
    ['Webhooks', '12-webhooks'],
    ['Audit log', '13-audit-log'],
    ['Settings', '14-settings'],
  ] as const) {
    await nav(page, label);
    await shot(page, file);
  }
  await nav(page, 'Audit log');
  await expect(page.getByRole('cell', { name: 'license.suspended' })).toBeVisible();

  // test mode: banner, and none of the live data
  await switchEnvironment(page, 'Test');
  await nav(page, 'Licenses');
  await expect(page.getByText('Create a product first')).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  await nav(page, 'Products');
  await expect(page.getByText('No products yet')).toBeVisible();
  await nav(page, 'API keys');
  await expect(page.getByText('No test API keys')).toBeVisible();
  await nav(page, 'Overview');
  await expect(page.locator('[data-stat="Licenses"] .value')).toHaveText('0', {
    timeout: 20_000,
  });
  await shot(page, '15-test-mode');

  // phone width
  await switchEnvironment(page, 'Live');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await nav(page, 'Licenses');
  await expect(page.getByRole('link', { name: key })).toBeVisible();
  await shot(page, '16-licenses-phone');
  await page.getByRole('button', { name: 'Menu' }).click();
  await nav(page, 'Overview');
  await shot(page, '16-overview-phone');
});

test('wrong password and unknown email get the same answer', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // an existing user, signed up in a context of its own
  const email = `existing-${unique}@example.com`;
  const password = 'the right long password';
  const signUp = await browser.newContext();
  const signUpPage = await signUp.newPage();
  await signUpPage.goto('/sign-up');
  await signUpPage.getByLabel('Your name').fill('Existing Vendor');
  await signUpPage.getByLabel('Company or project').fill(`Existing ${unique}`);
  await signUpPage.getByLabel('Work email').fill(email);
  await signUpPage.getByLabel('Password').fill(password);
  await signUpPage.getByRole('button', { name: 'Create account' }).click();
  await expect(signUpPage.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({
    timeout: 30_000,
  });
  await signUp.close();

  const attempt = async (tryEmail: string, tryPassword: string) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(tryEmail);
    await page.getByLabel('Password').fill(tryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  await attempt(`nobody-${unique}@example.com`, password);
  await expect(page.locator('.form-error')).toHaveText('Incorrect email or password.');
  const unknownEmail = await page.locator('.form-error').innerText();
  await attempt(email, 'a wrong password');
  await expect(page.locator('.form-error')).toHaveText('Incorrect email or password.');
  expect(await page.locator('.form-error').innerText(), 'the same words for both').toBe(unknownEmail);
  // the user does exist: the right password signs in
  await attempt(email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 30_000 });
});
