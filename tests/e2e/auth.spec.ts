// Signing in: a wrong password is refused. (That pages are closed to signed-out
// visitors, /articles, /review, /admin/users and an article's pages each, is
// checked with the other denials in denials.spec.ts.)
import { test, expect } from '@playwright/test';
import { USERS } from './helpers';

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
