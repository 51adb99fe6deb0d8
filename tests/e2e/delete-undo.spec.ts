// Undo for delete (issue 16): an editor adds a claim ("Claim added."), fills
// it in, deletes it; the message about adding it goes, "Claim deleted. Undo"
// stands in the card's place, and Undo brings the claim back (same id,
// statement, source, verdict) as a draft. Left alone, the notice goes after
// about ten seconds and the claim stays deleted.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, articleText, claimCards, createSampleArticle, selectPhrase, signIn, snap } from './helpers';

const QUOTE = 'Nine ISIS members were killed in the attack';
const OTHER = 'the attack took place in the Hamrin Mountains in northern Iraq';

test('delete a claim, then Undo restores it in place; without Undo the deletion stands', async ({ page, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(api, `Delete and undo ${Date.now()}`);
  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText(QUOTE);

  // Added, filled in, saved, with a source.
  await selectPhrase(page, QUOTE);
  await page.getByRole('button', { name: 'Add claim' }).click();
  const added = page.getByRole('status').filter({ hasText: 'Claim added.' });
  await expect(added).toBeVisible();
  const card = claimCards(page).filter({ hasText: QUOTE });
  const id = await card.getAttribute('data-claim-id');
  expect(id).toBeTruthy();
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'False' });
  await card.getByRole('textbox', { name: 'Rationale', exact: true }).fill('The JOC statement gives nine.');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  await card.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/joc-statement');
  await card.getByRole('button', { name: 'Add source' }).click();
  await expect(card.getByRole('link', { name: 'https://example.org/joc-statement' })).toBeVisible();

  // Deleted: the stale "Claim added." goes; the notice stands where the card was, with Undo focused.
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  const notice = page.locator(`[data-testid="deleted-claim"][data-claim-id="${id}"]`);
  await expect(notice).toContainText('Claim deleted.');
  await expect(added).toHaveCount(0);
  await expect(claimCards(page).filter({ hasText: QUOTE })).toHaveCount(0);
  const undo = notice.getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeFocused();
  expect((await api.get(`/api/claims/${id}`)).status()).toBe(404);
  await snap(page, testInfo, '01-deleted-undo-offered');

  await undo.click();
  await expect(notice).toHaveCount(0);
  const back = page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);
  await expect(back).toBeVisible();
  await expect(back.getByTestId('claim-status')).toHaveText('Draft');
  await expect(back.getByRole('combobox', { name: 'Verdict', exact: true })).toHaveValue('false');
  await expect(back.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveValue('The JOC statement gives nine.');
  await expect(back.getByRole('link', { name: 'https://example.org/joc-statement' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Claim restored, as a draft.' })).toBeVisible();
  const restored = (await (await api.get(`/api/claims/${id}`)).json()).claim;
  expect(restored).toMatchObject({ id, status: 'DRAFT', verdict: { key: 'false' }, rationale: 'The JOC statement gives nine.' });
  // Highlighted in the text again.
  await expect(articleText(page).locator(`[data-claim-id="${id}"]`).first()).toBeVisible();
  await snap(page, testInfo, '02-restored');

  // A second claim, deleted and left alone: the notice goes by itself, and the claim stays deleted.
  await selectPhrase(page, OTHER);
  await page.getByRole('button', { name: 'Add claim' }).click();
  const second = claimCards(page).filter({ hasText: OTHER });
  const secondId = await second.getAttribute('data-claim-id');
  page.once('dialog', (dialog) => void dialog.accept());
  await second.getByRole('button', { name: 'Delete', exact: true }).click();
  const secondNotice = page.locator(`[data-testid="deleted-claim"][data-claim-id="${secondId}"]`);
  await expect(secondNotice).toBeVisible();
  await expect(secondNotice).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator(`[data-claim-id="${secondId}"]`)).toHaveCount(0);
  expect((await api.get(`/api/claims/${secondId}`)).status()).toBe(404);
  await snap(page, testInfo, '03-notice-gone-deletion-stands');
  await api.dispose();
});
