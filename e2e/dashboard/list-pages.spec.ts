// List pages of the dashboard in Chromium, a new vendor per test: entitlements, products, policies, webhooks.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nav, signUpVendor } from './vendor.ts';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 860 } });

// a fresh vendor account per test: unique per run (time) and per test (its id)
test.beforeEach(async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUpVendor(page, `lp${Date.now().toString(36)}${testInfo.testId.slice(0, 8)}`);
});

/** The table row that shows `text`. */
const row = (page: Page, text: string): Locator => page.getByRole('row').filter({ hasText: text });

/** Waits for the success toast `text`. */
const toast = (page: Page, text: string) => expect(page.getByRole('status').getByText(text)).toBeVisible();

/** Opens a dialog with a button of the page (the first: the header's, not the empty state's) or of a row. */
async function open(scope: Page | Locator, button: string, dialog: string): Promise<Locator> {
  await scope.getByRole('button', { name: button, exact: true }).first().click();
  const page = 'page' in scope ? scope.page() : scope;
  const opened = page.getByRole('dialog', { name: dialog });
  await expect(opened).toBeVisible();
  return opened;
}

/** Clicks the dialog's submit button and waits for the dialog to close. */
async function submit(dialog: Locator, button: string): Promise<void> {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Reloads the page (the change must have been saved) and waits for its heading. */
async function reload(page: Page, heading: string): Promise<void> {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * Deletes the row showing `text` through its confirmation dialog: the row is gone and, after a reload, the page
 * shows its empty state `empty`.
 */
async function deleteRow(
  page: Page,
  text: string,
  confirm: { title: string; button: string; toast: string; empty: string; heading: string },
): Promise<void> {
  const dialog = await open(row(page, text), 'Delete', confirm.title);
  await expect(dialog).toContainText(text);
  await submit(dialog, confirm.button);
  await toast(page, confirm.toast);
  await expect(row(page, text)).toHaveCount(0);
  await reload(page, confirm.heading);
  await expect(page.getByText(confirm.empty)).toBeVisible();
  await expect(row(page, text)).toHaveCount(0);
}

/** Creates a product on the products page; its row shows the code. */
async function createProduct(page: Page, name: string, code: string): Promise<void> {
  const dialog = await open(page, '+ New product', 'New product');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Code').fill(code);
  await submit(dialog, 'Create product');
  await toast(page, `Product “${name}” created`);
  await expect(row(page, code)).toContainText(name);
}

test('entitlements: create, edit (the dialog shows the saved values), delete', async ({ page }) => {
  await nav(page, 'Entitlements');
  await expect(page.getByText('No entitlements yet')).toBeVisible();

  const created = await open(page, '+ New entitlement', 'New entitlement');
  await created.getByLabel('Name', { exact: true }).fill('PDF export');
  await created.getByLabel('Code').fill('pdf-export');
  await submit(created, 'Create entitlement');
  await toast(page, 'Entitlement “PDF export” saved');
  await expect(row(page, 'pdf-export')).toContainText('PDF export');
  await reload(page, 'Entitlements');
  await expect(row(page, 'pdf-export')).toContainText('PDF export');

  const edited = await open(row(page, 'pdf-export'), 'Edit', 'Edit entitlement');
  await expect(edited.getByLabel('Name', { exact: true })).toHaveValue('PDF export');
  await expect(edited.getByLabel('Code')).toHaveValue('pdf-export');
  await edited.getByLabel('Name', { exact: true }).fill('Print to PDF');
  await submit(edited, 'Save');
  await toast(page, 'Entitlement “Print to PDF” saved');
  await expect(row(page, 'pdf-export')).toContainText('Print to PDF');
  await reload(page, 'Entitlements');
  await expect(row(page, 'pdf-export')).toContainText('Print to PDF');
  await expect(row(page, 'PDF export')).toHaveCount(0);

  await deleteRow(page, 'pdf-export', {
    title: 'Delete entitlement?',
    button: 'Delete',
    toast: 'Entitlement deleted',
    empty: 'No entitlements yet',
    heading: 'Entitlements',
  });
});

test('products: create, delete after the confirmation', async ({ page }) => {
  await nav(page, 'Products');
  await expect(page.getByText('No products yet')).toBeVisible();
  await createProduct(page, 'Acme Editor', 'acme-editor');
  await reload(page, 'Products');
  await expect(row(page, 'acme-editor')).toContainText('Acme Editor');

  await deleteRow(page, 'Acme Editor', {
    title: 'Delete product?',
    button: 'Delete product',
    toast: 'Product deleted',
    empty: 'No products yet',
    heading: 'Products',
  });
});

test('policies: none without a product; the three selects keep their values', async ({ page }) => {
  const selects = {
    fingerprint: (scope: Locator) => scope.getByLabel('Fingerprint uniqueness', { exact: true }),
    expiry: (scope: Locator) => scope.getByLabel('When a license expires', { exact: true }),
    dead: (scope: Locator) => scope.getByLabel('Dead machines', { exact: true }),
  };
  const expectSelects = async (dialog: Locator, fingerprint: string, expiry: string, dead: string) => {
    await expect(selects.fingerprint(dialog)).toHaveValue(fingerprint);
    await expect(selects.expiry(dialog)).toHaveValue(expiry);
    await expect(selects.dead(dialog)).toHaveValue(dead);
  };

  await nav(page, 'Policies');
  await expect(page.getByText('Create a product first')).toBeVisible();
  await expect(page.getByRole('button', { name: '+ New policy' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to products' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  await createProduct(page, 'Acme Editor', 'acme-editor');

  await nav(page, 'Policies');
  await expect(page.getByText('No policies yet')).toBeVisible();
  await expect(page.getByText('Create a product first')).toHaveCount(0);
  const created = await open(page, '+ New policy', 'New policy');
  await expect(created.getByLabel('Product', { exact: true })).toHaveValue(/.+/);
  await created.getByLabel('Name', { exact: true }).fill('Gold plan');
  await expectSelects(created, 'PER_LICENSE', 'RESTRICT_ACCESS', 'DEACTIVATE_DEAD');
  await selects.fingerprint(created).selectOption({ label: 'Per product' });
  await selects.expiry(created).selectOption({ label: 'Revoke' });
  await selects.dead(created).selectOption({ label: 'Keep them' });
  await expectSelects(created, 'PER_PRODUCT', 'REVOKE', 'KEEP_DEAD');
  await submit(created, 'Create policy');
  await toast(page, 'Policy “Gold plan” created');
  await expect(row(page, 'Gold plan')).toContainText('Acme Editor');

  await reload(page, 'Policies');
  const edited = await open(row(page, 'Gold plan'), 'Edit', 'Edit policy');
  await expect(edited.getByLabel('Name', { exact: true })).toHaveValue('Gold plan');
  await expectSelects(edited, 'PER_PRODUCT', 'REVOKE', 'KEEP_DEAD');
  // a select changed in the editor is saved too
  await selects.expiry(edited).selectOption({ label: 'Allow access' });
  await submit(edited, 'Save changes');
  await toast(page, 'Policy “Gold plan” saved');

  await reload(page, 'Policies');
  const reopened = await open(row(page, 'Gold plan'), 'Edit', 'Edit policy');
  await expectSelects(reopened, 'PER_PRODUCT', 'ALLOW_ACCESS', 'KEEP_DEAD');
});

test('webhooks: add (secret shown once), disable, edit the URL, delete', async ({ page }) => {
  // a closed local port: the server does not look the host up (the e2e server allows private URLs), and no event
  // is delivered anyway
  const url = 'http://127.0.0.1:9/first';
  const newUrl = 'http://127.0.0.1:9/second';

  await nav(page, 'Webhooks');
  await expect(page.getByText('No webhook endpoints')).toBeVisible();
  const added = await open(page, '+ Add endpoint', 'Add endpoint');
  await added.getByLabel('Endpoint URL').fill(url);
  await submit(added, 'Add endpoint');
  const secret = page.getByRole('dialog', { name: 'Signing secret' });
  await expect(secret.getByText(/^whsec_[A-Za-z0-9+/=]{40,}$/)).toBeVisible();
  await submit(secret, 'Done');
  await expect(row(page, url).getByText('enabled', { exact: true })).toBeVisible();

  await row(page, url).getByRole('button', { name: 'Disable', exact: true }).click();
  await toast(page, 'Endpoint disabled');
  await expect(row(page, url).getByText('disabled', { exact: true })).toBeVisible();
  await expect(row(page, url).getByRole('button', { name: 'Enable', exact: true })).toBeVisible();
  await reload(page, 'Webhooks');
  await expect(row(page, url).getByText('disabled', { exact: true })).toBeVisible();

  const edited = await open(row(page, url), 'Edit', 'Edit endpoint');
  await expect(edited.getByLabel('Endpoint URL')).toHaveValue(url);
  await edited.getByLabel('Endpoint URL').fill(newUrl);
  await submit(edited, 'Save');
  await toast(page, 'Endpoint saved');
  await expect(row(page, newUrl)).toBeVisible();
  await reload(page, 'Webhooks');
  await expect(row(page, newUrl).getByText('disabled', { exact: true })).toBeVisible();
  await expect(row(page, url)).toHaveCount(0);

  await deleteRow(page, newUrl, {
    title: 'Delete endpoint?',
    button: 'Delete endpoint',
    toast: 'Endpoint deleted',
    empty: 'No webhook endpoints',
    heading: 'Webhooks',
  });
});
