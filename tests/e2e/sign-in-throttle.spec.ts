// Password guessing is slowed down: after five failures for one e-mail the
// sign-in form says so instead of pretending the password is merely wrong.
import { test, expect } from '@playwright/test';

test('the sixth failed sign-in for an e-mail is refused as too many attempts', async ({ browser }, testInfo) => {
  // The e2e server has no proxy in front (no TRUST_PROXY): clients cannot be told apart, so only
  // the per-e-mail limit applies (no per-address count one stranger could fill for everyone).
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `guess-${Date.now()}@example.com`;
  await page.goto('/signin');
  const alert = page.locator('[role="alert"]:not(#__next-route-announcer__)');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(`wrong-guess-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText('Wrong email or password.');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  await page.getByLabel('Password', { exact: true }).fill('wrong-guess-6');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toHaveText(/^Too many attempts/);
  await expect(page).toHaveURL(/\/signin/);
  await page.screenshot({ path: testInfo.outputPath('too-many-attempts.png') });
  await context.close();
});
