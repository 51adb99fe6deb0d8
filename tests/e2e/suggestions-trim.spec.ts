// Trimming a suggestion before accepting it (issue 16): the reader selects the
// words that matter inside a suggested sentence, its entry then offers "Accept
// selected words", and the claim is on exactly those words.
import { test, expect } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, articleText, claimCards, createSampleArticle, selectPhrase, signIn, snap } from './helpers';

const TROOPS = 'about 40,000 US troops';
const NINE = 'Nine ISIS members were killed in the attack';

test('an editor trims a suggestion to "about 40,000 US troops" before accepting it', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Suggestion trim ${Date.now()}`);

  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText(TROOPS);
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  const items = page.getByTestId('suggestions').getByTestId('suggestion');
  const troops = items.filter({ hasText: TROOPS });
  const nine = items.filter({ hasText: NINE });
  await expect(troops).toHaveCount(1);
  const sentence = (await troops.locator('button.suggestion-text').textContent())!.trim();
  expect(sentence.length).toBeGreaterThan(TROOPS.length);

  // Without a selection the entry accepts its whole sentence, and the panel says how to take part of one.
  await expect(troops.getByRole('button', { name: 'Accept', exact: true })).toBeVisible();
  await expect(page.getByTestId('suggestions')).toContainText('select those words in the article');

  // Select the words, with the blanks around them as a careless drag takes them: only this entry changes.
  await selectPhrase(page, ` ${TROOPS} `);
  await expect(troops.getByRole('button', { name: 'Accept selected words' })).toBeVisible();
  await expect(troops.getByTestId('suggestion-trim')).toHaveText(`“${TROOPS}”`);
  await expect(nine.getByRole('button', { name: 'Accept', exact: true })).toBeVisible();
  await snap(page, testInfo, 'trim-selected');
  // The panel with its threshold control, hint and changed entry has no serious accessibility problem.
  expect(await seriousViolations(page)).toEqual([]);

  // A selection in another sentence leaves this one whole and offers that one's words instead.
  await selectPhrase(page, 'Nine ISIS members');
  await expect(troops.getByRole('button', { name: 'Accept', exact: true })).toBeVisible();
  await expect(nine.getByRole('button', { name: 'Accept selected words' })).toBeVisible();

  await selectPhrase(page, TROOPS);
  await troops.getByRole('button', { name: 'Accept selected words' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added' })).toBeVisible();
  await expect(troops).toHaveCount(0);

  // The claim quotes exactly those words, in the card, the highlight and the API.
  const card = claimCards(page).filter({ hasText: TROOPS });
  await expect(card).toHaveCount(1);
  await expect(card).toHaveClass(/is-active/);
  await expect(card.locator('blockquote').first()).toHaveText(`“${TROOPS}”`);
  await expect(page.locator('mark.claim-highlight').filter({ hasText: TROOPS })).toHaveText(TROOPS);
  const view = await (await editor.get(`/api/articles/${articleId}`)).json();
  const claims = view.claims as Array<{ selector: { exact: string; start: number; end: number }; statement: string }>;
  expect(claims.map((c) => c.selector.exact)).toEqual([TROOPS]);
  expect(view.revision.text.slice(claims[0].selector.start, claims[0].selector.end)).toBe(TROOPS);
  await snap(page, testInfo, 'trim-accepted');

  // Accepting with a selection that covers the whole sentence takes the sentence, as before.
  await nine.locator('button.suggestion-text').click();
  await expect(nine.getByRole('button', { name: 'Accept', exact: true })).toBeVisible();
  const whole = (await nine.locator('button.suggestion-text').textContent())!.trim();
  await nine.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(claimCards(page).filter({ hasText: NINE }).locator('blockquote').first()).toHaveText(`“${whole}”`);
  await editor.dispose();
});
