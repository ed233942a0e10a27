// The first hour of a new vendor (issue 17) in Chromium: empty-state buttons readable in live and test, a new
// policy's name following the template until the vendor types one, the self-service marker, the licenses table
// without a horizontal scroll at 1280 px; screenshots of the changed pages at desktop and phone sizes go to
// test-results/polish/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canSeed, seedPortalLicense } from '../portal/setup.ts';
import { nav, signUpVendor, switchEnvironment } from './vendor.ts';

const unique = `fh${Date.now().toString(36)}`;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

test.use({ viewport: SIZES.desktop });

/** Full-page screenshots at 1280×800 and 390×844 (test-results/polish/<name>-desktop.png, -phone.png). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `test-results/polish/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** The computed text and background colours of an element. */
function colours(locator: Locator): Promise<{ color: string; background: string }> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor };
  });
}

async function expectReadableGoToProducts(page: Page): Promise<void> {
  const button = page.getByRole('link', { name: 'Go to products' });
  await expect(button).toBeVisible();
  const { color, background } = await colours(button);
  expect(color, `text ${color} on ${background}`).not.toBe(background);
  expect(color).toBe('rgb(255, 255, 255)');
}

test('the pages around sign-up: home with sign-up link, sign-in and sign-up with a main landmark', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Create a vendor account' })).toHaveAttribute(
    'href',
    '/sign-up',
  );
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
  await shoot(page, '01-home');
  await page.goto('/sign-in');
  await expect(page.getByRole('main')).toBeVisible();
  await shoot(page, '02-sign-in');
  await page.goto('/sign-up');
  await expect(page.getByRole('main')).toBeVisible();
  await shoot(page, '03-sign-up');
});

test('a new vendor: readable empty states, templates, seat marker, licenses table', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signUpVendor(page, unique);
  await expect(page.getByText('No data yet').first()).toBeVisible();
  await shoot(page, '04-overview-empty');

  // "Go to products" in the empty states: white on the accent, live (indigo) and test (orange)
  await nav(page, 'Policies');
  await expectReadableGoToProducts(page);
  await shoot(page, '05-policies-no-product');
  await switchEnvironment(page, 'Test');
  await nav(page, 'Licenses');
  await expectReadableGoToProducts(page);
  await shoot(page, '06-licenses-no-product-test');
  await nav(page, 'Policies');
  await expectReadableGoToProducts(page);
  await switchEnvironment(page, 'Live');

  // a product, then a policy: the name follows the template until the vendor types one
  await nav(page, 'Products');
  await page.getByRole('button', { name: '+ New product' }).first().click();
  const productDialog = page.getByRole('dialog', { name: 'New product' });
  await productDialog.getByLabel('Name', { exact: true }).fill('Acme Editor');
  await productDialog.getByLabel('Code').fill('acme-editor');
  await productDialog.getByLabel('Key prefix').fill('ACME');
  await productDialog.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('cell', { name: 'acme-editor' })).toBeVisible();

  await nav(page, 'Policies');
  await page.getByRole('button', { name: '+ New policy' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });
  const name = dialog.getByLabel('Name', { exact: true });
  const templates = dialog.getByRole('group', { name: 'Templates' });
  await templates.getByRole('button', { name: /Desktop app/ }).click();
  await expect(name).toHaveValue('Desktop app');
  await expect(templates.getByRole('button', { name: /Desktop app/ })).toContainText('seats locked');
  await expect(dialog.getByTestId('seat-move')).toContainText('The portal offers no way to free a seat');
  await templates.getByRole('button', { name: /CLI tool/ }).click();
  await expect(name).toHaveValue('CLI tool');
  await templates.getByRole('button', { name: /SaaS/ }).click();
  await expect(name).toHaveValue('SaaS');
  await expect(dialog.getByTestId('seat-move')).toContainText('customers can move seats');
  await name.fill('Pro — 2 seats');
  await templates.getByRole('button', { name: /Desktop app/ }).click();
  await expect(name).toHaveValue('Pro — 2 seats');
  await dialog.getByLabel(/Allow machine transfer/).check();
  await expect(dialog.getByTestId('seat-move')).toContainText('customers can move seats');
  await dialog.evaluate((el) => el.scrollTo(0, 0)); // the template picker in view
  await shoot(page, '07-policy-form');
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('cell', { name: /Pro — 2 seats/ })).toContainText('customers can move seats');
  await shoot(page, '08-policies');

  // a license with a long customer address, and a machine: the table fits 1280 px, the detail names the key
  await nav(page, 'Licenses');
  await page.getByRole('button', { name: '+ New license' }).first().click();
  const licenseDialog = page.getByRole('dialog', { name: 'New license' });
  await licenseDialog
    .getByLabel('Customer email')
    .fill('procurement.department@a-long-customer-name.example');
  await licenseDialog.getByRole('button', { name: 'Create license' }).click();
  await expect(page).toHaveURL(/\/dashboard\/licenses\/[0-9a-f-]{36}$/);
  const key = (await page.getByTestId('license-key').textContent()) ?? '';
  const activation = await fetch(`${baseURL}/api/v1/machines`, {
    method: 'POST',
    headers: { Authorization: `License ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ fingerprint: `fh-${unique}`, name: 'Studio Mac', platform: 'macos' }),
  });
  expect(activation.status).toBe(201);
  await page.reload();
  await expect(page.locator('.page-head p')).toContainText(`Licenses / ${key}`);
  await expect(page.getByText('not_required')).toHaveCount(0);
  await expect(page.getByText('Studio Mac')).toBeVisible();
  await shoot(page, '09-license-detail');

  await nav(page, 'Licenses');
  await expect(page.getByRole('link', { name: key })).toBeVisible();
  const wrap = page.locator('.table-wrap');
  const { scroll, client } = await wrap.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(scroll, `licenses table ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
  await shoot(page, '10-licenses');

  await nav(page, 'Machines');
  await expect(page.getByText('Studio Mac')).toBeVisible();
  await expect(page.getByText('not_required')).toHaveCount(0);
  await shoot(page, '11-machines');
});

test('the portal of a license with two machines', async ({ page }) => {
  test.skip(!canSeed, 'needs DATABASE_URL (PostgreSQL) to create fixtures next to the server');
  const fixture = await seedPortalLicense({ allowMachineTransfer: true });
  await page.goto('/portal');
  await shoot(page, '12-portal-sign-in');
  await page.getByLabel('License key', { exact: true }).fill(fixture.key);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('machine')).toHaveCount(2);
  await expect(page.getByText('Not required')).toHaveCount(0);
  // 3 deactivations a day on 2 machines: no allowance sentence that promises more machines than there are
  await expect(page.getByText(/You can deactivate \d more machine/)).toHaveCount(0);
  await page.setViewportSize(SIZES.phone);
  const machine = page.getByTestId('machine').first();
  const [download, deactivate] = await Promise.all([
    machine.getByRole('button', { name: /Download offline license/ }).boundingBox(),
    machine.getByRole('link', { name: /Deactivate/ }).boundingBox(),
  ]);
  expect(download && deactivate).toBeTruthy();
  expect(Math.round(download!.width)).toBe(Math.round(deactivate!.width));
  expect(deactivate!.y - (download!.y + download!.height)).toBeGreaterThanOrEqual(6);
  await shoot(page, '13-portal-licenses');
});
