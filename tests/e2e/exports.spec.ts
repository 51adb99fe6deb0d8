// Someone exports the report from the workbench in every format; each file is
// read back by a program made for it and says what the workbench says.
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readPdf } from '../unit/export/pdf-read';
import { USERS, apiClient, createSampleArticle, signIn, snap, submittedClaim } from './helpers';

const APPROVED = 'Nine ISIS members were killed in the attack';
const DRAFT = 'about 40,000 US troops stationed in the region as of August';

async function download(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Export ${label}`, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!) };
}

test('every export format downloads from the workbench and reads back', async ({ page, baseURL }) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId, text } = await createSampleArticle(editor, `Export drill ${Date.now()}`);
  const claim = await submittedClaim(editor, articleId, text, APPROVED, 'mostly-true', 'JOC statement lists nine dead.');
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  expect((await reviewer.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const start = text.indexOf(DRAFT);
  expect((await editor.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact: DRAFT, start, end: start + DRAFT.length } } })).status()).toBe(201);

  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId('claim-card')).toHaveCount(2);

  // Published scope (the default): the approved claim only.
  const pdf = await download(page, 'PDF');
  expect(pdf.name).toMatch(/\.published\.pdf$/);
  const pdfText = (await readPdf(new Uint8Array(pdf.body))).text.replace(/\s+/g, ' ');
  expect(pdfText).toContain(APPROVED);
  expect(pdfText).toContain('Mostly true');
  expect(pdfText).not.toContain('40,000 US troops stationed in the region as of August [');

  const csv = parse((await download(page, 'CSV')).body.toString('utf8'), { columns: true }) as Record<string, string>[];
  expect(csv).toHaveLength(1);
  expect(csv[0]).toMatchObject({ quote: APPROVED, verdict: 'Mostly true', status: 'APPROVED' });

  const reviews = JSON.parse((await download(page, 'ClaimReview')).body.toString('utf8'));
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { '@type': 'Rating', alternateName: 'Mostly true' } });

  const annotations = JSON.parse((await download(page, 'W3C annotations')).body.toString('utf8'));
  expect(annotations.type).toBe('AnnotationCollection');
  const [item] = annotations.first.items;
  expect(item.motivation).toBe('assessing');
  expect(item.target.selector).toEqual(
    expect.arrayContaining([expect.objectContaining({ type: 'TextQuoteSelector', exact: APPROVED }), expect.objectContaining({ type: 'TextPositionSelector', start: text.indexOf(APPROVED) })]),
  );

  const markdown = (await download(page, 'Markdown')).body.toString('utf8');
  expect(markdown).toContain('[^1]');
  expect(markdown).toContain('Mostly true');

  // The working draft adds the unapproved claim, marked as such.
  await page.getByRole('combobox', { name: 'Export scope' }).selectOption('all');
  const all = JSON.parse((await download(page, 'JSON')).body.toString('utf8'));
  expect(all.format).toBe('factcheck-workbench/1');
  expect(all.claims.map((c: { approved: boolean; selector: { exact: string } }) => [c.selector.exact, c.approved])).toEqual([
    [APPROVED, true],
    [DRAFT, false],
  ]);
  const draftCsv = parse((await download(page, 'CSV')).body.toString('utf8'), { columns: true }) as Record<string, string>[];
  expect(draftCsv.map((row) => row.approved)).toEqual(['true', 'false']);

  await editor.dispose();
  await reviewer.dispose();
});

test('an export the server stops (over its time limit) says so on the page, and the next one downloads', async ({ page, baseURL }, testInfo) => {
  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Export refused ${Date.now()}`);
  await signIn(page, USERS.editor);
  await page.goto(`/articles/${articleId}`);

  // What the work pool answers for a job past its time limit (tests/integration/work-pool.test.ts makes it for real).
  const pdfUrl = `**/api/articles/${articleId}/export?format=pdf*`;
  await page.route(pdfUrl, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      headers: { 'retry-after': '5' },
      body: JSON.stringify({
        error: {
          code: 'WORK_TIMEOUT',
          message: 'This took longer than the 10 s one request may work for, so the server stopped it. Nothing was changed.',
          details: { limitSeconds: 10, retryAfterSeconds: 5 },
        },
      }),
    }),
  );
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('link', { name: 'Export PDF', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'export could not be made' });
  await expect(refusal).toHaveText(/^The PDF export could not be made: This took longer than the 10 s one request may work for/);
  await expect(page.getByRole('status').filter({ hasText: 'Preparing' })).toHaveCount(0);
  expect(downloads).toBe(0);
  await snap(page, testInfo, '01-export-refused');
  await page.unroute(pdfUrl);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export PDF', exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.published\.pdf$/);
  expect(
    fs
      .readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(refusal).toHaveCount(0);
  await editor.dispose();
});
