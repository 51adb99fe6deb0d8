// A draft "True" must not look like an approved one (issue 16): highlights of
// claims not yet approved are hatched, approved ones solid, and a legend says so.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage, snap, submittedClaim } from './helpers';

test('approved highlights are solid, the others hatched, with a legend', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editorApi, `Highlight status ${Date.now()}`);
  const approved = await submittedClaim(editorApi, articleId, text, 'about 40,000 US troops stationed in the region as of August', 'true');
  expect((await reviewerApi.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const draft = await createClaimOn(editorApi, articleId, text, 'Nine ISIS members were killed in the attack');
  const current = (await (await editorApi.get(`/api/claims/${draft.id}`)).json()).claim;
  expect((await editorApi.patch(`/api/claims/${draft.id}`, { data: { version: current.version, verdict: 'true' } })).status()).toBe(200);

  const page = await signedInPage(browser, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  const markOf = (id: string) => page.locator(`mark.claim-highlight[data-claim-id="${id}"]`).first();
  await expect(markOf(approved.id)).toHaveAttribute('data-approved', 'true');
  await expect(markOf(draft.id)).toHaveAttribute('data-approved', 'false');
  // Same verdict, same colour; only the approved one is solid.
  const background = (id: string) => markOf(id).evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(await background(approved.id)).toBe('none');
  expect(await background(draft.id)).toContain('repeating-linear-gradient');
  const legend = page.getByTestId('highlight-legend');
  await expect(legend).toContainText('approved');
  await expect(legend).toContainText('not approved yet');
  await expect(legend).toContainText('True');
  await snap(page, testInfo, 'highlight-status');
});
