// The desk (issue 16): each person finds what waits for them in one place:
// a claim sent back, work assigned, their drafts; a reviewer sees the queue's
// size and its oldest claim; every article's progress; charts of the approved
// verdicts and of review turnaround, with the same figures in tables.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage, snap, submittedClaim } from './helpers';

test('the desk shows what waits for each person, every article’s progress, and the charts', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const title = `Desk raid check ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(editorApi, title);
  const sentBack = await submittedClaim(editorApi, articleId, text, 'Nine ISIS members were killed in the attack', 'false');
  expect((await reviewerApi.post(`/api/claims/${sentBack.id}/review`, { data: { decision: 'request_changes', comment: 'Which statement?' } })).status()).toBe(200);
  const approved = await submittedClaim(editorApi, articleId, text, 'about 40,000 US troops stationed in the region as of August', 'true');
  expect((await reviewerApi.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const waiting = await submittedClaim(editorApi, articleId, text, 'wounded two U.S. service members in Iraq', 'true');
  const draft = await createClaimOn(editorApi, articleId, text, 'the attack took place in the Hamrin Mountains in northern Iraq');

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto('/');
  await expect(editor).toHaveURL(/\/desk$/);
  await expect(editor.getByTestId('sent-back')).toContainText('Nine ISIS members were killed in the attack');
  await expect(editor.getByTestId('drafts')).toContainText('the attack took place in the Hamrin Mountains');
  await expect(editor.getByTestId('review-summary')).toHaveCount(0);
  const row = editor.getByTestId('article-progress').getByRole('row', { name: title });
  await expect(row).toContainText('1/4');
  await expect(editor.getByTestId('verdict-chart').locator('svg')).toBeVisible();
  await expect(editor.getByTestId('turnaround-chart').locator('svg')).toBeVisible();
  const serious = (await new AxeBuilder({ page: editor }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
  await snap(editor, testInfo, '1-editor-desk');
  await editor.getByTestId('sent-back').getByRole('link').first().click();
  await expect(editor).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${sentBack.id}`));

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto('/desk');
  await expect(reviewer.getByTestId('review-summary')).toContainText('in the queue');
  await expect(reviewer.getByTestId('oldest-in-review')).toBeVisible();
  await snap(reviewer, testInfo, '2-reviewer-desk');
  expect(waiting.id).toBeTruthy();
  expect(draft.id).toBeTruthy();
});

test('the desk follows changes made elsewhere without a reload', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const title = `Live desk ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(editorApi, title);
  const claim = await submittedClaim(editorApi, articleId, text, 'Nine ISIS members were killed in the attack', 'false');

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto('/desk');
  const row = editor.getByTestId('article-progress').getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('0/1');
  // This article's lines only: earlier specs leave claims with the same words on the desk.
  const sentBack = editor.getByTestId('sent-back').getByRole('listitem').filter({ hasText: title });
  const drafts = editor.getByTestId('drafts').getByRole('listitem').filter({ hasText: title });
  await expect(sentBack).toHaveCount(0);
  await expect(drafts).toHaveCount(0);
  // A reviewer sends the claim back; the editor adds a draft from elsewhere (another tab, the API).
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'request_changes', comment: 'Which statement?' } })).status()).toBe(200);
  await expect(sentBack).toContainText('Nine ISIS members were killed in the attack');
  await createClaimOn(editorApi, articleId, text, 'the attack took place in the Hamrin Mountains');
  await expect(drafts).toContainText('the attack took place in the Hamrin Mountains');
  await expect(row).toContainText('0/2');
  await snap(editor, testInfo, '3-desk-followed-changes');
  await editorApi.dispose();
  await reviewerApi.dispose();
  await editor.context().close();
});
