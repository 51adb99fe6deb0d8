// Usage: an editor annotates the sample article in the workbench. They select
// words, make a claim of them, add a source, choose a verdict, write a rationale
// and submit it for review, reading the card's save state at each step: empty,
// "Saving…", "Saved", and "Failed: <reason>" when the server refuses something.
// (The reviewer's approval and the export of this flow live in
// usage-review-cycle.spec.ts and usage-export-report.spec.ts.)
import { test, expect, type Page } from '@playwright/test';
import { USERS, SAMPLE_ARTICLE_TITLE, signIn, articleText, selectPhrase, claimCards, claimStatus, untilSettled, snap } from './helpers';

const PHRASE = 'Nine ISIS members were killed in the attack';
const VERDICT = { key: 'mostly-true', label: 'Mostly true' };
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

test('an editor selects words, makes a claim, sources it, rates it, explains it and submits it', async ({ page }, testInfo) => {
  await signIn(page, USERS.editor);
  const articleId = await openSampleArticle(page);

  // --- Words selected, claim added ------------------------------------------------
  const highlights = page.locator('mark.claim-highlight[data-claim-id]');
  const before = await highlights.count();
  await selectPhrase(page, PHRASE);
  await snap(page, testInfo, '01-words-selected');
  await page.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added.' })).toBeVisible();

  await expect(highlights).toHaveCount(before + 1);
  const mark = highlights.filter({ hasText: PHRASE }).first();
  await expect(mark).toHaveText(PHRASE);
  const claimId = await mark.getAttribute('data-claim-id');
  expect(claimId, 'the new highlight names its claim').toBeTruthy();

  const card = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/is-active/);
  await expect(claimCards(page)).toHaveCount(before + 1);
  await expect(claimStatus(card)).toHaveText('Draft');
  await expect(card.locator('blockquote').first()).toHaveText(`“${PHRASE}”`);
  // Fields are found by their accessible names (the <label> text): getByLabel would
  // also read a textarea's or select's own text as part of its wrapping label's text.
  const statement = card.getByRole('textbox', { name: 'Statement', exact: true });
  const verdict = card.getByRole('combobox', { name: 'Verdict', exact: true });
  const rationale = card.getByRole('textbox', { name: 'Rationale', exact: true });
  const save = card.getByRole('button', { name: 'Save', exact: true });
  const submit = card.getByRole('button', { name: 'Submit for review', exact: true });
  const saveState = card.getByTestId('save-state');
  await expect(statement).toBeVisible();
  await expect(statement).toHaveValue(PHRASE);
  await expect(verdict).toHaveValue('');
  // Nothing done on the card yet: no state, nothing to save.
  await expect(saveState).toHaveText('');
  await expect(save).toBeDisabled();
  await untilSettled(card);
  await snap(page, testInfo, '02-claim-created');

  // --- Submitting too early is refused, with the reasons ----------------------------
  await submit.click();
  await expect(saveState).toHaveText(/^Failed: The claim is not ready for review/);
  await expect(saveState).toContainText('verdict: choose a verdict before submitting');
  await expect(saveState).toContainText('sources: add at least one source before submitting');
  await expect(saveState).toHaveClass(/error/);
  await expect(claimStatus(card)).toHaveText('Draft');
  await snap(page, testInfo, '03-submit-refused');

  // --- A source: a non-web link is refused, the real one is added --------------------
  await expect(card.getByText('No sources yet.')).toBeVisible();
  const sourceUrl = card.getByLabel('Source URL', { exact: true });
  await sourceUrl.fill('javascript:alert(1)');
  await card.getByLabel('Source title', { exact: true }).fill(SOURCE.title);
  await card.getByLabel('Publisher', { exact: true }).fill(SOURCE.publisher);
  await card.getByLabel('Quoted passage', { exact: true }).fill(SOURCE.quote);
  await card.getByLabel('Accessed on', { exact: true }).fill(SOURCE.accessedOn);
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(saveState).toHaveText('Failed: The request is not valid (url: must be an http or https URL)');
  await expect(card.getByText('No sources yet.')).toBeVisible();
  // The form keeps what was typed after a refusal.
  await expect(card.getByLabel('Source title', { exact: true })).toHaveValue(SOURCE.title);
  await snap(page, testInfo, '04-source-refused');

  await sourceUrl.fill(SOURCE.url);
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  const sourceLink = card.getByRole('link', { name: SOURCE.title });
  await expect(sourceLink).toBeVisible();
  await expect(sourceLink).toHaveAttribute('href', SOURCE.url);
  await expect(saveState).toHaveText('Saved');
  await expect(saveState).not.toHaveClass(/error/);
  const listed = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: SOURCE.title }) });
  await expect(listed).toContainText(SOURCE.publisher);
  await expect(listed).toContainText(`accessed ${SOURCE.accessedOn}`);
  await expect(listed.locator('blockquote')).toHaveText(SOURCE.quote);
  // Added: the form is empty again for the next one.
  await expect(sourceUrl).toHaveValue('');
  await snap(page, testInfo, '05-source-added');

  // --- Verdict and rationale: unsaved, then "Saving…", then "Saved" -------------------
  await verdict.selectOption({ label: VERDICT.label });
  await rationale.fill(RATIONALE);
  await expect(save).toBeEnabled();
  // Unsaved edits hold the submission back.
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAttribute('title', 'Save your changes first');

  // Hold the save on its way to the server, to see the card say so while it waits.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const claimUrl = new RegExp(`/api/claims/${claimId}$`);
  await page.route(claimUrl, async (route) => {
    if (route.request().method() === 'PATCH') await held;
    await route.continue();
  });
  await save.click();
  await expect(saveState).toHaveText('Saving…');
  await expect(save).toBeDisabled();
  await snap(page, testInfo, '06-saving');
  release();
  await expect(saveState).toHaveText('Saved');
  await page.unroute(claimUrl);
  await expect(save).toBeDisabled();
  await expect(submit).toBeEnabled();
  await snap(page, testInfo, '07-saved');

  // --- Submitted for review -----------------------------------------------------------
  await submit.click();
  await expect(claimStatus(card)).toHaveText('In review');
  await expect(saveState).toHaveText('Saved');
  await expect(submit).toHaveCount(0);

  // The claim survives a reload: the database, not the page, holds it.
  await page.reload();
  const reloadedCard = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(claimStatus(reloadedCard)).toHaveText('In review');
  await expect(page.locator(`mark.claim-highlight[data-claim-id="${claimId}"]`)).toHaveText(PHRASE);
  await expect(reloadedCard.getByRole('combobox', { name: 'Verdict', exact: true })).toHaveValue(VERDICT.key);
  await expect(reloadedCard.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveValue(RATIONALE);
  await expect(reloadedCard.getByRole('link', { name: SOURCE.title })).toHaveAttribute('href', SOURCE.url);
  await snap(page, testInfo, 'workbench');

  // And the API, read with the same session, agrees.
  const stored = await page.request.get(`/api/claims/${claimId}`);
  expect(stored.status()).toBe(200);
  const { claim } = await stored.json();
  expect(claim).toMatchObject({ status: 'IN_REVIEW', articleId, rationale: RATIONALE, verdict: { key: VERDICT.key } });
  expect(claim.selector.exact).toBe(PHRASE);
  expect(claim.sources).toHaveLength(1);
  expect(claim.sources[0]).toMatchObject({ url: SOURCE.url, title: SOURCE.title, publisher: SOURCE.publisher, quote: SOURCE.quote });
});
