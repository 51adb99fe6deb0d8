// Nested and overlapping claims each stay reachable by mouse and keyboard.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, createClaimOn, sampleArticleText, signIn } from './helpers';

const OUTER = 'Nine ISIS members were killed in the attack';
const INNER = 'ISIS members';
const OVERLAP = 'killed in the attack, including';

test('nested and overlapping highlights are each clickable, and Alt+Arrow walks the claims', async ({ page, baseURL }) => {
  const text = sampleArticleText();
  const editor = await apiClient(baseURL!, USERS.editor2);
  const created = await editor.post('/api/articles', { data: { title: `Overlap drill ${Date.now()}`, text } });
  const articleId = (await created.json()).article.id as string;
  const outer = await createClaimOn(editor, articleId, text, OUTER);
  const start = text.indexOf(OUTER) + OUTER.indexOf(INNER);
  const innerResponse = await editor.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact: INNER, start, end: start + INNER.length } } });
  const inner = (await innerResponse.json()).claim as { id: string };
  const overlap = await createClaimOn(editor, articleId, text, OVERLAP);

  await signIn(page, USERS.editor2);
  await page.goto(`/articles/${articleId}`);
  const cardOf = (id: string) => page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);

  // The inner words open the inner claim; words only the outer claim covers open it.
  await page.locator(`mark[data-claim-id="${inner.id}"]`).click();
  await expect(cardOf(inner.id)).toHaveClass(/is-active/);
  await page.locator(`mark[data-claim-id="${outer.id}"]`).first().click();
  await expect(cardOf(outer.id)).toHaveClass(/is-active/);
  // Where two claims overlap, the shorter one gets the click; the rest of each stays its own.
  await page.locator(`mark[data-claim-id="${overlap.id}"]`).last().click();
  await expect(cardOf(overlap.id)).toHaveClass(/is-active/);
  await expect(page.locator(`mark[data-claim-ids~="${outer.id}"][data-claim-ids~="${overlap.id}"]`).first()).toBeVisible();

  // Keyboard: Alt+↓ moves in reading order (outer, inner, overlap), Alt+Enter opens the card.
  await page.locator('h1').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cardOf(outer.id)).toHaveClass(/is-active/);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cardOf(inner.id)).toHaveClass(/is-active/);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cardOf(overlap.id)).toHaveClass(/is-active/);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cardOf(inner.id)).toHaveClass(/is-active/);
  await page.keyboard.press('Alt+Enter');
  await expect(cardOf(inner.id).getByRole('textbox', { name: 'Statement', exact: true })).toBeFocused();
  await editor.dispose();
});
