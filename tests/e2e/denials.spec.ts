// What people may not do, checked in the UI and again over the API: a signed-out
// visitor reaches no page (reviewer's and admin's included), editors neither
// review (not even their own claims) nor manage accounts, and a reviewer never
// judges their own claim. Each refusal in the UI is photographed.
import { test, expect, request as newRequest } from '@playwright/test';
import { USERS, apiClient, claimStatus, createSampleArticle, signedInPage, submittedClaim, snap } from './helpers';

const PHRASE = 'about 40,000 US troops stationed in the region as of August';
const NEW_USER = { email: 'intruder@example.com', name: 'Intruder', role: 'ADMIN', password: 'Orbit-Lantern-Quarry-93' };

test('a signed-out visitor is sent to sign in from every page, the review queue and user admin included', async ({ page, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor2);
  const { articleId, text } = await createSampleArticle(api, `Signed-out denials ${Date.now()}`);
  const claim = await submittedClaim(api, articleId, text, PHRASE);
  await api.dispose();

  const visits = [
    { path: '/articles', name: 'articles', hidden: () => page.getByRole('heading', { name: 'Articles' }) },
    { path: '/review', name: 'review-queue', hidden: () => page.getByRole('heading', { name: 'Review queue' }) },
    { path: `/review?articleId=${articleId}`, name: 'review-queue-filtered', hidden: () => page.getByTestId('review-card') },
    { path: '/admin/users', name: 'admin-users', hidden: () => page.getByRole('heading', { name: 'Users' }) },
    { path: `/articles/${articleId}`, name: 'article', hidden: () => page.getByText(PHRASE) },
    { path: `/articles/${articleId}/revisions`, name: 'article-revisions', hidden: () => page.getByText(PHRASE) },
  ];
  for (const visit of visits) {
    await page.goto(visit.path);
    await expect(page, `${visit.path} sends a visitor to sign in`).toHaveURL(/\/signin(\?.*)?$/);
    await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    // Nothing of the page asked for shows, and no reviewer or admin control.
    await expect(visit.hidden()).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Create account' })).toHaveCount(0);
    await snap(page, testInfo, `signed-out-${visit.name}-to-signin`);
  }

  // The review and the accounts behind those pages stay as they were.
  const admin = await apiClient(baseURL!, USERS.admin);
  expect((await (await admin.get(`/api/claims/${claim.id}`)).json()).claim.status).toBe('IN_REVIEW');
  await admin.dispose();
});

