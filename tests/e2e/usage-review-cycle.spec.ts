// Usage: a review cycle with an editor and a reviewer side by side, each in
// their own browser. Two claims wait for review (set up over the API); the
// reviewer approves one and sends the other back with a comment; the editor
// reads the comment on the claim's card, fixes the claim and resubmits it; the
// reviewer approves it too. Every decision is made in the UI.
import { test, expect, type Page } from '@playwright/test';
import { USERS, apiClient, claimStatus, createSampleArticle, signedInPage, submittedClaim, untilSettled, snap } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const TROOPS = 'about 40,000 US troops stationed in the region as of August';
const APPROVAL = 'Checked against the JOC statement. Approved.';
const REQUEST = 'The August figure is the Pentagon’s: cite its briefing and rate it Mostly true, troop numbers vary.';
const FIXED = 'The Pentagon gave about 40,000 for August; numbers vary from month to month.';
const PENTAGON = { url: 'https://www.defense.gov/News/e2e-troop-levels/', title: 'Pentagon troop levels briefing' };

const reviewCardOf = (page: Page, id: string) => page.locator(`[data-testid="review-card"][data-claim-id="${id}"]`);
const claimCardOf = (page: Page, id: string) => page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);

/** The number the reviewer's nav shows: "Review queue (N)". */
async function waitingCount(page: Page): Promise<number> {
  const link = page.getByRole('link', { name: /^Review queue \(\d+\)$/ });
  await expect(link).toBeVisible();
  return Number((await link.textContent())!.match(/\((\d+)\)/)![1]);
}

