// Issue 11, "Nothing a person types is lost": what an editor typed on a claim
// card and has not saved survives adding or removing a source, a teammate's
// save, a 409, a failed save and an attempt to leave the page; the card says it
// is unsaved until it is saved; a reviewer whose approval hit a newer version
// reloads the claim in place, keeping their comment.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { PHRASE, claimCardOf, editorWithClaim, fieldsOf, reviewCardOf } from './claim-cards';
import { USERS, apiClient, createSampleArticle, signedInPage, snap, submittedClaim, withoutLiveUpdates } from './helpers';

const STATEMENT = 'Nine ISIS members died in the joint raid.';
const RATIONALE = 'The Iraqi Joint Operations Command statement gives nine dead.';
const SOURCE = { url: 'https://example.org/joc-statement', title: 'JOC statement' };

async function addSourceInCard(card: Locator, source: { url: string; title: string }) {
  await card.getByLabel('Source URL', { exact: true }).fill(source.url);
  await card.getByLabel('Source title', { exact: true }).fill(source.title);
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.getByRole('link', { name: source.title })).toBeVisible();
}

/** Tries to leave the page by `leave` and expects to be asked about unsaved changes; answers "stay". */
async function askedAndStayed(page: Page, leave: () => Promise<unknown>): Promise<void> {
  let message = '';
  page.once('dialog', (dialog) => {
    message = `${dialog.type()}: ${dialog.message()}`;
    void dialog.dismiss();
  });
  await leave();
  await expect.poll(() => message).toMatch(/^confirm: .*unsaved/i);
}

test('(a) typed fields survive "Add source"; the card says unsaved until saved; saved values survive a reload', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved a');
  const f = fieldsOf(card);

  await f.statement.fill(STATEMENT);
  await f.verdict.selectOption({ label: 'Mostly true' });
  await f.rationale.fill(RATIONALE);
  await expect(f.unsaved).toBeVisible();
  await snap(page, testInfo, '01-typed');

  await addSourceInCard(card, SOURCE);
  // The source is listed, and nothing typed was reset.
  await expect(f.statement).toHaveValue(STATEMENT);
  await expect(f.verdict).toHaveValue('mostly-true');
  await expect(f.rationale).toHaveValue(RATIONALE);
  await expect(f.unsaved).toHaveText(/Unsaved changes/);
  await expect(f.saveState).not.toHaveText('Saved');
  await expect(f.save).toBeEnabled();
  await snap(page, testInfo, '02-source-added-edits-kept');

  await f.save.click();
  await expect(f.saveState).toHaveText('Saved');
  await expect(f.unsaved).toHaveCount(0);
  await snap(page, testInfo, '03-saved');

  await page.reload();
  const reloaded = fieldsOf(claimCardOf(page, claim.id));
  await expect(reloaded.statement).toHaveValue(STATEMENT);
  await expect(reloaded.verdict).toHaveValue('mostly-true');
  await expect(reloaded.rationale).toHaveValue(RATIONALE);
  await expect(claimCardOf(page, claim.id).getByRole('link', { name: SOURCE.title })).toBeVisible();
  await snap(page, testInfo, '04-reloaded');
  await api.dispose();
  await page.context().close();
});

test('(b) removing a source keeps the edits', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved b');
  expect((await api.post(`/api/claims/${claim.id}/sources`, { data: SOURCE })).status()).toBe(201);
  await page.reload();
  const f = fieldsOf(card);
  await expect(card.getByRole('link', { name: SOURCE.title })).toBeVisible();

  await f.rationale.fill(RATIONALE);
  await f.verdict.selectOption({ label: 'True' });
  await snap(page, testInfo, '01-typed');
  await card.getByRole('button', { name: `Remove source ${SOURCE.title}` }).click();
  await expect(card.getByText('No sources yet.')).toBeVisible();
  await expect(f.rationale).toHaveValue(RATIONALE);
  await expect(f.verdict).toHaveValue('true');
  await expect(f.unsaved).toBeVisible();
  await expect(f.saveState).not.toHaveText('Saved');
  await snap(page, testInfo, '02-source-removed-edits-kept');
  await api.dispose();
  await page.context().close();
});