test('an editor sees no review actions and no account management', async ({ browser, baseURL }, testInfo) => {
  const other = await apiClient(baseURL!, USERS.editor2);
  const { articleId, text } = await createSampleArticle(other, `Denials ${Date.now()}`);
  const claim = await submittedClaim(other, articleId, text, PHRASE);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto(`/articles/${articleId}`);
  const card = editor.locator(`[data-testid="claim-card"][data-claim-id="${claim.id}"]`);
  await expect(claimStatus(card)).toHaveText('In review');
  await expect(card.getByTestId('comment-thread')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  // Someone else's claim: no editing and no changing its sources; a source is proposed in its thread instead.
  await expect(card.getByRole('textbox', { name: 'Statement', exact: true })).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await expect(card.getByText(/propose one in the comments/)).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Reply', exact: true })).toBeVisible();
  await snap(editor, testInfo, 'editor-no-review-controls-on-card');

  await editor.getByRole('link', { name: 'Review queue' }).click();
  await expect(editor.getByText('Only reviewers and admins review claims')).toBeVisible();
  await expect(editor.getByTestId('review-card')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  // No count for those who review nothing.
  await expect(editor.getByRole('link', { name: 'Review queue', exact: true })).toBeVisible();
  await snap(editor, testInfo, 'editor-refused-review-queue');

  await expect(editor.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await editor.goto('/admin/users');
  await expect(editor.getByRole('alert').filter({ hasText: 'Only admins manage accounts' })).toBeVisible();
  await expect(editor.getByRole('form', { name: 'Create account' })).toHaveCount(0);
  await expect(editor.getByRole('table')).toHaveCount(0);
  await snap(editor, testInfo, 'editor-refused-users');

  // The claim is untouched.
  expect((await (await other.get(`/api/claims/${claim.id}`)).json()).claim.status).toBe('IN_REVIEW');
  await other.dispose();
  await editor.context().close();
});

test('an editor cannot approve their own claim', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(api, `Own claim ${Date.now()}`);
  const own = await submittedClaim(api, articleId, text, PHRASE);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto(`/articles/${articleId}`);
  const card = editor.locator(`[data-testid="claim-card"][data-claim-id="${own.id}"]`);
  await expect(claimStatus(card)).toHaveText('In review');
  // Their own claim: they may still edit it and talk in its thread, but not judge it.
  await expect(card.getByRole('textbox', { name: 'Statement', exact: true })).toBeEnabled();
  await expect(card.getByRole('textbox', { name: 'Reply', exact: true })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  await snap(editor, testInfo, 'editor-own-claim-no-approve');

  // The queue, even asked for this very article, offers nothing to decide.
  await editor.goto(`/review?articleId=${articleId}`);
  await expect(editor.getByText('Only reviewers and admins review claims')).toBeVisible();
  await expect(editor.getByTestId('review-card')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  await snap(editor, testInfo, 'editor-own-claim-refused-review-queue');

  // Forced from the signed-in browser session, the approval is refused.
  const refused = await editor.request.post(`/api/claims/${own.id}/review`, { data: { decision: 'approve' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatchObject({ code: 'FORBIDDEN', message: 'Only reviewers and admins review claims' });
  await editor.goto(`/articles/${articleId}`);
  await expect(claimStatus(card)).toHaveText('In review');
  expect((await (await api.get(`/api/claims/${own.id}`)).json()).claim.status).toBe('IN_REVIEW');

  await api.dispose();
  await editor.context().close();
});

test('the API refuses editors (403) and visitors without a session (401)', async ({ baseURL }) => {
  const other = await apiClient(baseURL!, USERS.editor2);
  const { articleId, text } = await createSampleArticle(other, `API denials ${Date.now()}`);
  const claim = await submittedClaim(other, articleId, text, PHRASE);
  const editor = await apiClient(baseURL!, USERS.editor);
  const anonymous = await newRequest.newContext({ baseURL });

  const review = { data: { decision: 'approve' } };
  expect((await editor.post(`/api/claims/${claim.id}/review`, review)).status()).toBe(403);
  expect((await editor.post('/api/users', { data: NEW_USER })).status()).toBe(403);
  expect((await editor.get('/api/users')).status()).toBe(403);
  // Evidence is the author's (or an admin's) to change; anyone may propose a source in the thread.
  expect((await editor.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://random.blog.example/troops' } })).status()).toBe(403);
  expect((await editor.post(`/api/claims/${claim.id}/comments`, { data: { body: 'Proposed source: https://www.centcom.mil/' } })).status()).toBe(201);

  for (const response of [
    await anonymous.post(`/api/claims/${claim.id}/review`, review),
    await anonymous.post('/api/users', { data: NEW_USER }),
    await anonymous.get('/api/users'),
    await anonymous.get('/api/review-queue'),
  ]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
  }

  // Nothing of it happened.
  expect((await (await other.get(`/api/claims/${claim.id}`)).json()).claim.status).toBe('IN_REVIEW');
  const admin = await apiClient(baseURL!, USERS.admin);
  const { users } = await (await admin.get('/api/users')).json();
  expect(users.map((u: { email: string }) => u.email)).not.toContain(NEW_USER.email);

  for (const client of [other, editor, anonymous, admin]) await client.dispose();
});

test('a reviewer never reviews their own claim', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(api, `Four eyes ${Date.now()}`);
  const own = await submittedClaim(api, articleId, text, PHRASE);

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  await expect(reviewer.getByText('Nothing waiting for your review.')).toBeVisible();
  await expect(reviewer.locator(`[data-testid="review-card"][data-claim-id="${own.id}"]`)).toHaveCount(0);
  await snap(reviewer, testInfo, 'reviewer-own-claim-not-queued');

  const refused = await api.post(`/api/claims/${own.id}/review`, { data: { decision: 'approve' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('FORBIDDEN');
  expect((await (await api.get(`/api/claims/${own.id}`)).json()).claim.status).toBe('IN_REVIEW');

  await api.dispose();
  await reviewer.context().close();
});
