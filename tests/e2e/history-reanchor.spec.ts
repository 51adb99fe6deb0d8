// A revision changes the number an approved claim rests on: the claim's history
// says so in words, and the reviewer sees the quote change since the approval.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, createSampleArticle, signedInPage, submittedClaim } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const FIFTEEN = 'Fifteen ISIS members were killed in the attack';

test('a re-anchoring is told in the history and shown as a change since approval', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editorApi, `Re-anchor history ${Date.now()}`);
  const claim = await submittedClaim(editorApi, articleId, text, NINE);
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const revised = await editorApi.post(`/api/articles/${articleId}/revisions`, { data: { text: text.replace(NINE, FIFTEEN), note: 'Death toll corrected' } });
  expect(revised.status()).toBe(201);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto(`/articles/${articleId}`);
  const card = editor.locator(`[data-testid="claim-card"][data-claim-id="${claim.id}"]`);
  await expect(card.getByTestId('claim-status')).toHaveText('In review');
  await card.getByRole('button', { name: 'History', exact: true }).click();
  const last = card.getByTestId('claim-history').locator('li').last();
  await expect(last).toContainText('Re-anchored in revision 2: number changed: 9 -> 15 (revision saved by Erin Editor) — now In review');
  const quote = last.getByRole('group', { name: 'quote change' });
  await expect(quote.locator('del')).toHaveText('Nine');
  await expect(quote.locator('ins')).toHaveText('Fifteen');
  await card.getByTestId('claim-history').screenshot({ path: testInfo.outputPath('history-reanchored.png') });

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  const changes = reviewer.locator(`[data-testid="review-card"][data-claim-id="${claim.id}"]`).getByTestId('since-approval');
  await expect(changes.locator('[data-field="quote"]')).toContainText('Quoted words');
  await expect(changes.locator('[data-field="quote"] del')).toHaveText('Nine');
  await expect(changes.locator('[data-field="quote"] ins')).toHaveText('Fifteen');
  await expect(changes.locator('[data-field]')).toHaveCount(1);

  for (const client of [editorApi, reviewerApi]) await client.dispose();
  await editor.context().close();
  await reviewer.context().close();
});
