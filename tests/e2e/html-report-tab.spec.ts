// The HTML report opens in a tab of its own (the server answers it inline);
// the "download" link beside it saves it. Every file name says which scope it
// holds: <slug>.published.<ext> or <slug>.draft.<ext>.
import { test, expect } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, createSampleArticle, signIn, snap, submittedClaim } from './helpers';

const APPROVED = 'Nine ISIS members were killed in the attack';

test('the HTML report opens in a new tab; download saves it under a name that says its scope', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  const title = `Report tab ${Date.now()}`;
  const { articleId, text } = await createSampleArticle(editor, title);
  const claim = await submittedClaim(editor, articleId, text, APPROVED, 'mostly-true');
  expect((await reviewer.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const slug = (await (await editor.get(`/api/articles/${articleId}`)).json()).article.slug as string;

  await signIn(page, USERS.editor2);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId('claim-card')).toHaveCount(1);

  // "HTML" opens the report in a new tab, shown by the browser rather than saved.
  const [report, served] = await Promise.all([
    page.context().waitForEvent('page'),
    page.context().waitForEvent('response', (response) => response.url().includes('/export?format=html')),
    page.getByRole('link', { name: 'Export HTML (opens in a new tab)', exact: true }).click(),
  ]);
  expect(served.headers()['content-disposition']).toBe(`inline; filename="${slug}.published.html"`);
  await expect(report).toHaveTitle(`Fact-check: ${title}`);
  await expect(report.locator('.banner')).toHaveText('Published report: approved verdicts only');
  await snap(report, testInfo, '01-report-in-a-tab');
  await report.close();

  // "download" beside it saves the same report, named for its scope.
  const [published] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download HTML', exact: true }).click()]);
  expect(published.suggestedFilename()).toBe(`${slug}.published.html`);
  await page.getByRole('combobox', { name: 'Export scope', exact: true }).selectOption('all');
  const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download HTML', exact: true }).click()]);
  expect(draft.suggestedFilename()).toBe(`${slug}.draft.html`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV (Excel)', exact: true }).click()]);
  expect(csv.suggestedFilename()).toBe(`${slug}.draft.excel.csv`);

  // The download link is a real attachment for whoever follows it without the page's script.
  const href = await page.getByRole('link', { name: 'Download HTML', exact: true }).getAttribute('href');
  const direct = await page.request.get(new URL(href!, page.url()).toString());
  expect(direct.headers()['content-disposition']).toBe(`attachment; filename="${slug}.draft.html"`);

  expect(await seriousViolations(page)).toEqual([]);
  await editor.dispose();
  await reviewer.dispose();
});
