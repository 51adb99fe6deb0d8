// A press on a claim card's button does what it says, wherever the page is
// scrolled. Focus moves at the start of a press; the workbench used to scroll
// the article to the card's claim on every focus inside a card, smoothly, so
// the page moved while the button was held and the release landed elsewhere:
// no click. unsaved-edits.spec.ts (a) lost its "Add source" that way about one
// run in twelve on a busy machine; a person pressing at human speed lost it
// every time the text was not already centred on the claim.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { claimCardOf, editorWithClaim, fieldsOf } from './claim-cards';
import { createClaimOn, snap } from './helpers';

const LAST = 'MI5 director general Ken McCallum said in a speech in London';

/** Waits until the page has stopped scrolling (a smooth scroll takes a few frames). */
async function stillPage(page: Page) {
  let last = -1;
  await expect
    .poll(
      async () => {
        const y = await page.evaluate(() => window.scrollY);
        const same = y === last;
        last = y;
        return same;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

/** Presses `button` with the mouse the way a person does: down, a moment, up, at the same spot. */
async function pressSlowly(page: Page, button: Locator) {
  // In view inside the claims panel, without moving the page.
  await button.evaluate((b) => {
    const panel = b.closest('aside')!;
    panel.scrollTop += b.getBoundingClientRect().top - panel.getBoundingClientRect().top - 120;
  });
  const box = (await button.boundingBox())!;
  expect(box.y + box.height, 'the button is in view').toBeLessThan(page.viewportSize()!.height);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(200);
  await page.mouse.up();
}

test('a press in the active card lands though the reader scrolled the page meanwhile', async ({ browser, baseURL }, testInfo) => {
  const { page, card } = await editorWithClaim(browser, baseURL!, 'Press in card');
  await fieldsOf(card).statement.click();
  await card.getByLabel('Source URL', { exact: true }).fill('https://example.org/joc-statement');
  await stillPage(page);
  // The reader scrolls the page to the top, to read the headline again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await stillPage(page);

  await pressSlowly(page, card.getByRole('button', { name: 'Add source', exact: true }));
  await expect(card.getByRole('link', { name: 'https://example.org/joc-statement' })).toBeVisible();
  // The page stayed where the reader put it.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await snap(page, testInfo, '01-source-added-page-kept');
});

test('a press that makes another card active lands, and the text then shows its claim', async ({ browser, baseURL }, testInfo) => {
  const { api, articleId, page, card } = await editorWithClaim(browser, baseURL!, 'Press another card');
  const text = (await (await api.get(`/api/articles/${articleId}`)).json()).revision.text as string;
  const last = await createClaimOn(api, articleId, text, LAST);
  await page.reload();
  const lastCard = claimCardOf(page, last.id);
  // The last claim is the active one; then the reader goes back to the top of the page.
  await fieldsOf(lastCard).statement.click();
  await stillPage(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await stillPage(page);

  // A press in the first card, whose words are further down than the top of the page.
  await pressSlowly(page, card.getByRole('button', { name: 'History', exact: true }));
  await expect(card.getByRole('button', { name: 'Hide history', exact: true })).toBeVisible();
  await expect(card).toHaveClass(/is-active/);
  // Once the press is over, the article scrolls to the claim now active.
  await expect(page.locator(`mark[data-claim-ids~="${await card.getAttribute('data-claim-id')}"]`).first()).toBeInViewport();
  await stillPage(page);
  await snap(page, testInfo, '02-other-card-active-text-follows');
});
