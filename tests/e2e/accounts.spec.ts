// Accounts as an admin manages them in the UI: opening one (a weak password is
// refused with the server's reasons), the new person signing in, a role change
// and a deactivation, each of which ends their session at their next page load.
import { test, expect } from '@playwright/test';
import { USERS, signIn, signedInPage } from './helpers';

const NAME = 'Nia Checker';
const GOOD_PASSWORD = 'Orbit-Lantern-Quarry-93';

test('an admin opens an account; deactivating it ends the session', async ({ browser }, testInfo) => {
  const admin = await signedInPage(browser, USERS.admin);
  await admin.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/users$/);
  await expect(admin.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();

  // The admin cannot lock themselves out from here.
  const own = admin.getByRole('row').filter({ hasText: USERS.admin });
  await expect(own.getByRole('button', { name: 'Deactivate' })).toBeDisabled();
  await expect(own.getByRole('button', { name: 'Deactivate' })).toHaveAttribute('title', /cannot deactivate your own account/);

  // A weak password is refused with the rule it breaks; a good one opens the account.
  const email = `nia.${Date.now()}@example.com`;
  const form = admin.getByRole('form', { name: 'Create account' });
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
  await form.getByRole('combobox', { name: 'Role', exact: true }).selectOption('EDITOR');
  await form.getByLabel('Password', { exact: true }).fill('short');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.locator('[data-field="password"]')).toContainText(/at least \d+ characters/);
  await expect(admin.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  await admin.screenshot({ path: testInfo.outputPath('weak-password-refused.png'), fullPage: true });

  // After a refusal the form keeps what was typed: only the password changes.
  await form.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText(`Account created for ${NAME}`);
  await expect(form.locator('[data-field="password"]')).toHaveCount(0);
  const row = admin.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Active');
  await expect(row.getByRole('combobox', { name: `Role of ${NAME}` })).toHaveValue('EDITOR');

  // The new editor signs in.
  const newcomer = await signedInPage(browser, email, GOOD_PASSWORD);
  await expect(newcomer.locator('.nav .who')).toHaveText(`${NAME} · editor`);
  await expect(newcomer.getByRole('link', { name: 'Users' })).toHaveCount(0);

  // A role change ends their session: they sign in again, and work as the new role from the start.
  await row.getByRole('combobox', { name: `Role of ${NAME}` }).selectOption('REVIEWER');
  await expect(row.getByRole('status')).toHaveText('Saved');
  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/signin/);
  await signIn(newcomer, email, GOOD_PASSWORD);
  await expect(newcomer.locator('.nav .who')).toHaveText(`${NAME} · reviewer`);

  // Deactivated: the open session stops working at the next page load, and over the API.
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row.getByTestId('user-active')).toHaveText('Deactivated');
  await expect(row.getByRole('button', { name: 'Activate' })).toBeEnabled();
  await admin.screenshot({ path: testInfo.outputPath('users-admin.png'), fullPage: true });
  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/signin/);
  expect((await newcomer.request.get('/api/articles')).status()).toBe(401);

  await admin.context().close();
  await newcomer.context().close();
});
