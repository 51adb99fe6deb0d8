// Sessions and passwords (issue 11) as people meet them: changing one's own
// password on the account page, an admin's reset with a one-time password that
// must be replaced before anything else, signing out for real (the old cookie
// is dead), and a sign-in link that tries to send the user elsewhere.
// Throwaway accounts made through the admin API: the demo accounts keep the
// seed password the other specs sign in with.
import { test, expect, request, type Browser, type Page } from '@playwright/test';
import { E2E_PASSWORD, USERS, apiClient, signIn, signOut } from './helpers';

const FIRST_PASSWORD = 'Orbit-Lantern-Quarry-93';

async function throwawayAccount(baseURL: string, name: string): Promise<{ id: string; email: string }> {
  const admin = await apiClient(baseURL, USERS.admin);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.com`;
  const res = await admin.post('/api/users', { data: { email, name, role: 'EDITOR', password: FIRST_PASSWORD } });
  expect(res.status()).toBe(201);
  const { user } = await res.json();
  await admin.dispose();
  return { id: user.id, email };
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const alert = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)').filter({ hasText: /\S/ });

test('a user changes their password on the account page; the new one signs in, the old one no longer does', async ({ browser, baseURL }, testInfo) => {
  const { email } = await throwawayAccount(baseURL!, 'Omar Changer');
  const page = await freshPage(browser);
  await signIn(page, email, FIRST_PASSWORD);
  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  const form = page.getByRole('form', { name: 'Change password' });

  // A wrong current password is refused at its field.
  await form.getByLabel('Current password', { exact: true }).fill('not my password at all');
  await form.getByLabel('New password', { exact: true }).fill('Velvet-Harbor-Kettle-41');
  await form.getByLabel('New password again', { exact: true }).fill('Velvet-Harbor-Kettle-41');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.locator('[data-field="currentPassword"]')).toContainText('is not your current password');
  await page.screenshot({ path: testInfo.outputPath('01-wrong-current-password.png'), fullPage: true });

  await form.getByLabel('Current password', { exact: true }).fill(FIRST_PASSWORD);
  await form.getByLabel('New password', { exact: true }).fill('Velvet-Harbor-Kettle-41');
  await form.getByLabel('New password again', { exact: true }).fill('Velvet-Harbor-Kettle-41');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toContainText('Password changed');
  await page.screenshot({ path: testInfo.outputPath('02-password-changed.png'), fullPage: true });
  // This session goes on.
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await signOut(page);

  // The old password is refused...
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert(page)).toHaveText('Wrong email or password.');
  await page.screenshot({ path: testInfo.outputPath('03-old-password-refused.png'), fullPage: true });
  // ...and the new one signs in.
  await signIn(page, email, 'Velvet-Harbor-Kettle-41');
  await page.context().close();
});

test('an admin resets a password: a one-time password, shown once, that must be replaced before anything else', async ({ browser, baseURL }, testInfo) => {
  const { email } = await throwawayAccount(baseURL!, 'Rhea Reset');
  const admin = await freshPage(browser);
  await signIn(admin, USERS.admin);
  await admin.goto('/admin/users');
  const row = admin.getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: 'Reset password' }).click();
  await row.getByRole('button', { name: 'Reset now' }).click();
  const shown = row.locator('output');
  await expect(shown).toHaveText(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expect(row).toContainText('shown only this once');
  await expect(row).toContainText('must choose a new password');
  await admin.screenshot({ path: testInfo.outputPath('01-one-time-password.png'), fullPage: true });
  const oneTime = (await shown.textContent())!.trim();
  // Shown once: gone when the admin is done, and not there after a reload.
  await row.getByRole('button', { name: 'Done' }).click();
  await expect(row.locator('output')).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByRole('row').filter({ hasText: email })).not.toContainText(oneTime);

  // The user signs in with it and lands on the change-password page, whatever they ask for.
  const user = await freshPage(browser);
  await user.goto('/signin?callbackUrl=%2Freview');
  await user.getByLabel('Email', { exact: true }).fill(email);
  await user.getByLabel('Password', { exact: true }).fill(oneTime);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user).toHaveURL(/\/change-password$/);
  await expect(user.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await user.screenshot({ path: testInfo.outputPath('02-must-change.png'), fullPage: true });
  for (const path of ['/articles', '/review', '/account']) {
    await user.goto(path);
    await expect(user).toHaveURL(/\/change-password$/);
  }
  const api = await user.request.get('/api/articles');
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe('PASSWORD_CHANGE_REQUIRED');

  const form = user.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password', { exact: true }).fill(oneTime);
  await form.getByLabel('New password', { exact: true }).fill('Meadow-Copper-Lantern-58');
  await form.getByLabel('New password again', { exact: true }).fill('Meadow-Copper-Lantern-58');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(user).toHaveURL(/\/desk$/);
  await expect(user.getByRole('heading', { name: 'Desk', exact: true })).toBeVisible();
  expect((await user.request.get('/api/articles')).status()).toBe(200);
  await user.screenshot({ path: testInfo.outputPath('03-after-change.png'), fullPage: true });
  await admin.context().close();
  await user.context().close();
});

test('signing out ends the session on the server: the old cookie gets 401', async ({ browser, baseURL }, testInfo) => {
  const page = await freshPage(browser);
  await signIn(page, USERS.reviewer);
  const cookies = await page.context().cookies();
  const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  expect(header).toMatch(/next-auth\.session-token=/);
  await signOut(page);
  await page.screenshot({ path: testInfo.outputPath('01-signed-out.png'), fullPage: true });

  // A copy of the cookie kept from before (another tab, a stolen one) no longer works.
  const replay = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: header } });
  const res = await replay.get('/api/articles');
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  expect(await (await replay.get('/api/auth/session')).json()).toEqual({});
  await replay.dispose();
  await page.context().close();
});

test('a sign-in link pointing elsewhere lands on the desk', async ({ browser, baseURL }, testInfo) => {
  // As an attacker would write them in a link: "/\evil.example" and "/<tab>/evil.example".
  for (const [n, query] of ['callbackUrl=/%5Cevil.example', 'callbackUrl=/%09/evil.example', 'callbackUrl=//evil.example'].entries()) {
    const page = await freshPage(browser);
    await page.goto(`/signin?${query}`);
    await page.getByLabel('Email', { exact: true }).fill(USERS.editor);
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole('heading', { name: 'Desk', exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`0${n + 1}-landed-on-desk.png`), fullPage: true });
    await page.context().close();
  }
});
