// A claim decided on the review queue stays off it, whatever order the
// queue's reloads answer in. The queue reloads itself when the desk changes;
// a reload asked before the reviewer's decision and answered after it listed
// the decided claim again, with its buttons, until the next reload. Here that
// answer is held and let go just after the decision.
import { test, expect, type Page } from '@playwright/test';
import { reviewCardOf } from './claim-cards';
import { USERS, apiClient, createSampleArticle, signedInPage, snap, submittedClaim } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const HAMRIN = 'the attack took place in the Hamrin Mountains';

/** From now, the page's next reload of the queue is answered by the server at once but delivered only when let go. */
async function holdQueueReloads(page: Page) {
  const held: { claimIds: string[]; release(): Promise<void> }[] = [];
  await page.route('**/api/review-queue**', async (route) => {
    // Only the first is held.
    if (held.length > 0) return route.continue();
    const response = await route.fetch();
    const { claims } = (await response.json()) as { claims: { id: string }[] };
    held.push({ claimIds: claims.map((c) => c.id), release: () => route.fulfill({ response }) });
  });
  return held;
}

test('a claim approved on the queue does not come back with a reload asked before the approval', async ({ browser, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editor, `Queue race ${Date.now()}`);
  const nine = await submittedClaim(editor, articleId, text, NINE);
  const hamrin = await submittedClaim(editor, articleId, text, HAMRIN);
  const page = await signedInPage(browser, USERS.reviewer);
  await page.goto(`/review?articleId=${articleId}`);
  await expect(reviewCardOf(page, nine.id)).toBeVisible();
  await expect(reviewCardOf(page, hamrin.id)).toBeVisible();

  const held = await holdQueueReloads(page);
  // The editor comments on the other claim: the queue reloads (answer: both claims waiting).
  expect((await editor.post(`/api/claims/${hamrin.id}/comments`, { data: { body: 'The CENTCOM release names Hamrin too.' } })).status()).toBe(201);
  await expect.poll(() => held.length).toBe(1);
  expect(held[0].claimIds).toEqual(expect.arrayContaining([nine.id, hamrin.id]));

  // The reviewer approves one; the answer from before the approval arrives just after it,
  // before the approval's own news reloads the queue.
  await reviewCardOf(page, nine.id).getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Approved: “${NINE}”` })).toBeVisible();
  await expect(reviewCardOf(page, nine.id)).toHaveCount(0);
  await held[0].release();
  await page.unroute('**/api/review-queue**');
  // Never back, not even for a moment (the next reload would take it away again).
  for (let i = 0; i < 15; i++) {
    expect(await reviewCardOf(page, nine.id).count(), `the approved claim is listed again after ${i * 100} ms`).toBe(0);
    await page.waitForTimeout(100);
  }
  await expect(reviewCardOf(page, hamrin.id)).toBeVisible();
  await expect(page.getByTestId('queue-total')).toContainText('1 claim(s) waiting');
  await snap(page, testInfo, '01-approved-claim-stays-off');
  await editor.dispose();
  await page.context().close();
});