test("(c) a teammate's save arrives: my edits stay, a field only they changed shows theirs, a field we both changed is shown side by side", async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved c');
  const f = fieldsOf(card);
  // The teammate: an admin, who may edit any claim, in their own browser.
  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto(page.url());
  const theirCard = fieldsOf(claimCardOf(admin, claim.id));

  await f.statement.fill(STATEMENT);
  await f.verdict.selectOption({ label: 'Mostly true' });
  await theirCard.rationale.fill('Admin: the JOC figure is confirmed.');
  await theirCard.save.click();
  await expect(theirCard.saveState).toHaveText('Saved');
  await snap(page, testInfo, '01-mine-typed-theirs-saved');

  // The new copy comes in (live, or with my next action: adding a source fetches the claim).
  await addSourceInCard(card, SOURCE);
  await expect(f.statement).toHaveValue(STATEMENT);
  await expect(f.verdict).toHaveValue('mostly-true');
  await expect(f.rationale).toHaveValue('Admin: the JOC figure is confirmed.');
  await expect(f.unsaved).toBeVisible();
  await expect(card.getByTestId('stale-conflict')).toHaveCount(0);
  await snap(page, testInfo, '02-their-field-taken-mine-kept');

  // They change the statement I am editing too (on a fresh copy: mine moved
  // on when I added the source): their save reaches my page by itself (live
  // updates); mine stays, and I am shown both.
  await admin.reload();
  await expect(theirCard.rationale).toHaveValue('Admin: the JOC figure is confirmed.');
  await theirCard.statement.fill('Admin: nine militants were killed.');
  await theirCard.save.click();
  await expect(theirCard.saveState).toHaveText('Saved');
  const conflict = card.getByTestId('stale-conflict');
  await expect(conflict).toBeVisible({ timeout: 5_000 });
  await expect(f.statement).toHaveValue(STATEMENT);
  // Each side is shown against the statement both started from: theirs rewrote most words, so
  // it is the old and the new statement whole; mine changed a few, so it is a word diff.
  const [theirSide, mySide] = [conflict.locator('[data-field="statement"] dd').nth(0), conflict.locator('[data-field="statement"] dd').nth(1)];
  await expect(theirSide).toContainText('Theirs:');
  await expect(theirSide.locator('ins')).toHaveText('Admin: nine militants were killed.');
  await expect(theirSide.locator('del')).toHaveText(PHRASE);
  await expect(mySide).toContainText('Yours:');
  await expect(mySide.locator('ins')).toContainText(['died', 'joint raid.']);
  await snap(page, testInfo, '03-both-changed-statement-shown');

  // Keep mine: my statement and verdict go on top; their rationale stays.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(f.saveState).toHaveText('Saved');
  await expect(f.unsaved).toHaveCount(0);
  const saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved).toMatchObject({ statement: STATEMENT, verdict: { key: 'mostly-true' }, rationale: 'Admin: the JOC figure is confirmed.' });
  expect(saved.sources).toHaveLength(1);
  await snap(page, testInfo, '04-kept-mine');
  await api.dispose();
  await page.context().close();
  await admin.context().close();
});

