// Publishing (issue 15), as people do it: a reviewer publishes from the
// workbench, a reader with no account opens the public page on a phone-sized
// screen; the page's ClaimReview blocks hold whatever editors typed, even
// `</script>`, without running any of it.
import { test, expect, type Page } from '@playwright/test';
import { accessibilityViolations } from './accessibility';
import { USERS, apiClient, createSampleArticle, signedInPage, snap, submittedClaim, watchViolations } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Every ClaimReview block on the page, parsed. */
async function claimReviews(page: Page): Promise<Array<Record<string, any>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block));
}

test('a reviewer publishes; a signed-out reader reads it on a 390-px screen; unpublished it is gone', async ({ browser, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editor, `Published raid check ${Date.now()}`);
  const claim = await submittedClaim(editor, articleId, text, 'multiple ISIS operatives', 'false', 'The command counted nine, named in its statement.');
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);

  const reviewer = await signedInPage(browser, USERS.reviewer);
  await reviewer.goto(`/articles/${articleId}`);
  await expect(reviewer.getByText('Not published')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Publish', exact: true }).click();
  const link = reviewer.getByRole('link', { name: /^\/fact-checks\// });
  await expect(link).toBeVisible();
  await snap(reviewer, testInfo, '1-reviewer-published');
  const publicUrl = (await link.getAttribute('href'))!;

  const readerContext = await browser.newContext({ viewport: PHONE, isMobile: true });
  const reader = await readerContext.newPage();
  const violations = await watchViolations(reader);
  const opened = await reader.goto(publicUrl);
  expect(opened!.status()).toBe(200);
  await expect(reader).not.toHaveURL(/signin/);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Published raid check');
  await expect(reader.getByRole('heading', { name: '1 claim checked' })).toBeVisible();
  const card = reader.locator(`#claim-${claim.id}`);
  await expect(card).toContainText('multiple ISIS operatives');
  await expect(card).toContainText('False');
  await expect(card).toContainText('The command counted nine');
  await expect(card.getByRole('link', { name: 'JOC statement' })).toBeVisible();
  // One readable column: nothing wider than the phone's screen.
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const [review] = await claimReviews(reader);
  expect(review).toMatchObject({ '@type': 'ClaimReview', url: `${publicUrl}#claim-${claim.id}`, reviewRating: { alternateName: 'False' } });
  expect(await accessibilityViolations(reader)).toEqual([]);
  await snap(reader, testInfo, '2-reader-phone');
  // The index lists it, and reads as well.
  await reader.goto('/fact-checks');
  await expect(reader.getByRole('link', { name: /Published raid check/ })).toBeVisible();
  expect(await accessibilityViolations(reader)).toEqual([]);
  await reader.goto(publicUrl);
  // The highlight's number leads to the claim's anchor.
  await reader.getByRole('link', { name: 'Claim 1', exact: true }).click();
  await expect(reader).toHaveURL(new RegExp(`#claim-${claim.id}$`));
  expect(violations).toEqual([]);

  await reviewer.getByRole('button', { name: 'Unpublish' }).click();
  await expect(reviewer.getByText('Not published')).toBeVisible();
  const gone = await reader.goto(publicUrl);
  expect(gone!.status()).toBe(404);
  await snap(reader, testInfo, '3-reader-after-unpublish');
  await readerContext.close();
});

test('</script> typed into every field stays inside its ClaimReview block and runs nothing', async ({ browser, baseURL }, testInfo) => {
  const attack = '</script><script>window.__ran = true</script><!--';
  const editor = await apiClient(baseURL!, USERS.editor);
  const reviewerApi = await apiClient(baseURL!, USERS.reviewer);
  const text = `The ministry said ${attack} nine people were killed.`;
  const created = await editor.post('/api/articles', { data: { title: `Title ${attack}`, text, outlet: `Outlet ${attack}`, byline: `By ${attack}`, url: 'https://news.example/story' } });
  expect(created.status()).toBe(201);
  const articleId = (await created.json()).article.id as string;
  const exact = `${attack} nine people were killed`;
  const start = text.indexOf(exact);
  const made = await editor.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact, start, end: start + exact.length } } });
  expect(made.status()).toBe(201);
  const claim = (await made.json()).claim;
  expect((await editor.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://example.org/x', title: `Source ${attack}`, publisher: attack } })).status()).toBe(201);
  const current = (await (await editor.get(`/api/claims/${claim.id}`)).json()).claim;
  const patched = await editor.patch(`/api/claims/${claim.id}`, {
    data: { version: current.version, verdict: 'false', statement: `Statement ${attack}`, rationale: `Rationale ${attack}`, claimant: { name: `Ministry ${attack}`, type: 'Organization' } },
  });
  expect(patched.status()).toBe(200);
  expect((await editor.post(`/api/claims/${claim.id}/submit`)).status()).toBe(200);
  expect((await reviewerApi.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const published = await reviewerApi.post(`/api/articles/${articleId}/publication`);
  expect(published.status()).toBe(200);
  const { publication } = await published.json();

  const context = await browser.newContext();
  const reader = await context.newPage();
  const dialogs: string[] = [];
  reader.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  expect((await reader.goto(publication.url))!.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('window.__ran');
  expect(await reader.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const reviews = await claimReviews(reader);
  expect(reviews).toHaveLength(1);
  expect(reviews[0].claimReviewed).toBe(`Statement ${attack}`);
  expect(reviews[0].itemReviewed.author.name).toBe(`Ministry ${attack}`);
  // The attack shows as text where people read it.
  await expect(reader.locator(`#claim-${claim.id}`)).toContainText(`Rationale ${attack}`);
  await snap(reader, testInfo, 'script-in-every-field');
  await context.close();
});
