// The source form checks a source with the route's own schema before it is
// sent: a javascript: link (which the browser's type="url" accepts) is named at
// its field, no request leaves, the claim keeps its version; once corrected,
// the same form adds the source.
import { test, expect } from '@playwright/test';
import { editorWithClaim } from './claim-cards';
import { snap } from './helpers';

test('a source link that is not http(s) is refused at its field before anything is sent; corrected, it is added', async ({ browser, baseURL }, testInfo) => {
  const { api, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Source form');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/sources')) sent.push(request.url());
  });

  await card.getByLabel('Source URL', { exact: true }).fill('javascript:alert(document.cookie)');
  await card.getByLabel('Source title', { exact: true }).fill('Looks like a source');
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.locator('[data-field="url"]')).toHaveText('must be an http or https URL');
  await snap(page, testInfo, '01-refused-at-the-field');
  expect(sent).toEqual([]);
  expect((await (await api.get(`/api/claims/${claim.id}`)).json()).claim.version).toBe(claim.version);

  await card.getByLabel('Source URL', { exact: true }).fill('https://example.org/joc-statement');
  await card.getByRole('button', { name: 'Add source', exact: true }).click();
  await expect(card.getByRole('link', { name: 'Looks like a source' })).toBeVisible();
  await expect(card.locator('[data-field="url"]')).toHaveCount(0);
  expect(sent).toHaveLength(1);
  await snap(page, testInfo, '02-added');
  await api.dispose();
});
