// Customer portal in Chromium against the production server: key sign-in, two machines, deactivation with a
// confirmation step that frees the seat (checked over the REST API with the license key), node-locked licenses
// without transfer, the generic sign-in error and the sign-in rate limit.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { canSeed, seedPortalLicense } from './setup.ts';

const GENERIC_ERROR = "We couldn't sign you in with that key";

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto('/portal');
  await page.getByLabel('License key', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test.describe('customer portal', () => {
  test('a wrong key shows the generic error and stays in the field to be corrected', async ({ page }) => {
    const key = `SKP-${randomBytes(8).toString('hex').toUpperCase()}`;
    await signIn(page, key);
    await expect(page.locator('#key-error')).toContainText(GENERIC_ERROR);
    const field = page.getByLabel('License key', { exact: true });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(key);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'test-results/polish/14-portal-wrong-key-phone.png', fullPage: true });
  });

  test('sign in, see two machines, deactivate one: the seat is free for a new computer', async ({
    page,
    request,
  }) => {
    test.skip(!canSeed, 'needs DATABASE_URL (PostgreSQL) to create fixtures next to the server');
    const fixture = await seedPortalLicense({ allowMachineTransfer: true });
    await signIn(page, fixture.key);
    await expect(page.getByRole('heading', { level: 1, name: fixture.vendorName })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Sketch Pad/ })).toBeVisible();
    await expect(page.getByTestId('machine')).toHaveCount(2);

    await page.getByRole('link', { name: /^Deactivate Work laptop/ }).click();
    await expect(page.getByRole('heading', { name: 'Deactivate Work laptop?' })).toBeVisible();
    await page.getByRole('button', { name: 'Yes, deactivate Work laptop' }).click();

    await expect(page.getByRole('status')).toContainText('The machine was deactivated');
    await expect(page.getByTestId('machine')).toHaveCount(1);
    await expect(page.getByTestId('machine')).toContainText('Home desktop');

    const auth = { Authorization: `License ${fixture.key}` };
    const license = await request.get(`/api/v1/licenses/${fixture.licenseId}`, { headers: auth });
    expect(license.status()).toBe(200);
    expect((await license.json()) as { data: { machineCount: number; maxMachines: number } }).toMatchObject({
      data: { machineCount: 1, maxMachines: 2 },
    });
    const activation = await request.post('/api/v1/machines', {
      headers: auth,
      data: { fingerprint: `e2e-new-computer-${randomBytes(4).toString('hex')}`, name: 'New laptop' },
    });
    expect(activation.status()).toBe(201);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('License key', { exact: true })).toBeVisible();
  });

  test('a node-locked license without transfer explains why and shows the support contact', async ({
    page,
  }) => {
    test.skip(!canSeed, 'needs DATABASE_URL (PostgreSQL) to create fixtures next to the server');
    const fixture = await seedPortalLicense({ allowMachineTransfer: false });
    await signIn(page, fixture.key);
    await expect(page.getByTestId('machine')).toHaveCount(2);
    const explanation = page.getByTestId('deactivation-explanation');
    await expect(explanation).toContainText('locked to the computers it was activated on');
    await expect(explanation.getByRole('link', { name: fixture.supportEmail })).toHaveAttribute(
      'href',
      `mailto:${fixture.supportEmail}`,
    );
    await expect(page.getByRole('link', { name: /Deactivate/ })).toHaveCount(0);
  });

  test('repeated failures are rate limited', async ({ page }) => {
    const key = `SKP-${randomBytes(8).toString('hex').toUpperCase()}`;
    let limited = false;
    for (let attempt = 0; attempt < 12 && !limited; attempt++) {
      await signIn(page, key);
      const alert = page.locator('#key-error');
      await expect(alert).toBeVisible();
      limited = (await alert.textContent())?.includes('Too many attempts') ?? false;
      if (!limited) await expect(alert).toContainText(GENERIC_ERROR);
    }
    expect(limited).toBe(true);
  });
});
