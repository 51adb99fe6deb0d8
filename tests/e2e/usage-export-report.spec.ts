// Usage: someone signed in (here another editor, who wrote none of the claims)
// exports the article's report from the workbench's export links, downloads the
// HTML file (the "download" link beside "HTML") and opens it in the browser. The published report carries the
// approved claim's quote, verdict and source; the working draft adds the rest,
// marked unapproved.
import { pathToFileURL } from 'node:url';
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { USERS, apiClient, createClaimOn, createSampleArticle, signIn, snap } from './helpers';

const APPROVED = 'Nine ISIS members were killed in the attack';
const DRAFT = 'about 40,000 US troops stationed in the region as of August';
const RATIONALE = 'The Iraqi Joint Operations Command statement gives nine dead.';
const SOURCE = {
  url: 'https://www.centcom.mil/MEDIA/STATEMENTS/e2e-export-statement/',
  title: 'Statement on the joint raid',
  publisher: 'U.S. Central Command',
};

/** Clicks the HTML report's download link and returns the saved file with the name the server gave it. */
async function downloadReport(page: Page, testInfo: TestInfo): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download HTML', exact: true }).click()]);
  const name = download.suggestedFilename();
  const path = testInfo.outputPath(name.replace(/(\.\w+)$/, `-${Date.now()}$1`));
  await download.saveAs(path);
  return { name, path };
}

test('someone signed in exports the HTML report from the workbench and reads it in the browser', async ({ page, baseURL, context }, testInfo) => {
  // --- Preconditions over the API: an approved claim with a source, and a draft -----
  const author = await apiClient(baseURL!, USERS.editor);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  const title = `Export report ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(author, title);
  const claim = await createClaimOn(author, articleId, text, APPROVED);
  expect((await author.post(`/api/claims/${claim.id}/sources`, { data: SOURCE })).status()).toBe(201);
  const current = (await (await author.get(`/api/claims/${claim.id}`)).json()).claim;
  expect((await author.patch(`/api/claims/${claim.id}`, { data: { version: current.version, verdict: 'mostly-true', rationale: RATIONALE } })).status()).toBe(200);
  expect((await author.post(`/api/claims/${claim.id}/submit`)).status()).toBe(200);
  expect((await reviewer.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  await createClaimOn(author, articleId, text, DRAFT);

  // --- Another editor opens the article from the list --------------------------------
  await signIn(page, USERS.editor2);
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(page.getByTestId('claim-card')).toHaveCount(2);

  // The export links: published scope by default, each one naming its format.
  const scope = page.getByRole('combobox', { name: 'Export scope', exact: true });
  await expect(scope).toHaveValue('published');
  const htmlHref = await page.getByRole('link', { name: 'Export HTML (opens in a new tab)', exact: true }).getAttribute('href');
  expect(htmlHref).toBeTruthy();
  const htmlUrl = new URL(htmlHref!, page.url());
  expect(htmlUrl.pathname).toBe(`/api/articles/${encodeURIComponent(articleId)}/export`);
  expect(htmlUrl.searchParams.get('format')).toBe('html');
  expect(htmlUrl.searchParams.get('scope')).toBe('published');
  const served = await page.request.get(htmlUrl.toString());
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('text/html');
  // Shown in the browser's tab (html-report-tab.spec.ts opens it there).
  expect(served.headers()['content-disposition']).toMatch(/^inline; filename=/);

  const jsonHref = await page.getByRole('link', { name: 'Export JSON', exact: true }).getAttribute('href');
  const jsonUrl = new URL(jsonHref!, page.url());
  expect(jsonUrl.searchParams.get('format')).toBe('json');
  expect(jsonUrl.searchParams.get('scope')).toBe('published');
  const json = await page.request.get(jsonUrl.toString());
  expect(json.status()).toBe(200);
  expect(JSON.stringify(await json.json())).toContain(APPROVED);
  await snap(page, testInfo, '01-workbench-export-links');

  // --- The published report: downloaded, then opened in a tab of its own ---------------
  const published = await downloadReport(page, testInfo);
  expect(published.name).toMatch(/\.published\.html$/);
  const report = await context.newPage();
  await report.goto(pathToFileURL(published.path).href);
  await expect(report).toHaveTitle(`Fact-check: ${title}`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(report.locator('.banner')).toHaveText('Published report: approved verdicts only');
  // The highlighted words in the article, with their footnote.
  const highlight = report.locator('mark.claim#claim-1');
  await expect(highlight).toHaveText(APPROVED);
  await expect(highlight).toHaveAttribute('title', 'Claim 1: Mostly true');
  // The footnote: quote, verdict, rationale, source, and who approved it.
  const notes = report.locator('section.claims li.note');
  await expect(notes).toHaveCount(1);
  const note = report.locator('#note-1');
  await expect(note.locator('blockquote.quote')).toHaveText(`“${APPROVED}”`);
  await expect(note.locator('.verdict')).toHaveText('Mostly true');
  await expect(note.locator('.rationale')).toHaveText(`Rationale: ${RATIONALE}`);
  const source = note.getByRole('link', { name: SOURCE.title });
  await expect(source).toHaveAttribute('href', SOURCE.url);
  await expect(note.locator('ul.sources li')).toContainText(SOURCE.publisher);
  await expect(note).toContainText('Checked by Erin Editor. Approved by Riley Reviewer');
  await expect(note.locator('.unapproved')).toHaveCount(0);
  // The verdict summary counts it; the unapproved claim is nowhere.
  await expect(report.locator('table.summary tbody tr')).toHaveCount(1);
  await expect(report.locator('table.summary tbody tr')).toContainText('Mostly true');
  // (The article text itself of course still has those words, unmarked.)
  await expect(report.locator('section.article')).toContainText(DRAFT);
  await expect(report.locator('mark').filter({ hasText: 'about 40,000' })).toHaveCount(0);
  await expect(report.locator('section.claims')).not.toContainText(DRAFT);
  await snap(report, testInfo, '02-published-report');

  // --- The working draft adds the unapproved claim, marked as such ----------------------
  await scope.selectOption('all');
  await expect(page.getByRole('link', { name: 'Download HTML', exact: true })).toHaveAttribute('href', /scope=all/);
  const draft = await downloadReport(page, testInfo);
  expect(draft.name).toMatch(/\.draft\.html$/);
  await report.goto(pathToFileURL(draft.path).href);
  await expect(report.locator('.banner')).toHaveText('Working draft: includes unapproved claims');
  await expect(notes).toHaveCount(2);
  await expect(report.locator('mark.claim.unapproved')).toHaveText(DRAFT);
  const unapproved = notes.filter({ hasText: DRAFT });
  await expect(unapproved).toHaveClass(/unapproved/);
  await expect(unapproved.locator('.flag.unapproved')).toHaveText('Unapproved');
  await expect(unapproved.locator('.verdict')).toHaveText('No verdict yet');
  await expect(unapproved).toContainText('Not yet approved.');
  await expect(notes.filter({ hasText: APPROVED }).locator('.verdict')).toHaveText('Mostly true');
  await snap(report, testInfo, '03-working-draft-report');

  await author.dispose();
  await reviewer.dispose();
});
