// The review conversation end to end, with an editor and a reviewer side by
// side: changes requested with a comment, a reply, a fix, an approval, an edit
// after approval that the reviewer sees as a change since that approval, and
// a history that lists every step.
import { test, expect, type Page } from '@playwright/test';
import { USERS, apiClient, createSampleArticle, signedInPage, submittedClaim } from './helpers';

const PHRASE = 'Nine ISIS members were killed in the attack';
const REQUEST = 'Cite the Joint Operations Command statement in the rationale.';
const REPLY = 'Done: the rationale now quotes the JOC statement.';
const FIXED = 'The Iraqi Joint Operations Command statement gives nine dead.';

const reviewCardOf = (page: Page, id: string) => page.locator(`[data-testid="review-card"][data-claim-id="${id}"]`);
const claimCardOf = (page: Page, id: string) => page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);

test('request changes, reply, fix, approve, edit after approval: thread, changes and history', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const title = `Review thread ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(api, title);
  const claim = await submittedClaim(api, articleId, text, PHRASE, 'true', 'Nine, says the statement.');
  const editor = await signedInPage(browser, USERS.editor);
  const reviewer = await signedInPage(browser, USERS.reviewer);

  // --- The reviewer filters the queue to the article and sends the claim back ----
  await reviewer.getByRole('link', { name: 'Review queue' }).click();
  await expect(reviewer.getByRole('link', { name: /^Review queue \(\d+\)$/ })).toBeVisible();
  await reviewer.getByRole('combobox', { name: 'Article', exact: true }).selectOption({ label: title });
  await expect(reviewer).toHaveURL(new RegExp(`articleId=${articleId}`));
  await expect(reviewer.getByTestId('review-card')).toHaveCount(1);
  const queued = reviewCardOf(reviewer, claim.id);
  await expect(queued).toContainText('submitted less than an hour ago');
  // Narrower filters go into the URL too, and refetch: it has waited under an hour and is rated True.
  await reviewer.getByRole('spinbutton', { name: 'Waiting at least (hours)' }).fill('1');
  await expect(reviewer).toHaveURL(/minAgeHours=1/);
  await expect(reviewer.getByText('Nothing waiting for your review.')).toBeVisible();
  await reviewer.getByRole('spinbutton', { name: 'Waiting at least (hours)' }).fill('');
  await reviewer.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'False' });
  await expect(reviewer).toHaveURL(/verdict=false/);
  await expect(reviewer).not.toHaveURL(/minAgeHours/);
  await expect(reviewer.getByText('Nothing waiting for your review.')).toBeVisible();
  await reviewer.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'True' });
  await reviewer.getByRole('combobox', { name: 'Author', exact: true }).selectOption({ label: 'Erin Editor' });
  await expect(reviewer).toHaveURL(/verdict=true/);
  await expect(reviewer).toHaveURL(new RegExp(`authorId=${claim.authorId}`));
  await expect(reviewer.getByTestId('review-card')).toHaveCount(1);
  await expect(queued.getByTestId('comment-thread')).toContainText('No comments yet.');
  await expect(queued.getByTestId('since-approval')).toHaveCount(0);
  await queued.getByRole('textbox', { name: 'Comment', exact: true }).fill(REQUEST);
  await queued.getByRole('button', { name: 'Request changes', exact: true }).click();
  await expect(queued).toHaveCount(0);

  // --- The editor reads the request in the card's thread, replies, fixes, resubmits ----
  await editor.goto(`/articles/${articleId}`);
  const card = claimCardOf(editor, claim.id);
  await expect(card.getByTestId('claim-status')).toHaveText('Changes requested');
  const request = card.getByTestId('comment').filter({ hasText: REQUEST });
  await expect(request).toContainText('Riley Reviewer');
  await expect(request).toContainText('reviewer');
  await expect(request.locator('.badge')).toHaveText('Changes requested');
  await card.getByRole('textbox', { name: 'Reply', exact: true }).fill(REPLY);
  await card.getByRole('button', { name: 'Post reply', exact: true }).click();
  await expect(card.getByTestId('comment').filter({ hasText: REPLY })).toContainText('Erin Editor');
  await card.getByRole('textbox', { name: 'Rationale', exact: true }).fill(FIXED);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  await card.getByRole('button', { name: 'Submit for review', exact: true }).click();
  await expect(card.getByTestId('claim-status')).toHaveText('In review');
  await editor.screenshot({ path: testInfo.outputPath('editor-thread.png'), fullPage: true });

  // --- The reviewer sees the reply; never approved, so no "changes since"; approves ----
  await reviewer.goto(`/review?articleId=${articleId}`);
  const again = reviewCardOf(reviewer, claim.id);
  await expect(again.getByTestId('comment').filter({ hasText: REPLY })).toBeVisible();
  await expect(again.getByTestId('comment').filter({ hasText: REQUEST })).toBeVisible();
  await expect(again).toContainText(FIXED);
  await expect(again.getByTestId('since-approval')).toHaveCount(0);
  await expect(again.getByText('Changes since last approval')).toHaveCount(0);
  await again.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(again).toHaveCount(0);

  // --- The editor changes the verdict of the approved claim: back to review ----
  await editor.reload();
  await expect(card.getByTestId('claim-status')).toHaveText('Approved');
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'False' });
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  await expect(card.getByTestId('claim-status')).toHaveText('In review');

  // --- The reviewer sees what changed since the approval: the verdict only ----
  await reviewer.goto(`/review?articleId=${articleId}`);
  const changed = reviewCardOf(reviewer, claim.id).getByTestId('since-approval');
  await expect(changed).toContainText('Changes since last approval');
  await expect(changed).toContainText('Approved by Riley Reviewer');
  await expect(changed.locator('[data-field]')).toHaveCount(1);
  const verdict = changed.locator('[data-field="verdict"]');
  await expect(verdict.locator('del')).toHaveText('True');
  await expect(verdict.locator('ins')).toHaveText('False');
  await reviewer.screenshot({ path: testInfo.outputPath('reviewer-changes-since-approval.png'), fullPage: true });

  // --- The claim's history lists every step, oldest first ----
  await editor.reload();
  await card.getByRole('button', { name: 'History', exact: true }).click();
  const history = card.getByTestId('claim-history');
  const steps = history.locator('li');
  const expected = [
    /Erin Editor created the claim on “Nine ISIS members were killed in the attack”/,
    /Erin Editor added the source “JOC statement”/,
    /Erin Editor set the verdict to True and edited the rationale/,
    /Erin Editor submitted it for review/,
    /Riley Reviewer requested changes/,
    /Erin Editor commented/,
    /Erin Editor edited the rationale/,
    /Erin Editor submitted it for review/,
    /Riley Reviewer approved/,
    /Erin Editor changed the verdict from True to False — now In review/,
  ];
  await expect(steps).toHaveCount(expected.length);
  for (const [i, sentence] of expected.entries()) await expect(steps.nth(i)).toContainText(sentence);
  await expect(steps.nth(4)).toContainText(REQUEST);
  await expect(steps.nth(5)).toContainText(REPLY);
  // The rationale's edit as a word diff: the old words struck out, the new ones inserted.
  const rationaleDiff = steps.nth(6).getByRole('group', { name: 'rationale change' });
  expect((await rationaleDiff.locator('ins').allTextContents()).join(' ')).toMatch(/Joint\s*Operations\s*Command/);
  expect((await rationaleDiff.locator('del').allTextContents()).join(' ')).toMatch(/says/);
  // The side panel scrolls on its own: photograph the timeline itself.
  await history.screenshot({ path: testInfo.outputPath('claim-history.png') });

  await api.dispose();
  await editor.context().close();
  await reviewer.context().close();
});
