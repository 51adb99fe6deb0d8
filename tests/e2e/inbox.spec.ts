// Assignment and the inbox (issue 16), as the desk uses them: a reviewer
// hands a claim to a second editor and to an admin for review from its card;
// each finds it in their inbox (the header's badge counts it), opens it and
// lands on the claim; the admin's review queue shows it under "Assigned to
// me"; the admin sends it back and its author reads that in the inbox.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { claimCardOf } from './claim-cards';
import { USERS, apiClient, createSampleArticle, signedInPage, snap, submittedClaim } from './helpers';

test('a reviewer assigns a claim on its card; the assignees find it in their inbox and the queue; the author hears it was sent back', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editorApi, `Assigned raid check ${Date.now()}`);
  const claim = await submittedClaim(editorApi, articleId, text, 'Nine ISIS members were killed in the attack', 'false');

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/articles/${articleId}?claim=${claim.id}`);
  const card = claimCardOf(reviewer, claim.id);
  const assignment = card.getByTestId('claim-assignment');
  await expect(assignment.getByRole('combobox', { name: 'Reviews it' }).locator('option', { hasText: 'Erin Editor' })).toHaveCount(0); // its author never reviews it
  await assignment.getByRole('combobox', { name: 'Checks it' }).selectOption({ label: 'Eddie Editor' });
  await expect(assignment.getByRole('combobox', { name: 'Checks it' })).toHaveValue(/.+/);
  await assignment.getByRole('combobox', { name: 'Reviews it' }).selectOption({ label: 'Ada Admin' });
  await expect(assignment.getByRole('combobox', { name: 'Reviews it' })).not.toHaveValue('');
  await snap(reviewer, testInfo, '1-reviewer-assigns');

  const admin = await signedInPage(browser, USERS.admin);
  await admin.goto('/articles');
  const badge = admin.getByTestId('inbox-link');
  await expect(badge).toHaveAccessibleName('Inbox, 1 unread');
  await badge.click();
  const item = admin.getByTestId('notifications').getByRole('listitem').first();
  await expect(item).toContainText('Riley Reviewer assigned you the claim “Nine ISIS members were killed in the attack”');
  expect((await new AxeBuilder({ page: admin }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await snap(admin, testInfo, '2-admin-inbox');
  await item.getByRole('link').click();
  await expect(admin).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${claim.id}`));
  await expect(admin.getByTestId('inbox-link')).toHaveAccessibleName('Inbox');

  await admin.goto('/review');
  await admin.getByLabel('Assigned to me').check();
  await expect(admin).toHaveURL(/assignedTo=me/);
  const queued = admin.locator(`[data-testid="review-card"][data-claim-id="${claim.id}"]`);
  await expect(queued).toBeVisible();
  await queued.getByRole('textbox', { name: 'Comment', exact: true }).fill('Which statement says nine?');
  await queued.getByRole('button', { name: 'Request changes' }).click();
  await expect(queued).toHaveCount(0);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto('/inbox');
  await expect(editor.getByTestId('notifications').getByRole('listitem').first()).toContainText('Ada Admin sent back your claim “Nine ISIS members were killed in the attack”');
  await editor.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(editor.getByTestId('unread-total')).toHaveText('Nothing unread.');
  await expect(editor.getByTestId('inbox-link')).toHaveAccessibleName('Inbox');
  await snap(editor, testInfo, '3-author-inbox');

  // The second editor was told too.
  const editor2 = await signedInPage(browser, USERS.editor2);
  await editor2.goto('/inbox');
  await expect(editor2.getByTestId('notifications')).toContainText('Riley Reviewer assigned you the claim');
});

test('the header’s inbox count follows a new notification without a reload', async ({ browser, baseURL }, testInfo) => {
  const editorApi = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editorApi, `Live badge ${Date.now()}`);
  const claim = await submittedClaim(editorApi, articleId, text, 'Nine ISIS members were killed in the attack', 'false');
  expect((await editorApi.post('/api/notifications/read', { data: { all: true } })).status()).toBe(200);

  const editor = await signedInPage(browser, USERS.editor);
  await editor.goto('/articles');
  const badge = editor.getByTestId('inbox-link');
  await expect(badge).toHaveAccessibleName('Inbox');
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'request_changes', comment: 'Which statement says nine?' } })).status()).toBe(200);
  await expect(badge).toHaveAccessibleName('Inbox, 1 unread');
  await snap(editor, testInfo, 'badge-counts-live');
  await editorApi.dispose();
  await reviewerApi.dispose();
  await editor.context().close();
});
