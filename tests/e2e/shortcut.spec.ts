// The keyboard shortcut adds a claim from the selection, like the "Add claim" button.
import { test, expect } from '@playwright/test';
import { USERS, SAMPLE_ARTICLE_TITLE, signIn, articleText, selectPhrase } from './helpers';

const PHRASE = 'the attack took place in the Hamrin Mountains in northern Iraq';

test('Control+Alt+C adds a claim for the selected words', async ({ page }) => {
  await signIn(page, USERS.editor2);
  await page.getByRole('link', { name: SAMPLE_ARTICLE_TITLE }).first().click();
  await expect(articleText(page)).toContainText(PHRASE);

  await selectPhrase(page, PHRASE);
  await page.keyboard.press('Control+Alt+KeyC');

  const mark = page.locator('mark.claim-highlight[data-claim-id]').filter({ hasText: PHRASE });
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(PHRASE);
  const claimId = await mark.getAttribute('data-claim-id');
  const card = page.locator(`[data-testid="claim-card"][data-claim-id="${claimId}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText(PHRASE);
  await expect(card.getByTestId('claim-status')).toHaveText('Draft');
});
