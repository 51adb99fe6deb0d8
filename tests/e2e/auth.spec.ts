// Signing in: pages are closed to visitors, and a wrong password is refused.
import { test, expect } from '@playwright/test';
import { USERS } from './helpers';

test('signed-out visitors are sent to the sign-in page', async ({ page }) => {
  for (const path of ['/articles', '/review']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin/);
  }
  await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password shows an error and stays on the sign-in page', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(USERS.editor);
  await page.getByLabel('Password', { exact: true }).fill('definitely-not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Next's route announcer is also role=alert; it says page titles, not errors.
  const error = page
    .locator('[role="alert"]:not(#__next-route-announcer__)')
    .filter({ hasText: /\S/ })
    .or(page.getByText(/invalid|incorrect|wrong|not recogni[sz]ed|did not match|failed/i));
  await expect(error.first()).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  // Still signed out: the articles stay closed.
  await page.goto('/articles');
  await expect(page).toHaveURL(/\/signin/);
});
