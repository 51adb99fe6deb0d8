// Four eyes as a newsroom meets it (issue 11, part 1): an admin who corrected
// an editor's claim is told why he cannot approve it; a second reviewer
// approves; the author's later edit goes back to review while the card says
// which version stays published; a colleague cannot touch the evidence but
// proposes a source in the thread; the published export shows what was approved.
// Then each piece on its own: who sees the source form, the published-version
// note, and the review card's refusal.
import { expect, test } from '@playwright/test';
import { PHRASE, claimCardOf, editorWithClaim, fieldsOf, reviewCardOf } from './claim-cards';
import { apiClient, claimStatus, createSampleArticle, signedInPage, snap, submittedClaim, USERS } from './helpers';

const SOURCE = { url: 'https://example.org/joc-statement', title: 'JOC statement' };
const REVIEWER_NAME = 'Riley Reviewer';

test('nobody approves their own work, and the published version is the approved one', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Four eyes ${Date.now()}`);
  const submitted = await submittedClaim(editorApi, articleId, text, PHRASE, 'false', 'Approved rationale: the JOC statement says nine.');

  // The admin corrects the editor's claim while it waits for review.
  const adminApi = await apiClient(baseURL!, USERS.admin);
  const edited = await adminApi.patch(`/api/claims/${submitted.id}`, { data: { version: submitted.version, statement: 'Nine ISIS members died in the raid' } });
  expect(edited.status()).toBe(200);

  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto('/review');
  const adminCard = admin.locator(`[data-testid="review-card"][data-claim-id="${submitted.id}"]`);
  await expect(adminCard.getByTestId('review-refused')).toContainText('You changed this claim since it was last approved');
  await expect(adminCard.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await expect(adminCard.getByRole('button', { name: 'Request changes' })).toBeDisabled();
  await snap(admin, testInfo, '01-admin-cannot-approve-his-own-edit');
  // The server says the same if the page is bypassed.
  expect((await adminApi.post(`/api/claims/${submitted.id}/review`, { data: { decision: 'approve' } })).status()).toBe(403);

  // A reviewer who changed nothing approves it.
  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto('/review');
  const reviewerCard = reviewer.locator(`[data-testid="review-card"][data-claim-id="${submitted.id}"]`);
  await expect(reviewerCard.getByTestId('review-refused')).toHaveCount(0);
  await reviewerCard.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewerCard).toHaveCount(0);
  await snap(reviewer, testInfo, '02-second-reviewer-approved');

  // The author edits the approved claim: back in review, the approved version stays published.
  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto(`/articles/${articleId}`);
  const card = editor.locator(`[data-testid="claim-card"][data-claim-id="${submitted.id}"]`);
  await expect(claimStatus(card)).toHaveText('Approved');
  await expect(card.getByTestId('published-version')).toContainText(`by ${REVIEWER_NAME}`);
  await card.getByRole('textbox', { name: 'Statement', exact: true }).fill('Sixty ISIS members were killed');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(claimStatus(card)).toHaveText('In review');
  await expect(card.getByTestId('published-version')).toContainText(`Published version: approved`);
  await expect(card.getByTestId('published-version')).toContainText(`by ${REVIEWER_NAME}; current edits are in review`);
  await snap(editor, testInfo, '03-author-edit-back-in-review-published-version-kept');

  // A colleague cannot change the evidence, and is pointed to the thread instead.
  const colleague = await signedInPage(browser, USERS.editor2);
  await colleague.goto(`/articles/${articleId}`);
  const colleagueCard = colleague.locator(`[data-testid="claim-card"][data-claim-id="${submitted.id}"]`);
  await expect(colleagueCard.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await expect(colleagueCard.getByRole('button', { name: /^Remove source/ })).toHaveCount(0);
  await expect(colleagueCard.getByText(/propose one in the comments/)).toBeVisible();
  await colleagueCard.getByRole('textbox', { name: 'Reply', exact: true }).fill('Proposed source: https://www.centcom.mil/MEDIA/STATEMENTS/');
  await colleagueCard.getByRole('button', { name: 'Post reply' }).click();
  await expect(colleagueCard.getByTestId('comment-thread')).toContainText('Proposed source: https://www.centcom.mil/MEDIA/STATEMENTS/');
  await snap(colleague, testInfo, '04-colleague-proposes-a-source-in-the-thread');

  // Published outputs show the approved version, not the edit in review.
  const published = await (await editorApi.get(`/api/articles/${articleId}/export?format=json&scope=published`)).json();
  const claim = published.claims.find((c: { id: string }) => c.id === submitted.id);
  expect(claim).toMatchObject({ statement: 'Nine ISIS members died in the raid', status: 'APPROVED', approval: { reviewerName: REVIEWER_NAME } });
  const html = await (await editorApi.get(`/api/articles/${articleId}/export?format=html&scope=published`)).text();
  expect(html).toContain('Nine ISIS members died in the raid');
  expect(html).not.toContain('Sixty ISIS members');

  for (const page of [admin, reviewer, editor, colleague]) await page.context().close();
  for (const client of [editorApi, adminApi]) await client.dispose();
});

test('(h) only the author or an admin changes sources; others are pointed to the comments', async ({ browser, baseURL }, testInfo) => {
  const { api, articleId, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Sources h');
  expect((await api.post(`/api/claims/${claim.id}/sources`, { data: SOURCE })).status()).toBe(201);
  await page.reload();
  // The author: the form and the Remove button.
  await expect(card.getByRole('form', { name: 'Add a source' })).toBeVisible();
  await expect(card.getByRole('button', { name: `Remove source ${SOURCE.title}` })).toBeVisible();

  // Another editor: neither, and a note saying where to propose one.
  const colleague = await signedInPage(browser, USERS.editor2);
  await colleague.goto(`/articles/${articleId}`);
  const theirs = claimCardOf(colleague, claim.id);
  await expect(theirs.getByRole('link', { name: SOURCE.title })).toBeVisible();
  await expect(theirs.getByRole('form', { name: 'Add a source' })).toHaveCount(0);
  await expect(theirs.getByRole('button', { name: `Remove source ${SOURCE.title}` })).toHaveCount(0);
  await expect(theirs).toContainText('Only the author or an admin can change sources — propose one in the comments below.');
  await snap(colleague, testInfo, '01-colleague-no-source-form');

  // An admin: both.
  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto(`/articles/${articleId}`);
  const adminCard = claimCardOf(admin, claim.id);
  await expect(adminCard.getByRole('form', { name: 'Add a source' })).toBeVisible();
  await expect(adminCard.getByRole('button', { name: `Remove source ${SOURCE.title}` })).toBeVisible();
  await api.dispose();
  for (const p of [page, colleague, admin]) await p.context().close();
});

test('(i) an approved claim names its published version; after an edit, that the edits are in review', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(api, `Published i ${Date.now()}`);
  const claim = await submittedClaim(api, articleId, text, PHRASE);
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const page = await signedInPage(browser, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  const card = claimCardOf(page, claim.id);
  const published = card.getByTestId('published-version');
  const day = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  await expect(published).toHaveText(`Published: approved ${day} by Riley Reviewer`);
  await snap(page, testInfo, '01-published');

  const f = fieldsOf(card);
  await f.verdict.selectOption({ label: 'Mostly true' });
  await f.save.click();
  await expect(f.saveState).toHaveText('Saved');
  await expect(card.getByTestId('claim-status')).toHaveText('In review');
  await expect(published).toHaveText(`Published version: approved ${day} by Riley Reviewer; current edits are in review`);
  await snap(page, testInfo, '02-edits-in-review');
  await api.dispose();
  await reviewerApi.dispose();
  await page.context().close();
});

test('(j) a reviewer who changed the claim since its last approval may not review it, and is told why', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const adminApi = await apiClient(baseURL!, USERS.admin);
  const { articleId, text } = await createSampleArticle(api, `Refused j ${Date.now()}`);
  const claim = await submittedClaim(api, articleId, text, PHRASE);
  // The admin adds a source while the claim waits: now a contributor.
  expect((await adminApi.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://example.org/admin', title: 'Admin source' } })).status()).toBe(201);

  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto(`/review?articleId=${articleId}`);
  const card = reviewCardOf(admin, claim.id);
  await expect(card.getByTestId('review-refused')).toContainText('You changed this claim since it was last approved');
  await expect(card.getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Request changes', exact: true })).toBeDisabled();
  await snap(admin, testInfo, '01-refused');

  // Another reviewer may.
  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  const theirs = reviewCardOf(reviewer, claim.id);
  await expect(theirs.getByRole('button', { name: 'Approve', exact: true })).toBeEnabled();
  await expect(theirs.getByTestId('review-refused')).toHaveCount(0);
  await api.dispose();
  await adminApi.dispose();
  await admin.context().close();
  await reviewer.context().close();
});
