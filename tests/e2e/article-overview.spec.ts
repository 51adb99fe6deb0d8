// The article overview (issue 16): by default each claim is one line (status,
// verdict, quote) and the active one is open; counts by status, filters by
// status, verdict and author, a search of the claims and of the text, and a
// verdict chart above them. A claim made active by Add claim, Accept or a
// click on its highlight is scrolled to and takes the focus; a card holding
// unsaved edits is never folded away. "Open every card" is kept per browser.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, articleText, createClaimOn, createSampleArticle, selectPhrase, signIn, snap, submittedClaim } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const TROOPS = 'about 40,000 US troops stationed in the region';
const HAMRIN = 'the attack took place in the Hamrin Mountains';
const DNA = 'DNA tests are still being conducted';
const PRESENCE = 'the Pentagon has been increasing the US military presence';

const rows = (page: Page) => page.getByTestId('claim-row');
const rowOf = (page: Page, text: string) => rows(page).filter({ hasText: text });
const cardOf = (page: Page, text: string) => page.getByTestId('claim-card').filter({ hasText: text });

/** Whether the element is inside the side panel's visible part (the panel scrolls on its own). */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const panel = element.closest('.side-panel') ?? document.documentElement;
    const box = element.getBoundingClientRect();
    const frame = panel.getBoundingClientRect();
    return box.top >= frame.top - 1 && box.top < Math.min(frame.bottom, window.innerHeight);
  });
}