test('(d) a 409 on Save offers "Keep mine" (saved on top of theirs) and "Reload theirs" (mine discarded)', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved d');
  // The page keeps the copy it loaded (no live updates): its save meets the admin's newer version, a 409.
  await withoutLiveUpdates(page);
  await page.reload();
  // The page reads the claim after it loads: only once the card shows is its copy the old one.
  await expect(card.getByTestId('claim-status').first()).toHaveText('Draft');
  const admin = await apiClient(baseURL!, USERS.admin);
  const adminEdit = async (data: Record<string, unknown>) => {
    const current = (await (await admin.get(`/api/claims/${claim.id}`)).json()).claim;
    expect((await admin.patch(`/api/claims/${claim.id}`, { data: { version: current.version, ...data } })).status()).toBe(200);
  };
  const f = fieldsOf(card);
  const conflict = card.getByTestId('stale-conflict');

  await adminEdit({ rationale: 'Theirs: the JOC statement says nine.' });
  await f.verdict.selectOption({ label: 'Mostly true' });
  await f.save.click();
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await expect(conflict.getByRole('button', { name: 'Reload theirs' })).toBeVisible();
  await expect(f.unsaved).toBeVisible();
  await expect(f.verdict).toHaveValue('mostly-true');
  await snap(page, testInfo, '01-conflict');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(f.saveState).toHaveText('Saved');
  await expect(f.rationale).toHaveValue('Theirs: the JOC statement says nine.');
  let saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved).toMatchObject({ verdict: { key: 'mostly-true' }, rationale: 'Theirs: the JOC statement says nine.' });
  await snap(page, testInfo, '02-kept-mine');

  await adminEdit({ statement: 'Theirs: nine IS fighters died.' });
  await f.statement.fill('Mine: nine militants were killed.');
  await f.save.click();
  await expect(conflict.locator('[data-field="statement"]')).toContainText('Theirs:');
  await snap(page, testInfo, '03-second-conflict');
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(f.statement).toHaveValue('Theirs: nine IS fighters died.');
  await expect(f.unsaved).toHaveCount(0);
  saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved.statement).toBe('Theirs: nine IS fighters died.');
  await snap(page, testInfo, '04-reloaded-theirs');
  await api.dispose();
  await admin.dispose();
  await page.context().close();
});

test('(e) a failed save keeps the text and offers Retry', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved e');
  const f = fieldsOf(card);
  const retry = card.getByRole('button', { name: 'Retry', exact: true });
  const claimUrl = new RegExp(`/api/claims/${claim.id}$`);

  await f.rationale.fill(RATIONALE);
  await page.route(claimUrl, (route) => (route.request().method() === 'PATCH' ? route.abort() : route.continue()));
  await f.save.click();
  await expect(f.saveState).toContainText('Failed: The server could not be reached');
  await expect(f.rationale).toHaveValue(RATIONALE);
  await expect(f.unsaved).toBeVisible();
  await expect(retry).toBeVisible();
  await snap(page, testInfo, '01-network-error');
  await page.unroute(claimUrl);

  // The server is busy: still kept, still Retry.
  await page.route(claimUrl, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '1' }, body: JSON.stringify({ error: { code: 'BUSY', message: 'The database is busy; try again' } }) })
      : route.continue(),
  );
  await retry.click();
  await expect(f.saveState).toContainText('Failed: The database is busy');
  await expect(f.rationale).toHaveValue(RATIONALE);
  await snap(page, testInfo, '02-busy');
  await page.unroute(claimUrl);

  await retry.click();
  await expect(f.saveState).toHaveText('Saved');
  await expect(f.unsaved).toHaveCount(0);
  await expect(retry).toHaveCount(0);
  const saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved.rationale).toBe(RATIONALE);
  await snap(page, testInfo, '03-retried');
  await api.dispose();
  await page.context().close();
});

