// Who made a claim (issue 15), as an editor sets it: the card suggests the
// claimant its sentence names, the editor corrects it and says where it
// appeared, saves, and the claim keeps it through a reload; a reviewer's
// approval and a publication show it to readers on the public page.
import { test, expect } from '@playwright/test';
import { editorWithClaim } from './claim-cards';
import { USERS, apiClient, snap } from './helpers';

test('an editor corrects the suggested claimant and the appearance; the published page names them', async ({ browser, baseURL }, testInfo) => {
  const { api, articleId, claim, page, card } = await editorWithClaim(browser, baseURL!, 'Claimant check');
  const name = card.getByRole('textbox', { name: 'Name', exact: true });
  const type = card.getByRole('combobox', { name: 'A person or an organisation' });
  // "Nine ISIS members were killed in the attack, ... according to a statement from the Iraqi Joint Operations Command"
  await expect(name).toHaveValue('Iraqi Joint Operations Command');
  await expect(type).toHaveValue('Organization');

  await name.fill('Yehia Rasool');
  await type.selectOption('Person');
  await card.getByRole('textbox', { name: /^Their page/ }).fill('https://example.org/rasool');
  await card.getByText('Where and when it appeared').click();
  await card.getByRole('textbox', { name: /^Address/ }).fill('https://example.org/joc-statement');
  await card.getByLabel(/^Date/).fill('2024-10-30');
  await expect(card.getByTestId('unsaved-changes')).toBeVisible();
  await snap(page, testInfo, '1-claimant-typed');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('unsaved-changes')).toHaveCount(0);

  const saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved.claimant).toEqual({ name: 'Yehia Rasool', type: 'Person', url: 'https://example.org/rasool' });
  expect(saved.appearance).toEqual({ url: 'https://example.org/joc-statement', date: '2024-10-30T00:00:00.000Z' });
  await page.reload();
  await expect(name).toHaveValue('Yehia Rasool');
  await expect(card.getByLabel(/^Date/)).toHaveValue('2024-10-30');

  // A name without its kind is refused on the card, naming what to fix; nothing is sent.
  await type.selectOption('');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('save-state')).toContainText('claimant.type');
  await type.selectOption('Person');

  expect((await api.patch(`/api/claims/${claim.id}`, { data: { version: saved.version, verdict: 'true', rationale: 'The command said nine.' } })).status()).toBe(200);
  expect((await api.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://example.org/joc-statement', title: 'JOC statement' } })).status()).toBe(201);
  expect((await api.post(`/api/claims/${claim.id}/submit`)).status()).toBe(200);
  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  expect((await reviewer.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const published = await reviewer.post(`/api/articles/${articleId}/publication`);
  expect(published.status()).toBe(200);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto((await published.json()).publication.url);
  await expect(reader.locator(`#claim-${claim.id}`)).toContainText('Yehia Rasool');
  await snap(reader, testInfo, '2-public-page-claimant');
});
