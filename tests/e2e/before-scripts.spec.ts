// A page is on screen before its scripts have run (the server's HTML), and on
// a busy machine or a slow connection that lasts. A button that works only
// through a script looked ready then, and a click on it was lost: Sign out
// pressed as the desk appeared did nothing (the fresh-clone CI run at ca117bf
// failed that way in sessions-passwords.spec.ts). Here the scripts are held
// back on purpose, so the moment lasts as long as the test needs.
import { test, expect, type Page } from '@playwright/test';
import { E2E_PASSWORD, USERS, signIn } from './helpers';

/** Holds every script chunk of the app until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('before the scripts run, Sign out is disabled; once they have, it signs out', async ({ page }, testInfo) => {
  await signIn(page, USERS.editor);
  const release = await holdScripts(page);
  await page.goto('/desk', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Desk', exact: true })).toBeVisible();
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await expect(signOut).toBeVisible();
  // Before: enabled, and a click on it did nothing at all.
  await expect(signOut).toBeDisabled();

  release();
  await expect(signOut).toBeEnabled();
  await signOut.click();
  await page.waitForURL(/\/signin/);
  await page.screenshot({ path: testInfo.outputPath('01-signed-out.png') });
  await page.goto('/articles');
  await expect(page).toHaveURL(/\/signin/);
});

test('on a phone, the header Menu is disabled until the scripts run, then opens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, USERS.reviewer);
  const release = await holdScripts(page);
  await page.goto('/articles', { waitUntil: 'commit' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(menu).toBeDisabled();

  release();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'Review queue' })).toBeVisible();
});

test('a password typed and sent before the scripts run never goes into the address; Sign in then works', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/signin', { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: 'Sign in' });
  await expect(button).toBeVisible();
  await expect(button).toBeDisabled();
  await page.getByLabel('Email', { exact: true }).fill(USERS.editor);
  await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
  // Enter in a field submits a form through its default button. Before, the
  // browser did so itself: GET /signin?email=…&password=… .
  await page.getByLabel('Password', { exact: true }).press('Enter');

  release();
  await expect(button).toBeEnabled();
  expect(page.url()).not.toContain('password');
  expect(page.url()).not.toContain(encodeURIComponent(E2E_PASSWORD));
  await button.click();
  await expect(page).toHaveURL(/\/desk$/);
});
