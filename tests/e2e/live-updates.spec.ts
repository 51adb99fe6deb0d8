// Live updates (issue 16), two people on one article in two browsers: what
// the second does appears on the first's page within a few seconds without a
// reload, and what the first is typing stays as typed; each sees the other
// is there.
import { test, expect, type Request } from '@playwright/test';
import { claimCardOf, fieldsOf } from './claim-cards';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage, snap, submittedClaim } from './helpers';

test('a teammate’s new claim and edit appear without a reload, and what I am typing stays', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Live raid check ${Date.now()}`);
  const mine = await createClaimOn(editorApi, articleId, text, 'Nine ISIS members were killed in the attack');

  const page = await signedInPage(browser, USERS.editor);
  await page.goto(`/articles/${articleId}?claim=${mine.id}`);
  const card = claimCardOf(page, mine.id);
  const fields = fieldsOf(card);
  await fields.statement.fill('Nine ISIS members died in the raid');
  await expect(fields.unsaved).toBeVisible();

  // The teammate opens the article too: each sees the other.
  const teammate = await signedInPage(browser, USERS.editor2);
  await teammate.goto(`/articles/${articleId}`);
  await expect(page.getByTestId('present-users')).toContainText('Eddie Editor', { timeout: 5_000 });
  await expect(teammate.getByTestId('present-users')).toContainText('Erin Editor', { timeout: 5_000 });

  // A claim the teammate adds appears; the author's own rationale change by the teammate is not possible (not theirs),
  // so the author's own second tab (the API) edits the rationale: the card takes it and keeps the typed statement.
  const teammateApi = await apiClient(baseURL!, USERS.editor2);
  const theirs = await createClaimOn(teammateApi, articleId, text, 'about 40,000 US troops stationed in the region as of August');
  await expect(claimCardOf(page, theirs.id)).toBeVisible({ timeout: 3_000 });
  const current = (await (await editorApi.get(`/api/claims/${mine.id}`)).json()).claim;
  expect((await editorApi.patch(`/api/claims/${mine.id}`, { data: { version: current.version, rationale: 'The JOC statement says nine.' } })).status()).toBe(200);
  await expect(fields.rationale).toHaveValue('The JOC statement says nine.', { timeout: 3_000 });
  await expect(fields.statement).toHaveValue('Nine ISIS members died in the raid');
  await expect(fields.unsaved).toBeVisible();
  await snap(page, testInfo, '1-live-claim-and-edit');

  // Deleted elsewhere: gone here too.
  expect((await teammateApi.delete(`/api/claims/${theirs.id}`)).status()).toBe(204);
  await expect(claimCardOf(page, theirs.id)).toHaveCount(0, { timeout: 3_000 });
  // Saving now sends my statement on top of the rationale I did not touch.
  await fields.save.click();
  await expect(fields.unsaved).toHaveCount(0);
  const saved = (await (await editorApi.get(`/api/claims/${mine.id}`)).json()).claim;
  expect(saved).toMatchObject({ statement: 'Nine ISIS members died in the raid', rationale: 'The JOC statement says nine.' });
});

test('the review queue shows a claim submitted meanwhile, and drops one another reviewer decided, without a reload', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Live queue ${Date.now()}`);
  const first = await submittedClaim(editorApi, articleId, text, 'Nine ISIS members were killed in the attack', 'false');

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  const cardOf = (id: string) => reviewer.locator(`[data-testid="review-card"][data-claim-id="${id}"]`);
  await expect(cardOf(first.id)).toBeVisible();
  await cardOf(first.id).getByRole('textbox', { name: 'Comment', exact: true }).fill('Typed while the queue moves');

  const second = await submittedClaim(editorApi, articleId, text, 'about 40,000 US troops stationed in the region as of August', 'true');
  await expect(cardOf(second.id)).toBeVisible({ timeout: 5_000 });
  const adminApi = await apiClient(baseURL!, USERS.admin);
  expect((await adminApi.post(`/api/claims/${second.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  await expect(cardOf(second.id)).toHaveCount(0, { timeout: 5_000 });
  await expect(cardOf(first.id).getByRole('textbox', { name: 'Comment', exact: true })).toHaveValue('Typed while the queue moves');
  await snap(reviewer, testInfo, '2-live-queue');
});

test('a page opens one stream of the desk’s changes, however many of its parts follow them', async ({ browser }) => {
  // The review queue, the desk page and the header's inbox badge all follow /api/events; a browser
  // has six HTTP/1.1 connections to a host in all, and each open stream holds one.
  const reviewer = await signedInPage(browser, USERS.reviewer);
  for (const path of ['/review', '/desk']) {
    const streams: string[] = [];
    const count = (request: Request) => {
      if (new URL(request.url()).pathname === '/api/events') streams.push(request.url());
    };
    reviewer.on('request', count);
    await reviewer.goto(path);
    await expect.poll(() => streams.length).toBeGreaterThan(0);
    // Long enough for every part of the page to have started listening.
    await reviewer.waitForTimeout(1_500);
    expect(streams, path).toHaveLength(1);
    reviewer.off('request', count);
  }
  await reviewer.context().close();
});
