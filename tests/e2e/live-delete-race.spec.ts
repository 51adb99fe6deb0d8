// A deleted claim stays deleted, whatever order the answers arrive in. The
// workbench fetches a claim each time the live stream says it changed; an
// answer that left the server before the deletion, arriving after it, brought
// the claim back: two "Claim deleted" notices side by side (the CI run at
// c4181dc failed that way in delete-undo.spec.ts), then a card for a claim the
// server no longer has. Here the answers are held and let go in the worst order.
// The same holds the other way: the deletion's own "not found", arriving after
// Undo, must not take the restored claim away again.
import { test, expect, type Page } from '@playwright/test';
import { USERS, apiClient, createClaimOn, createSampleArticle, signIn, snap } from './helpers';

const QUOTE = 'Nine ISIS members were killed in the attack';

interface Held {
  status: number;
  release(): Promise<void>;
}

/** From now, the page's fetches of this claim are answered by the server at once but delivered only when let go. */
async function holdFetchesOf(page: Page, claimId: string): Promise<Held[]> {
  const held: Held[] = [];
  await page.route(`**/api/claims/${claimId}`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    held.push({ status: response.status(), release: () => route.fulfill({ response }) });
  });
  return held;
}

/** The editor on a new article with one claim on QUOTE, its card on show. */
async function editorOnAClaim(page: Page, baseURL: string, title: string) {
  const editor = await apiClient(baseURL, USERS.editor);
  const { articleId, text } = await createSampleArticle(editor, `${title} ${Date.now()}`);
  const { id } = await createClaimOn(editor, articleId, text, QUOTE);
  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  const card = page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);
  await expect(card).toBeVisible();
  return { editor, id, card };
}

/** Lets the page handle what it was just given (a turn of its event loop, and some). */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));

test('an answer about a claim fetched before its deletion does not bring it back', async ({ page, baseURL }, testInfo) => {
  const { editor, id, card } = await editorOnAClaim(page, baseURL!, 'Deletion race');
  const reviewer = await apiClient(baseURL!, USERS.reviewer);

  const held = await holdFetchesOf(page, id);

  // A teammate assigns the claim: the live stream says it changed, the page fetches it (answer: the claim).
  const { users } = await (await reviewer.get('/api/assignees')).json();
  const assignee = users.find((u: { role: string }) => u.role === 'REVIEWER');
  expect((await reviewer.put(`/api/claims/${id}/assignment`, { data: { reviewerId: assignee.id } })).status()).toBe(200);
  await expect.poll(() => held.length).toBe(1);
  expect(held[0].status).toBe(200);

  // The editor deletes it; the deletion comes down the live stream too (answer: 404).
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  const notices = page.locator(`[data-testid="deleted-claim"][data-claim-id="${id}"]`);
  await expect(notices).toHaveCount(1);
  await expect.poll(() => held.length).toBe(2);
  expect(held[1].status).toBe(404);

  // The worst order: the deletion's answer first, the older answer last.
  await held[1].release();
  await held[0].release();
  await page.unroute(`**/api/claims/${id}`);
  await settle(page);
  await expect(notices).toHaveCount(1);
  await expect(card).toHaveCount(0);
  await snap(page, testInfo, '01-one-notice-after-a-late-answer');

  // Left alone, the notice goes and nothing takes its place.
  await expect(notices).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator(`[data-claim-id="${id}"]`)).toHaveCount(0);
  expect((await editor.get(`/api/claims/${id}`)).status()).toBe(404);
  await editor.dispose();
  await reviewer.dispose();
});

test('the deletion\'s "not found", arriving after Undo, leaves the restored claim', async ({ page, baseURL }, testInfo) => {
  const { editor, id, card } = await editorOnAClaim(page, baseURL!, 'Undo race');

  const held = await holdFetchesOf(page, id);
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  // The live stream's news of the deletion: the page asks, the server says 404, the answer is held.
  await expect.poll(() => held.length).toBe(1);
  expect(held[0].status).toBe(404);

  await page.getByTestId('deleted-claim').getByRole('button', { name: /^Undo/ }).click();
  await expect(card).toBeVisible();
  await held[0].release();
  await settle(page);
  // Still there, before and after the news of the restore (held meanwhile, if it came) is let go.
  await expect(card).toBeVisible();
  await snap(page, testInfo, '02-restored-claim-stays');
  for (const later of held.slice(1)) await later.release();
  await page.unroute(`**/api/claims/${id}`);
  await settle(page);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('claim-status')).toHaveText('Draft');
  expect((await editor.get(`/api/claims/${id}`)).status()).toBe(200);
  await editor.dispose();
});
