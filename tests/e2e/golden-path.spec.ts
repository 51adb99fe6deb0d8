// The golden path of the workbench, end to end in a real browser: an editor
// highlights a claim, rates it, sources it and submits it; a reviewer approves it;
// the published HTML report carries it.
import { test, expect, type Page } from '@playwright/test';
import { USERS, SAMPLE_ARTICLE_TITLE, signIn, signOut, articleText, selectPhrase, claimCards } from './helpers';

const PHRASE = 'Nine ISIS members were killed in the attack';
const VERDICT = 'Mostly true';
const RATIONALE = 'The Iraqi Joint Operations Command statement gives nine dead; U.S. officials only said "several".';
const SOURCE = {
  url: 'https://www.centcom.mil/MEDIA/STATEMENTS/e2e-raid-statement/',
  title: 'Statement on the joint raid in the Hamrin Mountains',
  publisher: 'U.S. Central Command',
  quote: 'Several ISIS operatives were killed in the attack.',
  accessedOn: '2024-01-15',
};

async function openSampleArticle(page: Page): Promise<string> {
  await page.goto('/articles');
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  await page.getByRole('link', { name: SAMPLE_ARTICLE_TITLE }).first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+/);
  await expect(articleText(page)).toContainText(PHRASE);
  const id = new URL(page.url()).pathname.split('/').filter(Boolean)[1];
  expect(id, 'article id in the workbench URL').toBeTruthy();
  return decodeURIComponent(id);
}

test('golden path: highlight, rate, source, submit, approve, export', async ({ page }, testInfo) => {
  // --- The editor adds a claim -------------------------------------------------
  await signIn(page, USERS.editor);
  const articleId = await openSampleArticle(page);

  const highlights = page.locator('mark.claim-highlight[data-claim-id]');
  const before = await highlights.count();
  await selectPhrase(page, PHRASE);
  await page.getByRole('button', { name: 'Add claim' }).click();

  await expect(highlights).toHaveCount(before + 1);
  const mark = highlights.filter({ hasText: PHRASE }).first();
  await expect(mark).toHaveText(PHRASE);
  const claimId = await mark.getAttribute('data-claim-id');
  expect(claimId, 'the new highlight names its claim').toBeTruthy();

  const card = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(card).toBeVisible();
  await expect(claimCards(page)).toHaveCount(before + 1);
  await expect(card.getByTestId('claim-status')).toHaveText('Draft');
  // Fields are found by their accessible names (the <label> text): getByLabel would
  // also read a textarea's or select's own text as part of its wrapping label's text.
  await expect(card.getByRole('textbox', { name: 'Statement', exact: true })).toBeVisible();

  // --- Verdict and rationale, saved ----------------------------------------------
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: VERDICT });
  await card.getByRole('textbox', { name: 'Rationale', exact: true }).fill(RATIONALE);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Saved');

  // --- A source ---------------------------------------------------------------------
  await card.getByLabel('Source URL', { exact: true }).fill(SOURCE.url);
  await card.getByLabel('Source title', { exact: true }).fill(SOURCE.title);
  await card.getByLabel('Publisher', { exact: true }).fill(SOURCE.publisher);
  await card.getByLabel('Quoted passage', { exact: true }).fill(SOURCE.quote);
  await card.getByLabel('Accessed on', { exact: true }).fill(SOURCE.accessedOn);
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  const sourceLink = card.getByRole('link', { name: SOURCE.title });
  await expect(sourceLink).toBeVisible();
  await expect(sourceLink).toHaveAttribute('href', SOURCE.url);

  // --- Submitted for review -----------------------------------------------------------
  await card.getByRole('button', { name: 'Submit for review', exact: true }).click();
  await expect(card.getByTestId('claim-status')).toHaveText('In review');

  // The verdict survives a reload: the database, not the page, holds the claim.
  await page.reload();
  const reloadedCard = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(reloadedCard.getByTestId('claim-status')).toHaveText('In review');
  await expect(page.locator(`mark.claim-highlight[data-claim-id="${claimId}"]`)).toHaveText(PHRASE);

  const screenshot = testInfo.outputPath('workbench.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('workbench', { path: screenshot, contentType: 'image/png' });

  await signOut(page);

  // --- The reviewer approves it ---------------------------------------------------------
  await signIn(page, USERS.reviewer);
  await page.getByRole('link', { name: 'Review queue' }).click();
  await expect(page).toHaveURL(/\/review/);
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  const reviewCard = page.getByTestId('review-card').filter({ hasText: PHRASE });
  await expect(reviewCard).toHaveCount(1);
  await reviewCard.getByRole('textbox', { name: 'Comment', exact: true }).fill('Checked against the JOC statement. Approved.');
  await reviewCard.getByRole('button', { name: 'Approve', exact: true }).click();
  // The queue either drops the card or marks it approved; either way the decision is in.
  await expect(async () => {
    const remaining = await reviewCard.count();
    if (remaining > 0) await expect(reviewCard).toContainText('Approved', { timeout: 500 });
  }).toPass({ timeout: 10_000 });

  await openSampleArticle(page);
  const approvedCard = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(approvedCard.getByTestId('claim-status')).toHaveText('Approved');

  // --- The published report carries the approved claim -----------------------------
  await page.getByRole('combobox', { name: 'Export scope', exact: true }).selectOption('published');
  const htmlLink = page.getByRole('link', { name: 'Export HTML', exact: true });
  const htmlHref = await htmlLink.getAttribute('href');
  expect(htmlHref).toBeTruthy();
  const htmlUrl = new URL(htmlHref!, page.url());
  expect(htmlUrl.pathname).toBe(`/api/articles/${encodeURIComponent(articleId)}/export`);
  expect(htmlUrl.searchParams.get('format')).toBe('html');
  expect(htmlUrl.searchParams.get('scope')).toBe('published');

  const html = await page.request.get(htmlUrl.toString());
  expect(html.status()).toBe(200);
  expect(html.headers()['content-type']).toContain('text/html');
  const report = await html.text();
  expect(report).toContain(PHRASE);
  expect(report).toContain(VERDICT);

  const jsonHref = await page.getByRole('link', { name: 'Export JSON', exact: true }).getAttribute('href');
  const jsonUrl = new URL(jsonHref!, page.url());
  expect(jsonUrl.searchParams.get('format')).toBe('json');
  expect(jsonUrl.searchParams.get('scope')).toBe('published');
  const json = await page.request.get(jsonUrl.toString());
  expect(json.status()).toBe(200);
  const data = await json.json();
  expect(JSON.stringify(data)).toContain(PHRASE);
});