test('an article’s claims as a compact list: counts, filters, search, chart, and the card that opens and takes the focus', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editor, `Overview drill ${Date.now()}`);
  const approved = await submittedClaim(editor, articleId, text, NINE, 'true');
  expect((await reviewer.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  await submittedClaim(editor, articleId, text, TROOPS, 'false');
  await createClaimOn(editor, articleId, text, HAMRIN);
  // A teammate's claim, for the author filter.
  const teammate = await apiClient(baseURL!, USERS.editor2);
  const theirs = (await createClaimOn(teammate, articleId, text, PRESENCE)) as unknown as { author: { name: string } };
  await teammate.dispose();
  await editor.dispose();
  await reviewer.dispose();

  await signIn(page, USERS.editor, undefined, 'compact');
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText(NINE);

  // One line per claim, no card open; the counts and the chart above them.
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByTestId('claim-card')).toHaveCount(0);
  const row = await rowOf(page, NINE).boundingBox();
  expect(row!.height).toBeLessThan(48);
  await expect(page.getByTestId('count-DRAFT')).toContainText('2');
  await expect(page.getByTestId('count-IN_REVIEW')).toContainText('1');
  await expect(page.getByTestId('count-APPROVED')).toContainText('1');
  await expect(page.getByTestId('count-CHANGES_REQUESTED')).toContainText('0');
  await expect(page.getByTestId('overview-verdict-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(rowOf(page, NINE).getByTestId('claim-row-status')).toHaveText('Approved');
  await expect(rowOf(page, TROOPS)).toContainText('False');
  await snap(page, testInfo, '01-overview');
  expect(await seriousViolations(page)).toEqual([]);

  // Filters: a status count, a verdict, the claims without one.
  await page.getByTestId('count-APPROVED').click();
  await expect(page.getByTestId('count-APPROVED')).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(NINE);
  await expect(page.getByTestId('overview-shown')).toHaveText('Showing 1 of 4 claims');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(4);
  const verdict = page.getByTestId('claim-overview').getByLabel('Verdict');
  await verdict.selectOption({ label: 'False (1)' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(TROOPS);
  await verdict.selectOption({ label: 'No verdict (2)' });
  await expect(rows(page)).toHaveCount(2);
  await page.getByTestId('claim-overview').getByLabel('Author').selectOption({ label: theirs.author.name });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText(PRESENCE);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(4);

  // Search: the claims whose words match, and the places in the text, one after another.
  const search = page.getByLabel('Search this article');
  await search.fill('40,000');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'place in the text' })).toContainText('1 place in the text');
  await search.fill('isis');
  await expect(page.getByRole('status').filter({ hasText: 'places in the text' })).toContainText(/\d+ places in the text/);
  await page.getByRole('button', { name: 'Next place in the text' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/^isis$/i);
  await expect(page.getByRole('status').filter({ hasText: 'places in the text' })).toContainText(/^1 of \d+ places/);
  await page.getByRole('button', { name: 'Next place in the text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'places in the text' })).toContainText(/^2 of \d+ places/);
  await snap(page, testInfo, '02-search');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.evaluate(() => window.getSelection()?.removeAllRanges());

  // A line opens into the full card, focused; "Show as one line" folds it back.
  await rowOf(page, TROOPS).click();
  await expect(cardOf(page, TROOPS)).toBeVisible();
  await expect(cardOf(page, TROOPS)).toHaveClass(/is-active/);
  await expect(rowOf(page, TROOPS)).toHaveCount(0);
  await cardOf(page, TROOPS).getByRole('button', { name: 'Show as one line' }).click();
  await expect(rowOf(page, TROOPS)).toHaveCount(1);
  await expect(page.getByTestId('claim-card')).toHaveCount(0);

  // A click on a highlight opens that claim's card, scrolled to and focused.
  await articleText(page).locator('mark.claim-highlight').filter({ hasText: 'Hamrin' }).first().click();
  await expect(cardOf(page, HAMRIN)).toBeFocused();
  expect(await inView(cardOf(page, HAMRIN))).toBe(true);

  // What is typed is never folded away: opening another claim leaves this card open, unsaved.
  await cardOf(page, HAMRIN).getByRole('textbox', { name: 'Statement', exact: true }).fill('The raid was in the Hamrin Mountains.');
  await rowOf(page, NINE).click();
  await expect(cardOf(page, NINE)).toHaveClass(/is-active/);
  await expect(cardOf(page, HAMRIN).getByTestId('unsaved-changes')).toBeVisible();
  await expect(cardOf(page, HAMRIN).getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue('The raid was in the Hamrin Mountains.');
  // Its Save works although the open card above it is another claim's: pressing a button in one
  // card must not fold or shrink the other (the list would jump under the pointer and the click be
  // lost). The open card has its "Checked before" list; the focus moving below must leave it be.
  await expect(cardOf(page, NINE).getByTestId('similar-claims')).toBeVisible();
  const save = cardOf(page, HAMRIN).getByRole('button', { name: 'Save', exact: true });
  await save.focus();
  await expect(cardOf(page, HAMRIN)).toHaveClass(/is-active/);
  await expect(cardOf(page, NINE).getByTestId('similar-claims')).toBeVisible();
  await expect(cardOf(page, NINE).getByRole('textbox', { name: 'Statement', exact: true })).toBeVisible();
  await save.click();
  // Saved, nothing holds it open: it folds back to its line; the claim opened stays open.
  await expect(rowOf(page, HAMRIN)).toHaveCount(1);
  await expect(cardOf(page, NINE)).toBeVisible();
  await rowOf(page, HAMRIN).click();
  await expect(cardOf(page, HAMRIN).getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue('The raid was in the Hamrin Mountains.');
  await expect(rowOf(page, NINE)).toHaveCount(1);

  // Add claim: the new claim's card is open, in view and focused.
  await selectPhrase(page, DNA);
  await page.getByRole('button', { name: 'Add claim' }).click();
  await expect(cardOf(page, DNA)).toBeFocused();
  expect(await inView(cardOf(page, DNA))).toBe(true);
  await expect(page.getByTestId('count-DRAFT')).toContainText('3');
  await snap(page, testInfo, '03-new-claim-focused');

  // Accept a suggestion: the same.
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  const suggestion = page.getByTestId('suggestion').first();
  await expect(suggestion).toBeVisible();
  const sentence = (await suggestion.locator('button.suggestion-text').textContent())!.trim();
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  const accepted = page.locator('[data-testid="claim-card"].is-active');
  await expect(accepted).toBeFocused();
  await expect(accepted.getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue(sentence);
  expect(await inView(accepted)).toBe(true);

  // Every card open, kept for this browser across a reload.
  await page.getByLabel('Open every card').check();
  await expect(page.getByTestId('claim-row')).toHaveCount(0);
  await expect(page.getByTestId('claim-card')).toHaveCount(6);
  await page.reload();
  await expect(page.getByTestId('claim-card')).toHaveCount(6);
  await expect(page.getByLabel('Open every card')).toBeChecked();
  await page.getByLabel('Open every card').uncheck();
  await expect(rows(page)).toHaveCount(6);
});
