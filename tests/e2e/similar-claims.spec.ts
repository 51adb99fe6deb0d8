// "Checked before": a claim made in a new article is pointed at the same claim
// checked earlier in another article, with its verdict, and the link opens it.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, articleText, claimCards, selectPhrase, signIn, submittedClaim } from './helpers';

const EARLIER_TEXT = 'Officials said 312 Yazidi families returned to Sinjar in March, the highest monthly figure this year.';
const EARLIER_QUOTE = '312 Yazidi families returned to Sinjar in March';
const LATER_TEXT = 'In the spring, three hundred and twelve Yazidi families went back to Sinjar in March, a charity reported.\n\nThe new bridge over the river opened in 2014.';
const LATER_QUOTE = 'three hundred and twelve Yazidi families went back to Sinjar in March';

test('a new claim shows the same claim checked earlier elsewhere, with its verdict', async ({ page, baseURL }, testInfo) => {
  // The earlier check: another article, a claim approved as True.
  const editor = await apiClient(baseURL!, USERS.editor);
  const earlierTitle = `Sinjar returns ${Date.now()}`;
  const created = await editor.post('/api/articles', { data: { title: earlierTitle, text: EARLIER_TEXT, outlet: 'Example Wire' } });
  expect(created.status()).toBe(201);
  const earlierArticle = (await created.json()).article.id as string;
  const earlier = await submittedClaim(editor, earlierArticle, EARLIER_TEXT, EARLIER_QUOTE, 'true');
  await editor.dispose();
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  expect((await reviewer.post(`/api/claims/${earlier.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  await reviewer.dispose();

  // A different editor, a new article saying the same thing in other words.
  const editor2 = await apiClient(baseURL!, USERS.editor2);
  const later = await editor2.post('/api/articles', { data: { title: `Charity report ${Date.now()}`, text: LATER_TEXT } });
  expect(later.status()).toBe(201);
  const laterArticle = (await later.json()).article.id as string;
  await editor2.dispose();

  await signIn(page, USERS.editor2);
  await page.goto(`/articles/${laterArticle}`);
  await expect(articleText(page)).toContainText(LATER_QUOTE);
  await selectPhrase(page, LATER_QUOTE);
  await page.getByRole('button', { name: 'Add claim' }).click();

  const card = claimCards(page).filter({ hasText: LATER_QUOTE });
  await expect(card).toHaveClass(/is-active/);
  const checked = card.getByRole('region', { name: 'Checked before' });
  const match = checked.getByTestId('similar-claim').filter({ hasText: EARLIER_QUOTE });
  await expect(match).toHaveCount(1);
  await expect(match).toHaveAttribute('data-claim-id', earlier.id);
  await expect(match).toContainText('True');
  await expect(match.getByTestId('similar-claim-status')).toHaveText('Approved');
  await expect(match).toContainText(/\d{1,3}% match/);
  await page.screenshot({ path: testInfo.outputPath('checked-before.png'), fullPage: true });

  // A claim about something nobody checked says so.
  await selectPhrase(page, 'The new bridge over the river opened in 2014');
  await page.getByRole('button', { name: 'Add claim' }).click();
  const bridge = claimCards(page).filter({ hasText: 'The new bridge over the river opened in 2014' });
  await expect(bridge).toHaveClass(/is-active/);
  await expect(bridge.getByRole('region', { name: 'Checked before' })).toContainText('No earlier claim says this.');

  // The link opens the earlier article at that claim.
  await claimCards(page).filter({ hasText: LATER_QUOTE }).locator('blockquote').click();
  await match.getByRole('link', { name: earlierTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${earlierArticle}\\?claim=${earlier.id}`));
  await expect(articleText(page)).toContainText(EARLIER_QUOTE);
  const opened = page.locator(`[data-testid="claim-card"][data-claim-id="${earlier.id}"]`);
  await expect(opened).toHaveClass(/is-active/);
  // ...where the new claim is pointed out in turn, apart from real checks: it has no verdict yet.
  await expect(opened.getByTestId('similar-claim').filter({ hasText: LATER_QUOTE })).toHaveCount(1);
  const unchecked = opened.getByRole('list', { name: 'Not checked yet (no verdict)' });
  await expect(unchecked.getByTestId('similar-claim').filter({ hasText: LATER_QUOTE })).toHaveCount(1);
  await expect(opened.getByRole('list', { name: 'Earlier checks' })).toHaveCount(0);
  await expect(opened.getByRole('region', { name: 'Checked before' })).toContainText('Nobody has given it a verdict before.');
  await page.screenshot({ path: testInfo.outputPath('checked-before-unchecked-apart.png'), fullPage: true });
});
