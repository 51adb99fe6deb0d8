// An article is revised after publication: the claims follow the text. The
// approved claim whose number changed goes back to review, the claim on a
// deleted sentence is kept apart and can be re-attached, the rest stay put.
import { test, expect } from '@playwright/test';
import { generateArticle, renderArticle } from '../bench/article-generator';
import { USERS, apiClient, articleText, createClaimOn, sampleArticleText, selectPhrase, signIn, signOut } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const FIFTEEN = 'Fifteen ISIS members were killed in the attack';
const TROOPS = 'about 40,000 US troops stationed in the region as of August';
const MI5 = 'Earlier this month, the head of Britain’s internal security agency MI5 said ISIS, along with al-Qaeda, represented a “resurgent” threat.';
const REATTACH_TO = 'MI5 director general Ken McCallum said in a speech in London';

test('revising the article re-anchors every claim and sends changed ones back to review', async ({ page, baseURL }, testInfo) => {
  const original = sampleArticleText();
  const editor = await apiClient(baseURL!, USERS.editor);
  const created = await editor.post('/api/articles', { data: { title: `Revision drill ${Date.now()}`, text: original, outlet: 'CNN' } });
  expect(created.status()).toBe(201);
  const articleId = (await created.json()).article.id as string;

  // Claim A gets approved; B stays a draft; C sits on a sentence the revision deletes.
  const a = await createClaimOn(editor, articleId, original, NINE);
  await createClaimOn(editor, articleId, original, TROOPS);
  const c = await createClaimOn(editor, articleId, original, MI5);
  expect((await editor.post(`/api/claims/${a.id}/sources`, { data: { url: 'https://example.org/joc-statement', title: 'JOC statement' } })).status()).toBe(201);
  const current = (await (await editor.get(`/api/claims/${a.id}`)).json()).claim;
  expect((await editor.patch(`/api/claims/${a.id}`, { data: { version: current.version, verdict: 'true' } })).status()).toBe(200);
  expect((await editor.post(`/api/claims/${a.id}/submit`)).status()).toBe(200);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  expect((await reviewer.post(`/api/claims/${a.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);

  // The editor revises the text in the UI: a number changes, a sentence goes.
  const revised = original.replace(NINE, FIFTEEN).replace(`${MI5}\n`, '');
  expect(revised).not.toContain(MI5);
  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}/revisions`);
  await page.getByRole('button', { name: 'Edit the text' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(revised);
  await page.getByRole('textbox', { name: 'Note' }).fill('Outlet corrected the death toll');
  await page.getByRole('button', { name: 'Save new revision' }).click();
  const result = page.getByTestId('reanchor-result');
  await expect(result).toContainText('Saved as revision 2');
  await expect(result.locator('li[data-anchor-status="CHANGED"]')).toContainText(NINE);
  await expect(result.locator('li[data-anchor-status="ORPHANED"]')).toContainText('Earlier this month');

  // The diff shows the changed number.
  const diff = page.getByTestId('revision-diff');
  await expect(diff.locator('del').filter({ hasText: 'Nine' })).toHaveCount(1);
  await expect(diff.locator('ins').filter({ hasText: 'Fifteen' })).toHaveCount(1);
  await expect(page.getByTestId('diff-simplified')).toHaveCount(0);

  // In the workbench: A points at the new words and is back in review, B is where it was, C is listed apart.
  await page.getByRole('link', { name: 'Back to the workbench' }).first().click();
  await expect(articleText(page)).toContainText(FIFTEEN);
  await expect(page.locator(`mark.claim-highlight[data-claim-id="${a.id}"]`)).toHaveText(FIFTEEN);
  const cardA = page.locator(`[data-testid="claim-card"][data-claim-id="${a.id}"]`);
  await expect(cardA.getByTestId('claim-status')).toHaveText('In review');
  await expect(cardA).toContainText('words changed');
  await expect(cardA.getByTestId('anchor-change')).toContainText(`Before: “${NINE}”`);
  await expect(cardA.getByTestId('anchor-change')).toContainText('9 -> 15');
  await expect(page.locator('mark.claim-highlight').filter({ hasText: TROOPS })).toHaveCount(1);
  const orphaned = page.getByTestId('orphaned-claims');
  await expect(orphaned.locator(`[data-claim-id="${c.id}"]`)).toContainText('Earlier this month');
  await page.screenshot({ path: testInfo.outputPath('workbench-after-revision.png'), fullPage: true });

  // C is re-attached to other words by selecting them.
  await selectPhrase(page, REATTACH_TO);
  await orphaned.locator(`[data-claim-id="${c.id}"]`).getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(page.locator(`mark.claim-highlight[data-claim-id="${c.id}"]`)).toHaveText(REATTACH_TO);
  await expect(page.getByTestId('orphaned-claims')).toHaveCount(0);

  // The reviewer finds the changed claim in the queue, with its new words.
  await signOut(page);
  await signIn(page, USERS.reviewer);
  await page.getByRole('link', { name: 'Review queue' }).click();
  const reviewCard = page.locator(`[data-testid="review-card"][data-claim-id="${a.id}"]`);
  await expect(reviewCard).toContainText(FIFTEEN);
  await expect(reviewCard.getByTestId('anchor-change')).toContainText(`Before: “${NINE}”`);

  await editor.dispose();
  await reviewer.dispose();
});

test('a rewrite too different to compare word by word is shown simplified, with a note', async ({ page, baseURL }) => {
  // Two unrelated 47 KB texts: the diff is bounded work and says it was simplified (issue 12).
  const first = renderArticle(generateArticle(1, 47_000));
  const second = renderArticle(generateArticle(2, 47_000));
  const editor = await apiClient(baseURL!, USERS.editor);
  const created = await editor.post('/api/articles', { data: { title: `Rewrite ${Date.now()}`, text: first } });
  expect(created.status()).toBe(201);
  const articleId = (await created.json()).article.id as string;
  expect((await editor.post(`/api/articles/${articleId}/revisions`, { data: { text: second } })).status()).toBe(201);

  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}/revisions`);
  await expect(page.getByTestId('diff-simplified')).toContainText('Simplified');
  await expect(page.getByTestId('revision-diff').locator('ins')).toContainText(second.slice(0, 60));
  await editor.dispose();
});
