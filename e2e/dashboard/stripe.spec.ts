// Connecting Stripe in Chromium against the production server: a new vendor with a product and a policy pastes
// the signing secret, sends the test event (a real HTTP round trip to the receiving URL), maps a price to the
// policy; a signed checkout.session.completed then shows in the Stripe event log with the license it created,
// and a replay acts no second time.
import Stripe from 'stripe';
import { expect, test, type Page } from '@playwright/test';

const unique = Date.now().toString(36);

async function nav(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: 'Dashboard navigation' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test('a vendor connects Stripe, maps a price, and a checkout creates the license', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Stripe Vendor');
  await page.getByLabel('Company or project').fill(`Shop ${unique}`);
  await page.getByLabel('Work email').fill(`stripe-${unique}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 30_000 });

  await nav(page, 'Products');
  await page.getByRole('button', { name: '+ New product' }).first().click();
  const productDialog = page.getByRole('dialog', { name: 'New product' });
  await productDialog.getByLabel('Name', { exact: true }).fill('Shop App');
  await productDialog.getByLabel('Code').fill('shop-app');
  await productDialog.getByLabel('Key prefix').fill('SHOP');
  await productDialog.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('cell', { name: 'shop-app' })).toBeVisible();
  await nav(page, 'Policies');
  await page.getByRole('button', { name: '+ New policy' }).first().click();
  const policyDialog = page.getByRole('dialog', { name: 'New policy' });
  await policyDialog.getByRole('button', { name: /Desktop app/ }).click();
  await policyDialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('cell', { name: /Desktop app/ }).first()).toBeVisible();

  // connect (the dashboard starts in live mode; this is the live connection)
  await nav(page, 'Stripe');
  await expect(page.getByText('Not connected')).toBeVisible();
  const url = (await page.getByTestId('stripe-webhook-url').textContent()) ?? '';
  expect(url).toMatch(/\/api\/integrations\/stripe\/[0-9a-f-]{36}\/(live|test)$/);
  const secret = `whsec_${Buffer.from(unique.padEnd(24, 'x')).toString('base64')}`;
  await page.getByLabel('Signing secret').fill(secret);
  await page.getByRole('button', { name: 'Connect Stripe' }).click();
  await expect(page.getByText('Connected', { exact: true })).toBeVisible();
  await expect(page.getByLabel('New signing secret')).toHaveValue('');

  await page.getByRole('button', { name: 'Send a test event' }).click();
  await expect(page.getByTestId('stripe-test-result')).toContainText('Delivery: ✓');
  await expect(page.getByText('Test event: the signature verified')).toBeVisible();

  // map a price
  const price = `price_e2e${unique}`;
  await page.getByLabel('Stripe price id').fill(price);
  await page.getByLabel('Policy').selectOption({ label: 'Desktop app' });
  await page.getByRole('button', { name: 'Map price' }).click();
  await expect(page.getByRole('cell', { name: price })).toBeVisible();

  // Stripe delivers a completed checkout naming the price in its metadata
  const livemode = url.endsWith('/live');
  const session: Partial<Omit<Stripe.Checkout.Session, 'customer_details'>> & {
    customer_details: Partial<Stripe.Checkout.Session.CustomerDetails>;
  } = {
    id: `cs_e2e${unique}`,
    object: 'checkout.session',
    mode: 'payment',
    payment_status: 'paid',
    metadata: { price_id: price },
    customer_details: { email: `buyer-${unique}@example.com`, name: 'E2E Buyer' },
  };
  const payload = JSON.stringify({
    id: `evt_e2e${unique}`,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    livemode,
    data: { object: session },
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    body: payload,
  });
  expect(response.status).toBe(200);
  await page.reload();
  await expect(page.getByText(/Created license .* on policy “Desktop app”/)).toBeVisible();
  const eventRow = page.getByRole('row', { name: /checkout\.session\.completed/ });
  await eventRow.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByText(/Replayed: Already provisioned/)).toBeVisible();

  await eventRow.getByRole('link', { name: 'Open the license' }).click();
  await expect(page).toHaveURL(/\/dashboard\/licenses\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`buyer-${unique}@example.com`).first()).toBeVisible();
});
