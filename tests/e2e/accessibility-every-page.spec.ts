// axe-core on every page of the app, signed out and in each role (issue 16,
// WCAG 2.1 AA; accessibility.ts also asks 2.2 AA): zero serious or critical violations. Pages a role may not use
// are checked as that role meets them (the refusal is a page too). The
// workbench is checked with its claims as one line each (the default) and with
// every card open, and with a card in review open for a reviewer, where the
// decision controls are.
import { test, expect, type Page } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage, submittedClaim, type ClaimDensity } from './helpers';

const NINE = 'Nine ISIS members were killed in the attack';
const TROOPS = 'about 40,000 US troops stationed in the region';
const HAMRIN = 'the attack took place in the Hamrin Mountains';

interface World {
  articleId: string;
  publicPath: string;
}

async function world(baseURL: string): Promise<World> {
  const editor = await apiClient(baseURL, USERS.editor);
  const reviewer = await apiClient(baseURL, USERS.reviewer);
  const { articleId, text } = await createSampleArticle(editor, `Every page ${Date.now()}`);
  const approved = await submittedClaim(editor, articleId, text, NINE, 'true');
  expect((await reviewer.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve' } })).status()).toBe(200);
  const sentBack = await submittedClaim(editor, articleId, text, HAMRIN, 'false');
  expect((await reviewer.post(`/api/claims/${sentBack.id}/review`, { data: { decision: 'request_changes', comment: 'Which statement says so?' } })).status()).toBe(200);
  const troops = await submittedClaim(editor, articleId, text, TROOPS, 'mostly-true');
  // Two sources, listed one under the other (each a link): their targets must not crowd each other.
  const admin = await apiClient(baseURL, USERS.admin);
  expect((await admin.post(`/api/claims/${troops.id}/sources`, { data: { url: 'https://example.org/admin', title: 'Admin source' } })).status()).toBe(201);
  await admin.dispose();
  await createClaimOn(editor, articleId, text, 'DNA tests are still being conducted');
  const published = await reviewer.post(`/api/articles/${articleId}/publication`);
  expect(published.status()).toBe(200);
  const publicPath = new URL((await published.json()).publication.url).pathname;
  await editor.dispose();
  await reviewer.dispose();
  return { articleId, publicPath };
}

async function checkEvery(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    // What the page fetches after it opens (the workbench's claims, the desk's figures) is part of it.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    for (const violation of await seriousViolations(page)) found.push(`${path}: ${violation}`);
  }
  expect(found).toEqual([]);
}

const signedInPaths = (w: World) => [
  '/desk',
  '/articles',
  '/articles/new',
  `/articles/${w.articleId}`,
  `/articles/${w.articleId}/revisions`,
  '/review',
  '/inbox',
  '/account',
  '/admin/users',
  '/admin/verdicts',
  '/fact-checks',
  w.publicPath,
];

test('signed out: sign-in, the public fact-checks and a published page', async ({ page, baseURL }) => {
  const w = await world(baseURL!);
  // Not /api/docs: that is Swagger UI's own page for developers, and its markup has serious
  // violations of its own (nested-interactive, color-contrast, target-size) that are upstream's.
  await checkEvery(page, ['/signin', '/fact-checks', w.publicPath]);
});

for (const [role, email] of [
  ['editor', USERS.editor],
  ['reviewer', USERS.reviewer],
  ['admin', USERS.admin],
] as const) {
  for (const density of ['compact', 'full'] as ClaimDensity[]) {
    test(`${role}, claims ${density === 'compact' ? 'one line each' : 'all open'}: every page`, async ({ browser, baseURL }) => {
      const w = await world(baseURL!);
      const page = await signedInPage(browser, email, undefined, density);
      await checkEvery(page, density === 'full' ? signedInPaths(w) : [`/articles/${w.articleId}`]);
      await page.context().close();
    });
  }
}

test('a reviewer with a claim in review open in the workbench, and the queue filtered to it', async ({ browser, baseURL }) => {
  const w = await world(baseURL!);
  const page = await signedInPage(browser, USERS.reviewer, undefined, 'compact');
  await page.goto(`/articles/${w.articleId}`);
  await page.getByTestId('claim-row').filter({ hasText: TROOPS }).click();
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await checkEvery(page, [`/review?articleId=${w.articleId}`]);
  await page.context().close();
});
