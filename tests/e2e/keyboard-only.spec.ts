// Keyboard only (issue 16, WCAG 2.1.1 and 2.4.7): an editor signs in, finds
// the words of a claim with the article search, makes the claim, writes it,
// sources it and submits it; a reviewer approves it; the editor opens the HTML
// report. Every control is reached with Tab, in the page's order, and shows
// where the focus is; the save is announced in a status region.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { E2E_PASSWORD, USERS, apiClient, createSampleArticle, snap } from './helpers';

const TROOPS = 'about 40,000 US troops';

/** Presses Tab until `target` has the focus: reachable from the keyboard, in the page's order. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      // Visible focus: the browser's ring or ours, never none.
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, 'a visible focus indicator').not.toBe('none');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with ${limit} presses of Tab: ${target}`);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto('/signin');
  await tabTo(page, page.getByLabel('Email', { exact: true }));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/desk$/);
}

test('annotate, review and export with the keyboard alone', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(api, `Keyboard only ${Date.now()}`);
  await api.dispose();

  const editor = await (await browser.newContext()).newPage();
  await signInByKeyboard(editor, USERS.editor);
  await editor.goto(`/articles/${articleId}`);

  // The article search selects the words in the text; Ctrl+Alt+C makes them a claim.
  await tabTo(editor, editor.getByLabel('Search this article'));
  await editor.keyboard.type(TROOPS);
  await expect(editor.getByRole('status').filter({ hasText: 'in the text' })).toHaveText(/1 place in the text/);
  await tabTo(editor, editor.getByRole('button', { name: 'Next place in the text' }));
  await editor.keyboard.press('Enter');
  await expect.poll(() => editor.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(TROOPS);
  await editor.keyboard.press('Control+Alt+KeyC');
  const card = editor.getByTestId('claim-card').filter({ hasText: TROOPS });
  await expect(card).toBeFocused();

  // Write it: statement, verdict (type-ahead), rationale, then Save; the result is announced.
  const statement = card.getByRole('textbox', { name: 'Statement', exact: true });
  await tabTo(editor, statement);
  await editor.keyboard.press('ControlOrMeta+A');
  await editor.keyboard.type('About 40,000 US troops were in the region in August.');
  await tabTo(editor, card.getByRole('combobox', { name: 'Verdict', exact: true }));
  await editor.keyboard.type('Mostly');
  await expect(card.getByRole('combobox', { name: 'Verdict', exact: true })).toHaveValue('mostly-true');
  await tabTo(editor, card.getByRole('textbox', { name: 'Rationale', exact: true }));
  await editor.keyboard.type('The Pentagon gave that figure for August.');
  await tabTo(editor, card.getByRole('button', { name: 'Save', exact: true }));
  await editor.keyboard.press('Enter');
  await expect(card.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();

  // A source, through its form (Enter submits it).
  await tabTo(editor, card.getByRole('textbox', { name: 'Source URL', exact: true }));
  await editor.keyboard.type('https://www.defense.gov/News/');
  await tabTo(editor, card.getByRole('textbox', { name: 'Source title', exact: true }));
  await editor.keyboard.type('Pentagon briefing');
  await editor.keyboard.press('Enter');
  await expect(card.getByRole('link', { name: /Pentagon briefing/ })).toBeVisible();

  // Submit for review.
  await tabTo(editor, card.getByRole('button', { name: 'Submit for review' }));
  await editor.keyboard.press('Enter');
  await expect(card.getByTestId('claim-status').first()).toHaveText('In review');
  await snap(editor, testInfo, '01-submitted-by-keyboard');

  // The reviewer approves it from the queue.
  const reviewer = await (await browser.newContext()).newPage();
  await signInByKeyboard(reviewer, USERS.reviewer);
  await reviewer.goto(`/review?articleId=${articleId}`);
  const reviewCard = reviewer.getByTestId('review-card').filter({ hasText: TROOPS });
  await tabTo(reviewer, reviewCard.getByRole('textbox', { name: 'Comment', exact: true }));
  await reviewer.keyboard.type('Matches the briefing.');
  await tabTo(reviewer, reviewCard.getByRole('button', { name: 'Approve', exact: true }));
  await reviewer.keyboard.press('Enter');
  await expect(reviewCard).toHaveCount(0);
  await snap(reviewer, testInfo, '02-approved-by-keyboard');

  // The editor opens the report of what was approved, in a new tab.
  await editor.reload();
  const report = editor.getByRole('link', { name: 'Export HTML (opens in a new tab)', exact: true });
  await tabTo(editor, report);
  const [tab] = await Promise.all([editor.context().waitForEvent('page'), editor.keyboard.press('Enter')]);
  await tab.waitForLoadState();
  await expect(tab.locator('body')).toContainText(TROOPS);
  await expect(tab.locator('body')).toContainText('Mostly true');
  await snap(tab, testInfo, '03-report-opened-by-keyboard');

  await editor.context().close();
  await reviewer.context().close();
});
