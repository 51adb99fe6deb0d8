// Claim and review cards as a person finds them, for the specs that work on
// one claim at a time (unsaved edits, four eyes).
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage } from './helpers';

export const PHRASE = 'Nine ISIS members were killed in the attack';

export const claimCardOf = (page: Page, id: string) => page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);
export const reviewCardOf = (page: Page, id: string) => page.locator(`[data-testid="review-card"][data-claim-id="${id}"]`);

/** The card's form and state, found the way a person reads them. */
export function fieldsOf(card: Locator) {
  return {
    statement: card.getByRole('textbox', { name: 'Statement', exact: true }),
    verdict: card.getByRole('combobox', { name: 'Verdict', exact: true }),
    rationale: card.getByRole('textbox', { name: 'Rationale', exact: true }),
    save: card.getByRole('button', { name: 'Save', exact: true }),
    saveState: card.getByTestId('save-state'),
    unsaved: card.getByTestId('unsaved-changes'),
  };
}

/** An editor's own claim on a fresh article, open in the workbench. */
export async function editorWithClaim(browser: Browser, baseURL: string, title: string) {
  const api = await apiClient(baseURL, USERS.editor);
  const { articleId, text } = await createSampleArticle(api, `${title} ${Date.now()}`);
  const claim = await createClaimOn(api, articleId, text, PHRASE);
  const page = await signedInPage(browser, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  const card = claimCardOf(page, claim.id);
  await expect(card.getByTestId('claim-status')).toHaveText('Draft');
  return { api, articleId, claim, page, card };
}
