// Importing an article from a file: HTML becomes plain text with paragraphs,
// and nothing executable survives; a wrong file type is refused with a reason.
import { test, expect } from '@playwright/test';
import { USERS, articleText, signIn } from './helpers';

const HTML = `<!doctype html><html><head><title>Imported raid report</title><style>p { color: red }</style>
<script>window.__pwned = true</script></head><body>
<h1>Raid report</h1><p onclick="window.__pwned = true">Nine ISIS members were killed in the attack.</p>
<p>About 40,000 US troops are stationed in the region.</p><script>document.title = 'pwned'</script></body></html>`;

test('an HTML file is imported as clean text and opens in the workbench', async ({ page }) => {
  await signIn(page, USERS.editor);
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await page.getByRole('link', { name: 'Import an article' }).click();
  await page.getByLabel(/Article file/).setInputFiles({ name: 'raid.html', mimeType: 'text/html', buffer: Buffer.from(HTML) });
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported raid report');
  const text = articleText(page);
  await expect(text).toContainText('Nine ISIS members were killed in the attack.');
  await expect(text).toContainText('About 40,000 US troops');
  await expect(text).not.toContainText('pwned');
  await expect(text).not.toContainText('color: red');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  // Paragraphs stay paragraphs.
  expect(await text.locator('p').count()).toBeGreaterThanOrEqual(3);
});

test('a file of the wrong type is refused with a reason', async ({ page }) => {
  await signIn(page, USERS.editor);
  await page.goto('/articles/new');
  await page.getByLabel(/Article file/).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not a .txt, .md or .html file' })).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
