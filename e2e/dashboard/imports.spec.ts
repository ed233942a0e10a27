// The import wizard (issue 16) in Chromium: a CSV with good and bad rows, one column mapping changed by hand, the
// dry run's counts and errors, the real run and its result, the rejected rows downloaded (original cells plus an
// error column), then the imported licenses in the licenses list; a Keygen export sent as its five list documents.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { keygenDocuments } from '../../tests/imports/keygen-documents.ts';
import { nav, signUpVendor } from './vendor.ts';

const unique = `im${Date.now().toString(36)}`;
const key = (n: number) => `IMP-${unique.toUpperCase()}-${n}`;

const CSV = [
  'Serial,Product Code,Policy,Customer,Mail,Expires,metadata.crm',
  `${key(1)},imp-app,Pro,Jane Good,jane-${unique}@example.com,2099-01-01,C-1`,
  `${key(2)},imp-app,Pro,Bob Good,bob-${unique}@example.com,2099-06-30,C-2`,
  `${key(3)},imp-app,Nope,Bad Policy,policy-${unique}@example.com,2099-01-01,C-3`,
  `${key(4)},imp-app,Pro,Bad Email,not-an-email,2099-01-01,C-4`,
  `${key(5)},imp-app,Pro,"Bad, Date",date-${unique}@example.com,31/12/2099,C-5`,
].join('\n');

function stat(page: Page, scope: string, label: string) {
  return page.getByTestId(scope).locator(`[data-stat="${label}"] .value`);
}

test('CSV import: mapping, dry run, run, rejected rows, licenses list', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signUpVendor(page, unique);

  await nav(page, 'Products');
  await page.getByRole('button', { name: '+ New product' }).first().click();
  const productDialog = page.getByRole('dialog', { name: 'New product' });
  await productDialog.getByLabel('Name', { exact: true }).fill('Import App');
  await productDialog.getByLabel('Code').fill('imp-app');
  await productDialog.getByLabel('Key prefix').fill('IMP');
  await productDialog.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('cell', { name: 'imp-app' })).toBeVisible();

  await nav(page, 'Policies');
  await page.getByRole('button', { name: '+ New policy' }).first().click();
  const policyDialog = page.getByRole('dialog', { name: 'New policy' });
  await policyDialog.getByLabel('Name', { exact: true }).fill('Pro');
  await policyDialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('cell', { name: /Pro/ }).first()).toBeVisible();

  await nav(page, 'Imports');
  const csvPath = testInfo.outputPath('licenses.csv');
  fs.writeFileSync(csvPath, CSV);
  await page.getByLabel('CSV file').setInputFiles(csvPath);

  // the detected mapping: Serial → key, Customer → user name; "Mail" is not recognised and is mapped by hand
  await expect(page.getByLabel('Mapping for Serial')).toHaveValue('key');
  await expect(page.getByLabel('Mapping for Customer')).toHaveValue('userName');
  await expect(page.getByLabel('Mapping for metadata.crm')).toHaveValue('metadata.crm');
  await expect(page.getByLabel('Mapping for Mail')).toHaveValue('ignore');
  await page.getByLabel('Mapping for Mail').selectOption('userEmail');

  await page.getByLabel(/Suppress webhooks/).check();
  await expect(page.getByRole('button', { name: 'Run import' })).toBeDisabled();
  await page.getByRole('button', { name: 'Dry run' }).click();
  const dry = page.getByTestId('dry-run-report');
  await expect(dry).toBeVisible({ timeout: 30_000 });
  await expect(stat(page, 'dry-run-report', 'Rows')).toHaveText('5');
  await expect(stat(page, 'dry-run-report', 'To create')).toHaveText('2');
  await expect(stat(page, 'dry-run-report', 'Errors')).toHaveText('3');
  await expect(dry.getByRole('row', { name: /4 Policy Unknown policy "Nope"/ })).toBeVisible();
  await expect(dry.getByRole('row', { name: /5 Mail not an email address/ })).toBeVisible();
  await expect(dry.getByRole('row', { name: /6 Expires not a date/ })).toBeVisible();

  await page.getByRole('button', { name: 'Run import' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(stat(page, 'import-result', 'Created')).toHaveText('2');
  await expect(stat(page, 'import-result', 'Errors')).toHaveText('3');

  const downloading = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Download rejected rows' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rejected-rows.csv');
  const rejected = fs
    .readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r\n/);
  expect(rejected).toHaveLength(4);
  expect(rejected[0]).toBe('Serial,Product Code,Policy,Customer,Mail,Expires,metadata.crm,error');
  expect(rejected[1]).toBe(
    `${key(3)},imp-app,Nope,Bad Policy,policy-${unique}@example.com,2099-01-01,C-3,"Policy: Unknown policy ""Nope"""`,
  );
  expect(rejected[2]).toBe(
    `${key(4)},imp-app,Pro,Bad Email,not-an-email,2099-01-01,C-4,Mail: not an email address`,
  );
  expect(rejected[3]).toBe(
    `${key(5)},imp-app,Pro,"Bad, Date",date-${unique}@example.com,31/12/2099,C-5,Expires: not a date: use an ISO date-time (2030-01-31T00:00:00Z) or YYYY-MM-DD`,
  );

  await page.getByRole('link', { name: 'See the licenses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Licenses' })).toBeVisible();
  await expect(page.getByRole('link', { name: key(1) })).toBeVisible();
  await expect(page.getByRole('link', { name: key(2) })).toBeVisible();
  await expect(page.getByText(`jane-${unique}@example.com`)).toBeVisible();
  await expect(page.getByRole('link', { name: key(3) })).toHaveCount(0);
});

test('Keygen import: the five list documents as files, dry run, run, licenses list', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const suffix = `${Date.now()}`.slice(-10);
  const k = keygenDocuments(suffix);
  await signUpVendor(page, `${unique}kg`);
  await nav(page, 'Imports');
  await page
    .getByRole('group', { name: 'Import from' })
    .getByRole('button', { name: 'Keygen export' })
    .click();
  const files = Object.entries(k.documents).map(([name, document]) => {
    const file = testInfo.outputPath(`${name}.json`);
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  });
  await page.getByLabel('Keygen JSON documents').setInputFiles(files);

  await page.getByRole('button', { name: 'Dry run' }).click();
  const dry = page.getByTestId('dry-run-report');
  await expect(dry).toBeVisible({ timeout: 30_000 });
  await expect(stat(page, 'dry-run-report', 'Rows')).toHaveText('7');
  await expect(stat(page, 'dry-run-report', 'To create')).toHaveText('6');
  await expect(stat(page, 'dry-run-report', 'Errors')).toHaveText('1');
  await expect(dry.getByRole('row', { name: /legacy-encrypted/ })).toBeVisible();
  await expect(dry.getByRole('button', { name: 'Download rejected rows' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Run import' }).click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  await expect(stat(page, 'import-result', 'Created')).toHaveText('6');

  await page.getByRole('link', { name: 'See the licenses' }).click();
  await expect(page.getByRole('link', { name: k.key(10) })).toBeVisible();
});
