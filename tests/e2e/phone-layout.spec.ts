// The workbench on a 390 x 844 phone: no page scrolls sideways, the workbench
// shows the article first and its claims below it, full width, and the header
// folds its links into a menu opened by a button (keyboard too). axe-core finds
// nothing serious or critical on any of these pages.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, articleText, createClaimOn, createSampleArticle, signIn, snap, submittedClaim } from './helpers';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** The page is no wider than the screen (nothing to scroll sideways), and axe finds nothing serious. */
async function fitsThePhone(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(widths.document, `${name}: the page is ${widths.document} px wide`).toBeLessThanOrEqual(PHONE.width);
  expect(widths.body, `${name}: the body is ${widths.body} px wide`).toBeLessThanOrEqual(PHONE.width);
  await snap(page, testInfo, name);
  expect(await seriousViolations(page), name).toEqual([]);
}

test('a phone walk: sign in, articles, the workbench stacked, the header menu, review queue, revisions, account, admin pages, public pages', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  const title = `Phone walk ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(editor, title);
  const approved = await submittedClaim(editor, articleId, text, 'Nine ISIS members were killed in the attack', 'mostly-true');
  expect((await reviewer.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  await submittedClaim(editor, articleId, text, 'multiple ISIS operatives', 'false');
  await createClaimOn(editor, articleId, text, 'about 40,000 US troops');
  // A second revision, so the revisions page has two to compare.
  const revised = await editor.post(`/api/articles/${articleId}/revisions`, { data: { text: `${text}\n\nUpdated with a correction.`, note: 'correction' } });
  expect(revised.status()).toBe(201);
  const published = await reviewer.post(`/api/articles/${articleId}/publication`);
  expect(published.status()).toBe(200);
  const publicPath = new URL((await published.json()).publication.url).pathname;

  await page.goto('/signin');
  await fitsThePhone(page, testInfo, '01-sign-in');
  await signIn(page, USERS.admin);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await fitsThePhone(page, testInfo, '02-articles');

  // The header: its links are folded away behind the menu button.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const reviewLink = page.getByRole('link', { name: /^Review queue/ });
  await expect(reviewLink).toBeHidden();

  // The workbench: the article first, then the claims, each the full width.
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('claim-card')).toHaveCount(3);
  const article = (await articleText(page).boundingBox())!;
  const panel = (await page.getByRole('complementary', { name: 'Claims' }).boundingBox())!;
  expect(panel.y).toBeGreaterThanOrEqual(article.y + article.height);
  for (const box of [article, panel]) {
    expect(box.width).toBeGreaterThan(PHONE.width * 0.8);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  await fitsThePhone(page, testInfo, '03-workbench-stacked');

  // The menu opens from the keyboard, says so, and closes with Escape.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(reviewLink).toBeVisible();
  await snap(page, testInfo, '04-header-menu-open');
  expect(await seriousViolations(page), 'the open menu').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(reviewLink).toBeHidden();
  await menu.click();
  await reviewLink.click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await fitsThePhone(page, testInfo, '05-review-queue');

  // The revisions page: its two compare selectors side by side on one line.
  await page.goto(`/articles/${articleId}/revisions`);
  const from = page.getByRole('combobox', { name: 'Compare from revision' });
  const to = page.getByRole('combobox', { name: 'Compare to revision' });
  await expect(from).toHaveValue('1');
  await expect(to).toHaveValue('2');
  const [fromBox, toBox] = [(await from.boundingBox())!, (await to.boundingBox())!];
  expect(Math.abs(fromBox.y - toBox.y)).toBeLessThan(4);
  await fitsThePhone(page, testInfo, '06-revisions');

  for (const [path, heading, name] of [
    ['/account', 'Account', '07-account'],
    ['/admin/users', 'Users', '08-admin-users'],
    ['/admin/verdicts', 'Verdict scale', '09-admin-verdicts'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await fitsThePhone(page, testInfo, name);
  }

  // The public pages, signed out.
  await page.context().clearCookies();
  await page.goto('/fact-checks');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await fitsThePhone(page, testInfo, '10-public-index');
  await page.goto(publicPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await fitsThePhone(page, testInfo, '11-public-page');

  await editor.dispose();
  await reviewer.dispose();
});

test('at desktop width the export scope stays on the line of "Add claim"', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Desktop toolbar ${Date.now()}`);
  await signIn(page, USERS.reviewer);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByText('Not published')).toBeVisible();
  const add = (await page.getByRole('button', { name: 'Add claim' }).boundingBox())!;
  const scope = (await page.getByRole('combobox', { name: 'Export scope', exact: true }).boundingBox())!;
  // Same line: the select's box overlaps the button's vertically.
  expect(scope.y).toBeLessThan(add.y + add.height);
  expect(scope.y + scope.height).toBeGreaterThan(add.y);
  await snap(page, testInfo, '12-desktop-toolbar');
  await editor.dispose();
  await context.close();
});
