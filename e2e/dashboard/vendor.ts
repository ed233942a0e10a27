// Shared steps of the dashboard browser tests: sign a new vendor up, move through the sidebar, switch environment.
import { expect, type Page } from '@playwright/test';

/** Signs a new vendor up from the sign-in page and waits for the overview. */
export async function signUpVendor(page: Page, unique: string): Promise<void> {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill('Ada Vendor');
  await page.getByLabel('Company or project').fill(`Acme ${unique}`);
  await page.getByLabel('Work email').fill(`ada-${unique}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 30_000 });
}

/** Opens a page from the sidebar (on a phone, the menu must be open first). */
export async function nav(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Dashboard navigation' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

export async function switchEnvironment(page: Page, environment: 'Live' | 'Test'): Promise<void> {
  await page.getByRole('group', { name: 'Environment' }).getByRole('button', { name: environment }).click();
  if (environment === 'Test') await expect(page.getByText('TEST MODE')).toBeVisible();
  else await expect(page.getByText('TEST MODE')).toHaveCount(0);
}
