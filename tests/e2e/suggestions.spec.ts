// Suggested claims: the workbench lists check-worthy sentences on request. An
// accepted one becomes a claim on the sentence; a dismissed one is gone for good.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, articleText, claimCards, createSampleArticle, signIn } from './helpers';

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
  // Each suggestion on show is also marked in the text, subtly; none while they are hidden.
  const inText = articleText(page).locator('span.claim-suggestion');
  await expect(inText.filter({ hasText: NINE })).toHaveCount(1);
  const keys = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
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
