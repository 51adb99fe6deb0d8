// Signing out keeps the user on the address they came by. The server's
// NEXTAUTH_URL names localhost (scripts/e2e-server.js, as `npm start` does);
// a user who opened the workbench as 127.0.0.1 was sent to localhost, where
// they have no cookies and the page they had was another origin's.
import { test, expect } from '@playwright/test';
import { USERS, signIn } from './helpers';

const PORT = Number(process.env.E2E_PORT || 3100);
const HOST = `127.0.0.1:${PORT}`;

test.use({ baseURL: `http://${HOST}` });

test('a user on 127.0.0.1 signs out and lands on 127.0.0.1', async ({ page }) => {
  await signIn(page, USERS.editor);
  expect(new URL(page.url()).host).toBe(HOST);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/signin/);
  expect(new URL(page.url()).host).toBe(HOST);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // Signed out here too, not only on the other host.
  await page.goto('/articles');
  await expect(page).toHaveURL(new RegExp(`^http://${HOST.replace(/\./g, '\\.')}/signin`));
});