test('(f) leaving with unsaved edits asks first: reload, an in-app link, history back', async ({ browser, baseURL }, testInfo) => {
  const { api, articleId, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved f');
  const f = fieldsOf(card);
  // Reach the workbench through an in-app link, so history has a page to go back to.
  await page.goto('/articles');
  await page.locator(`a[href="/articles/${articleId}"]`).first().click();
  await expect(f.statement).toBeVisible();

  // A click counts as the user gesture Chromium needs before it asks on unload.
  await f.rationale.click();
  await f.rationale.fill(RATIONALE);
  await expect(f.unsaved).toBeVisible();

  // Reload: the browser's own "Leave site?" dialog; staying keeps everything.
  const beforeUnload = page.waitForEvent('dialog');
  const reloading = page.reload({ timeout: 5_000 }).catch(() => null);
  const asked = await beforeUnload;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await reloading;
  await expect(f.rationale).toHaveValue(RATIONALE);
  await snap(page, testInfo, '01-stayed-after-reload-asked');

  // An in-app link ("Articles" in the nav): confirm; dismissing stays.
  const nav = page.locator('nav').getByRole('link', { name: 'Articles', exact: true });
  await askedAndStayed(page, () => nav.click());
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(f.rationale).toHaveValue(RATIONALE);
  await snap(page, testInfo, '02-stayed-after-link-asked');

  // History back: asked too; dismissing stays on the workbench with the edits.
  await askedAndStayed(page, () => page.evaluate(() => history.back()));
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(f.rationale).toHaveValue(RATIONALE);
  await snap(page, testInfo, '03-stayed-after-back-asked');

  // Accepting leaves.
  page.once('dialog', (dialog) => void dialog.accept());
  await nav.click();
  await expect(page).toHaveURL(/\/articles\/?$/);
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await snap(page, testInfo, '04-left');
  const stored = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(stored.rationale).toBe('');
  await api.dispose();
  await page.context().close();
});

test('(g) a reviewer whose approval met a newer version reloads the claim in place, comment kept, and decides again', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(api, `Unsaved g ${Date.now()}`);
  const claim = await submittedClaim(api, articleId, text, PHRASE);
  const reviewer = await signedInPage(browser, USERS.reviewer);
  // The queue keeps the copy it loaded (no live updates), so the approval below meets a newer version.
  await withoutLiveUpdates(reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  const card = reviewCardOf(reviewer, claim.id);
  const comment = card.getByRole('textbox', { name: 'Comment', exact: true });
  await comment.fill('Checked against the JOC statement.');

  // The author adds a second source while the reviewer reads.
  expect((await api.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://example.org/pentagon', title: 'Pentagon briefing' } })).status()).toBe(201);
  await card.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(card.getByRole('alert')).toContainText('Someone else changed this claim');
  const reload = card.getByRole('button', { name: 'Reload theirs', exact: true });
  await expect(reload).toBeVisible();
  await snap(reviewer, testInfo, '01-approve-conflict');

  await reload.click();
  await expect(card.getByRole('link', { name: 'Pentagon briefing' })).toBeVisible();
  await expect(comment).toHaveValue('Checked against the JOC statement.');
  await expect(reload).toHaveCount(0);
  await snap(reviewer, testInfo, '02-reloaded');

  await card.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(card).toHaveCount(0);
  await expect(reviewer.getByRole('status').filter({ hasText: `Approved: “${PHRASE}”` })).toBeVisible();
  const approved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(approved.status).toBe('APPROVED');
  expect(approved.sources).toHaveLength(2);
  await snap(reviewer, testInfo, '03-approved');
  await api.dispose();
  await reviewer.context().close();
});

test('(k) an unsent reply in a comment thread is typed text too: leaving asks first', async ({ browser, baseURL }, testInfo) => {
  const { api, articleId, page, card } = await editorWithClaim(browser, baseURL!, 'Unsaved k');
  const reply = card.getByRole('textbox', { name: 'Reply', exact: true });
  await reply.click();
  await reply.fill('Proposed source: https://www.centcom.mil/MEDIA/STATEMENTS/');
  const nav = page.locator('nav').getByRole('link', { name: 'Articles', exact: true });
  await askedAndStayed(page, () => nav.click());
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(reply).toHaveValue('Proposed source: https://www.centcom.mil/MEDIA/STATEMENTS/');
  await snap(page, testInfo, '01-stayed-with-unsent-reply');

  // Once sent, nothing is left to lose: the link leaves without asking.
  await card.getByRole('button', { name: 'Post reply' }).click();
  await expect(card.getByTestId('comment-thread')).toContainText('Proposed source: https://www.centcom.mil/MEDIA/STATEMENTS/');
  await expect(reply).toHaveValue('');
  let asked = false;
  page.once('dialog', (dialog) => {
    asked = true;
    void dialog.accept();
  });
  await nav.click();
  await expect(page).toHaveURL(/\/articles\/?$/);
  expect(asked).toBe(false);
  await api.dispose();
  await page.context().close();
});
