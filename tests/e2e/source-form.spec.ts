// A source is checked with the route's own schema before it is sent: a
// javascript: link (which the browser's type="url" lets through) is refused in
// the server's own words, no request leaves, the claim keeps its version; once
// corrected, the same form adds the source.
import { test, expect } from '@playwright/test';
import { editorWithClaim } from './claim-cards';
import { snap } from './helpers';

test('a source link that is not http(s) is refused before anything is sent; corrected, it is added', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Source form');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/sources')) sent.push(request.url());
  });

  await card.getByLabel('Source URL', { exact: true }).fill('javascript:alert(document.cookie)');
  await card.getByLabel('Source title', { exact: true }).fill('Looks like a source');
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.getByTestId('save-state')).toHaveText('Failed: The request is not valid (url: must be an http or https URL)');
  await expect(card.getByLabel('Source title', { exact: true })).toHaveValue('Looks like a source');
  await snap(page, testInfo, '01-refused-before-sending');
  expect(sent).toEqual([]);
  expect((await (await api.get(`/api/claims/${claim.id}`)).json()).claim.version).toBe(claim.version);

  await card.getByLabel('Source URL', { exact: true }).fill('https://example.org/joc-statement');
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.getByRole('link', { name: 'Looks like a source' })).toBeVisible();
  expect(sent).toHaveLength(1);
  await snap(page, testInfo, '02-added');
  await api.dispose();
});
