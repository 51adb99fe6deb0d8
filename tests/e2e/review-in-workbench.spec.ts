// Review, done where the work is (issue 16): a reviewer approves one claim and
// sends another back from the workbench's claim cards (one comment box, the
// thread read-only above it; a decision that meets a newer version offers
// "Reload theirs"); the review queue's card of a claim sent back, fixed and
// resubmitted shows each source's quote and accessed date, one comment box,
// what changed since changes were requested, and a link that opens the claim
// in its article; a reviewer of their own claim is told why they may not decide.
import { test, expect } from '@playwright/test';
import { claimCardOf, reviewCardOf } from './claim-cards';
import { USERS, apiClient, claimStatus, createSampleArticle, signedInPage, snap, submittedClaim, withoutLiveUpdates } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const TROOPS = 'about 40,000 US troops stationed in the region as of August';
const SOURCE = { url: 'https://example.org/pentagon-august', title: 'Pentagon August figures', quote: 'about 40,000 troops in the region', accessedAt: '2024-10-30' };
const REQUEST = 'Name who counted the troops, and cite the Pentagon.';

test('a reviewer approves and sends back from the workbench card: one comment box, Reload theirs on a conflict', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Review where the work is ${Date.now()}`);
  const nine = await submittedClaim(editorApi, articleId, text, NINE, 'false', 'The JOC statement gives nine dead.');
  const troops = await submittedClaim(editorApi, articleId, text, TROOPS, 'true', 'Pentagon figures for August.');
  const sourced = await editorApi.post(`/api/claims/${troops.id}/sources`, { data: SOURCE });
  expect(sourced.status()).toBe(201);
  // An approved claim goes back to review when its sources change; a draft or one in review stays where it is.
  expect((await sourced.json()).claim.status).toBe('IN_REVIEW');

  // --- The reviewer, in the workbench ------------------------------------------------
  const reviewer = await signedInPage(browser, USERS.reviewer);
  // The page keeps the copy it loaded (no live updates), so the approval below meets a newer version.
  await withoutLiveUpdates(reviewer);
  await reviewer.goto(`/articles/${articleId}`);
  const nineCard = claimCardOf(reviewer, nine.id);
  await expect(claimStatus(nineCard)).toHaveText('In review');
  const decision = nineCard.getByRole('region', { name: 'Decision' });
  await expect(decision).toBeVisible();
  await expect(decision.getByTestId('review-refused')).toHaveCount(0);
  // One comment box on the card: the decision's; the thread above it has no Reply.
  await expect(nineCard.getByRole('textbox', { name: 'Reply', exact: true })).toHaveCount(0);
  await expect(nineCard.getByRole('textbox', { name: 'Comment', exact: true })).toHaveCount(1);

  // The author adds a source meanwhile: the approval meets a newer version, the comment is kept, "Reload theirs".
  expect((await editorApi.post(`/api/claims/${nine.id}/sources`, { data: { url: 'https://example.org/pentagon', title: 'Pentagon briefing' } })).status()).toBe(201);
  await decision.getByRole('textbox', { name: 'Comment', exact: true }).fill('Checked against the JOC statement.');
  await decision.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(decision.getByRole('alert')).toContainText('Someone else changed this claim');
  await snap(reviewer, testInfo, '01-workbench-approve-conflict');
  await decision.getByRole('button', { name: 'Reload theirs', exact: true }).click();
  await expect(nineCard.getByRole('link', { name: 'Pentagon briefing' })).toBeVisible();
  await expect(decision.getByRole('textbox', { name: 'Comment', exact: true })).toHaveValue('Checked against the JOC statement.');
  await decision.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(claimStatus(nineCard)).toHaveText('Approved');
  await expect(nineCard.getByRole('region', { name: 'Decision' })).toHaveCount(0);
  await expect(nineCard.getByTestId('comment').filter({ hasText: 'Checked against the JOC statement.' }).locator('.badge')).toHaveText('Approved');
  await snap(reviewer, testInfo, '02-workbench-approved');

  // Sending back needs a comment, as in the queue.
  const troopsCard = claimCardOf(reviewer, troops.id);
  const troopsDecision = troopsCard.getByRole('region', { name: 'Decision' });
  await troopsDecision.getByRole('button', { name: 'Request changes', exact: true }).click();
  await expect(troopsDecision.getByRole('alert')).toContainText('comment: say what needs to change');
  await expect(claimStatus(troopsCard)).toHaveText('In review');
  await troopsDecision.getByRole('textbox', { name: 'Comment', exact: true }).fill(REQUEST);
  await troopsDecision.getByRole('button', { name: 'Request changes', exact: true }).click();
  await expect(claimStatus(troopsCard)).toHaveText('Changes requested');
  await expect(troopsCard.getByTestId('comment').filter({ hasText: REQUEST }).locator('.badge')).toHaveText('Changes requested');
  await snap(reviewer, testInfo, '03-workbench-sent-back');
  const stored = (await (await editorApi.get(`/api/claims/${nine.id}`)).json()).claim;
  expect(stored).toMatchObject({ status: 'APPROVED', lastApproval: { approvedBy: { name: 'Riley Reviewer' } } });
  expect((await (await editorApi.get(`/api/claims/${troops.id}`)).json()).claim.status).toBe('CHANGES_REQUESTED');

  await editorApi.dispose();
  await reviewer.context().close();
});

test('the review card shows each source’s quote and date, one comment box, the changes since they were asked for, and the way to the article', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Review card ${Date.now()}`);
  const troops = await submittedClaim(editorApi, articleId, text, TROOPS, 'true', 'Pentagon figures for August.');
  expect((await editorApi.post(`/api/claims/${troops.id}/sources`, { data: SOURCE })).status()).toBe(201);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  expect((await reviewerApi.post(`/api/claims/${troops.id}/review`, { data: { decision: 'request_changes', comment: REQUEST } })).status()).toBe(200);
  await reviewerApi.dispose();
  // The author fixes the rationale and resubmits.
  let current = (await (await editorApi.get(`/api/claims/${troops.id}`)).json()).claim;
  expect((await editorApi.patch(`/api/claims/${troops.id}`, { data: { version: current.version, rationale: 'The Pentagon counted them in August.' } })).status()).toBe(200);
  current = (await (await editorApi.get(`/api/claims/${troops.id}`)).json()).claim;
  expect((await editorApi.post(`/api/claims/${troops.id}/submit`, { data: { version: current.version } })).status()).toBe(200);

  const reviewer = await signedInPage(browser, USERS.reviewer);
  // --- The review queue's card -------------------------------------------------------------
  await reviewer.goto(`/review?articleId=${articleId}`);
  const card = reviewCardOf(reviewer, troops.id);
  await expect(card).toBeVisible();
  // Each source with its quoted passage and the day it was accessed.
  await expect(card.getByRole('link', { name: SOURCE.title })).toHaveAttribute('href', SOURCE.url);
  await expect(card.locator('ol.sources')).toContainText(`accessed ${SOURCE.accessedAt}`);
  await expect(card.locator('ol.sources blockquote')).toHaveText(SOURCE.quote);
  // One comment box: the decision's; the thread is read-only.
  await expect(card.getByRole('textbox')).toHaveCount(1);
  await expect(card.getByRole('textbox', { name: 'Comment', exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Post reply' })).toHaveCount(0);
  await expect(card.getByTestId('comment').filter({ hasText: REQUEST })).toBeVisible();
  // What changed since the request: the rationale, rewritten (so the old and the new one whole).
  const changes = card.getByTestId('since-changes-requested');
  await expect(changes).toContainText('Riley Reviewer asked');
  await expect(changes).toContainText(REQUEST);
  await expect(changes.locator('[data-field]')).toHaveCount(1);
  await expect(changes.locator('[data-field="rationale"] del')).toHaveText('Pentagon figures for August.');
  await expect(changes.locator('[data-field="rationale"] ins')).toHaveText('The Pentagon counted them in August.');
  await snap(reviewer, testInfo, '01-review-card');

  // A comment without a decision goes to the thread; the claim stays in review.
  await card.getByRole('textbox', { name: 'Comment', exact: true }).fill('Which Pentagon release?');
  await card.getByRole('button', { name: 'Comment without deciding', exact: true }).click();
  await expect(card.getByTestId('comment').filter({ hasText: 'Which Pentagon release?' })).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Comment', exact: true })).toHaveValue('');

  // The way to the claim in its article.
  await card.getByRole('link', { name: 'Open in the article' }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${troops.id}$`));
  await expect(claimCardOf(reviewer, troops.id)).toHaveClass(/is-active/);
  await snap(reviewer, testInfo, '02-opened-in-article');

  await editorApi.dispose();
  await reviewer.context().close();
});

test('the author, a reviewer of their own claim, sees why they may not decide', async ({ browser, baseURL }, testInfo) => {
  const adminApi = await apiClient(baseURL!, USERS.admin);
  const { articleId, text } = await createSampleArticle(adminApi, `Own claim in review ${Date.now()}`);
  const own = await submittedClaim(adminApi, articleId, text, NINE);
  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto(`/articles/${articleId}`);
  const decision = claimCardOf(admin, own.id).getByRole('region', { name: 'Decision' });
  await expect(decision.getByTestId('review-refused')).toHaveText('Nobody reviews a claim they wrote.');
  await expect(decision.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(decision.getByRole('button', { name: 'Request changes', exact: true })).toBeDisabled();
  await snap(admin, testInfo, 'own-claim-refused');
  await adminApi.dispose();
  await admin.context().close();
});
