// Suggested claims: the workbench lists check-worthy sentences on request. An
// accepted one becomes a claim on the sentence; a dismissed one is gone for good.
// Only the strongest are underlined in the text, as strong as the reader chooses.
import { test, expect, type Page } from '@playwright/test';
import { USERS, apiClient, articleText, claimCards, createSampleArticle, signIn, snap } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';

test('an editor accepts one suggestion as a claim and dismisses another', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Suggestions drill ${Date.now()}`);
  await editor.dispose();

  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText(NINE);
  await expect(page.getByTestId('suggestions')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show suggestions' }).click();
  await expect(page.getByRole('button', { name: 'Hide suggestions' })).toBeVisible();
  const list = page.getByTestId('suggestions');
  const items = list.getByTestId('suggestion');
  await expect(items.first()).toBeVisible();

  // The suggestion on the death toll, with a reason naming the count and a score.
  const nine = items.filter({ hasText: NINE });
  await expect(nine).toHaveCount(1);
  await expect(nine.getByTestId('suggestion-reason').filter({ hasText: /count/i }).first()).toBeVisible();
  await expect(nine.getByTestId('suggestion-score')).toHaveText(/^\d{1,3}%$/);
  const sentence = (await nine.locator('button.suggestion-text').textContent())!.trim();
  expect(sentence).toContain(NINE);
  // Clicking the sentence selects exactly those words in the article.
  await nine.locator('button.suggestion-text').click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(sentence);
  // The strongest suggestions on show are also marked in the text, subtly (the death toll among them); none while they are hidden.
  const inText = articleText(page).locator('span.claim-suggestion');
  await expect(inText.filter({ hasText: NINE })).toHaveCount(1);
  const keys = await items.evaluateAll((els) => els.filter((el) => el.getAttribute('data-underlined') === 'true').map((el) => el.getAttribute('data-key')));
  expect(keys.length).toBeLessThan(await items.count());
  expect(new Set(await inText.evaluateAll((els) => els.map((el) => el.getAttribute('data-suggestion'))))).toEqual(new Set(keys));
  await page.screenshot({ path: testInfo.outputPath('suggestions.png'), fullPage: true });
  // Clicking a marked sentence in the text brings its entry forward, ready to accept.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await inText.filter({ hasText: NINE }).first().click();
  await expect(nine.getByRole('button', { name: 'Accept' })).toBeFocused();

  // Accept: a highlight and an active card on the sentence, statement pre-filled; the suggestion leaves the list.
  await nine.getByRole('button', { name: 'Accept' }).click();
  await expect(items.filter({ hasText: NINE })).toHaveCount(0);
  await expect(page.locator('mark.claim-highlight').filter({ hasText: NINE }).first()).toBeVisible();
  await expect(inText.filter({ hasText: NINE })).toHaveCount(0);
  const card = claimCards(page).filter({ hasText: NINE });
  await expect(card).toHaveCount(1);
  await expect(card).toHaveClass(/is-active/);
  await expect(card.getByLabel('Statement')).toHaveValue(sentence);

  // Dismiss another one: it leaves the list and stays gone after a reload.
  const other = items.first();
  const start = await other.getAttribute('data-start');
  expect(start).not.toBeNull();
  const dismissed = list.locator(`[data-testid="suggestion"][data-start="${start}"]`);
  await expect(dismissed).toHaveCount(1);
  await dismissed.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismissed).toHaveCount(0);

  await page.reload();
  await expect(articleText(page)).toContainText(NINE);
  await expect(claimCards(page).filter({ hasText: NINE })).toHaveCount(1);
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  await expect(items.first()).toBeVisible();
  await expect(list.locator(`[data-testid="suggestion"][data-start="${start}"]`)).toHaveCount(0);
  await expect(items.filter({ hasText: NINE })).toHaveCount(0);

  await expect(inText.first()).toBeVisible();

  // Hiding the list removes it, and its marks from the text.
  await page.getByRole('button', { name: 'Hide suggestions' }).click();
  await expect(page.getByTestId('suggestions')).toHaveCount(0);
  await expect(inText).toHaveCount(0);
});

/** The distinct suggested sentences underlined in the article text. */
const underlinedSentences = (page: Page) =>
  articleText(page)
    .locator('span.claim-suggestion')
    .evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-suggestion'))).size);

test('only the strongest suggestions are underlined, as strong as the reader chooses, kept in the browser', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Suggestion underlines ${Date.now()}`);
  await editor.dispose();

  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText(NINE);
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  const items = page.getByTestId('suggestions').getByTestId('suggestion');
  await expect(items.first()).toBeVisible();
  const listed = await items.count();
  expect(listed).toBeGreaterThan(10);

  // By default a handful: the sentences scoring 80% or more; the list still shows every suggestion.
  const threshold = page.getByLabel('Underline in the text those scoring at least');
  const counted = page.getByTestId('underlined-count');
  await expect(threshold).toHaveValue('80');
  await expect.poll(() => underlinedSentences(page)).toBeGreaterThanOrEqual(3);
  const byDefault = await underlinedSentences(page);
  expect(byDefault).toBeLessThanOrEqual(5);
  await expect(counted).toHaveText(`${byDefault} of ${listed} underlined`);
  await expect(items).toHaveCount(listed);
  await expect(page.locator('[data-testid="suggestion"][data-underlined="true"]')).toHaveCount(byDefault);
  await snap(page, testInfo, 'underlines-default');

  // Lower: every suggestion on the list is underlined.
  await threshold.selectOption('40');
  await expect.poll(() => underlinedSentences(page)).toBe(listed);
  await expect(counted).toHaveText(`${listed} of ${listed} underlined`);
  await snap(page, testInfo, 'underlines-40');

  // Higher: fewer than by default; and the choice outlives a reload.
  await threshold.selectOption('90');
  await expect.poll(() => underlinedSentences(page)).toBeLessThan(byDefault);
  const strict = await underlinedSentences(page);
  expect(strict).toBeGreaterThan(0);
  await page.reload();
  await expect(articleText(page)).toContainText(NINE);
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  await expect(items.first()).toBeVisible();
  await expect(threshold).toHaveValue('90');
  await expect.poll(() => underlinedSentences(page)).toBe(strict);
});