test('a reviewer approves one claim and sends one back; the editor fixes it; the reviewer approves it', async ({ browser, baseURL }, testInfo) => {
  // --- Preconditions over the API: two claims by the editor, submitted ----------
  const api = await apiClient(baseURL!, USERS.editor);
  const title = `Review cycle ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(api, title);
  const good = await submittedClaim(api, articleId, text, NINE, 'mostly-true', 'The JOC statement gives nine dead.');
  const weak = await submittedClaim(api, articleId, text, TROOPS, 'true', 'Sounds right.');

  const editor = await signedInPage(browser, USERS.editor);
  const reviewer = await signedInPage(browser, USERS.reviewer);

  // --- The reviewer opens the queue and narrows it to the article -----------------
  const waiting = await waitingCount(reviewer);
  expect(waiting).toBeGreaterThanOrEqual(2);
  await reviewer.getByRole('link', { name: 'Review queue' }).click();
  await expect(reviewer).toHaveURL(/\/review/);
  await expect(reviewer.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  await expect(reviewer.getByTestId('review-card').filter({ hasText: NINE })).not.toHaveCount(0);
  await reviewer.getByRole('combobox', { name: 'Article', exact: true }).selectOption({ label: title });
  await expect(reviewer).toHaveURL(new RegExp(`articleId=${articleId}`));
  await expect(reviewer.getByTestId('review-card')).toHaveCount(2);
  await expect(reviewer.getByTestId('queue-total')).toHaveText('2 claim(s) waiting that match the filters, oldest first.');

  // Each card shows what the author says, for the reviewer to judge.
  const goodCard = reviewer.getByTestId('review-card').filter({ hasText: NINE });
  await expect(goodCard).toHaveCount(1);
  await expect(goodCard).toHaveAttribute('data-claim-id', good.id);
  await expect(goodCard).toContainText('by Erin Editor');
  await expect(goodCard).toContainText('Verdict: Mostly true');
  await expect(goodCard).toContainText('Rationale: The JOC statement gives nine dead.');
  await expect(goodCard.getByRole('link', { name: 'JOC statement' })).toHaveAttribute('href', 'https://example.org/joc-statement');
  const weakCard = reviewCardOf(reviewer, weak.id);
  await expect(weakCard).toContainText(TROOPS);
  await expect(weakCard).toContainText('Verdict: True');
  await snap(reviewer, testInfo, '01-reviewer-queue');

  // --- Approve the first, with a comment ----------------------------------------
  await goodCard.getByRole('textbox', { name: 'Comment', exact: true }).fill(APPROVAL);
  await goodCard.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(goodCard).toHaveCount(0);
  await expect(reviewer.getByRole('status').filter({ hasText: `Approved: “${NINE}”` })).toBeVisible();
  await expect(reviewer.getByRole('link', { name: `Review queue (${waiting - 1})`, exact: true })).toBeVisible();

  // --- Send the second back: a comment is required, then it goes ---------------
  await weakCard.getByRole('button', { name: 'Request changes', exact: true }).click();
  await expect(weakCard.getByRole('alert')).toContainText('comment: say what needs to change');
  await expect(weakCard).toHaveCount(1);
  await snap(reviewer, testInfo, '02-reviewer-comment-required');
  await weakCard.getByRole('textbox', { name: 'Comment', exact: true }).fill(REQUEST);
  await weakCard.getByRole('button', { name: 'Request changes', exact: true }).click();
  await expect(weakCard).toHaveCount(0);
  await expect(reviewer.getByRole('status').filter({ hasText: `Sent back with requested changes: “${TROOPS}”` })).toBeVisible();
  await expect(reviewer.getByText('Nothing waiting for your review.')).toBeVisible();
  await expect(reviewer.getByRole('link', { name: `Review queue (${waiting - 2})`, exact: true })).toBeVisible();
  await snap(reviewer, testInfo, '03-reviewer-decided');

  // --- The editor sees both decisions and reads the comment ----------------------
  await editor.goto(`/articles/${articleId}`);
  const approvedCard = claimCardOf(editor, good.id);
  await expect(claimStatus(approvedCard)).toHaveText('Approved');
  const approval = approvedCard.getByTestId('comment').filter({ hasText: APPROVAL });
  await expect(approval).toContainText('Riley Reviewer');
  await expect(approval.locator('.badge')).toHaveText('Approved');

  const card = claimCardOf(editor, weak.id);
  await expect(claimStatus(card)).toHaveText('Changes requested');
  const request = card.getByTestId('comment').filter({ hasText: REQUEST });
  await expect(request).toContainText('Riley Reviewer');
  await expect(request.locator('.badge')).toHaveText('Changes requested');
  await expect(card.getByRole('button', { name: 'Submit for review', exact: true })).toBeEnabled();
  await request.scrollIntoViewIfNeeded();
  await snap(editor, testInfo, '04-editor-reads-comment');

  // --- ...fixes the claim as asked, and resubmits it ---------------------------------
  // Opening the card (a click on its quote) loads more into it; let it settle first.
  await card.getByTitle('Show in the text').click();
  await expect(card).toHaveClass(/is-active/);
  await untilSettled(card);
  await card.getByLabel('Source URL', { exact: true }).fill(PENTAGON.url);
  await card.getByLabel('Source title', { exact: true }).fill(PENTAGON.title);
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.getByRole('link', { name: PENTAGON.title })).toHaveAttribute('href', PENTAGON.url);
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Mostly true' });
  await card.getByRole('textbox', { name: 'Rationale', exact: true }).fill(FIXED);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  // Still sent back until it is resubmitted.
  await expect(claimStatus(card)).toHaveText('Changes requested');
  await card.getByRole('button', { name: 'Submit for review', exact: true }).click();
  await expect(claimStatus(card)).toHaveText('In review');
  await expect(card.getByRole('button', { name: 'Submit for review', exact: true })).toHaveCount(0);
  await snap(editor, testInfo, '05-editor-resubmitted');

  // --- The reviewer finds the fixed claim back in the queue and approves it -------
  await reviewer.goto(`/review?articleId=${articleId}`);
  await expect(reviewer.getByTestId('review-card')).toHaveCount(1);
  const again = reviewCardOf(reviewer, weak.id);
  await expect(again).toContainText(`Rationale: ${FIXED}`);
  await expect(again).toContainText('Verdict: Mostly true');
  await expect(again.getByRole('link', { name: PENTAGON.title })).toHaveAttribute('href', PENTAGON.url);
  await expect(again.getByTestId('comment').filter({ hasText: REQUEST })).toBeVisible();
  await expect(reviewer.getByRole('link', { name: `Review queue (${waiting - 1})`, exact: true })).toBeVisible();
  await snap(reviewer, testInfo, '06-reviewer-sees-fix');
  await again.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(again).toHaveCount(0);
  await expect(reviewer.getByRole('status').filter({ hasText: `Approved: “${TROOPS}”` })).toBeVisible();
  await expect(reviewer.getByText('Nothing waiting for your review.')).toBeVisible();
  await expect(reviewer.getByRole('link', { name: `Review queue (${waiting - 2})`, exact: true })).toBeVisible();

  // --- Both approved, for the editor and in the database --------------------------
  await editor.reload();
  await expect(claimStatus(claimCardOf(editor, good.id))).toHaveText('Approved');
  await expect(claimStatus(card)).toHaveText('Approved');
  await snap(editor, testInfo, '07-editor-both-approved');
  for (const id of [good.id, weak.id]) {
    expect((await (await api.get(`/api/claims/${id}`)).json()).claim.status).toBe('APPROVED');
  }
  const fixed = (await (await api.get(`/api/claims/${weak.id}`)).json()).claim;
  expect(fixed).toMatchObject({ rationale: FIXED, verdict: { key: 'mostly-true' } });
  expect(fixed.sources.map((s: { url: string }) => s.url)).toContain(PENTAGON.url);

  await api.dispose();
  await editor.context().close();
  await reviewer.context().close();
});
