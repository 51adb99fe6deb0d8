// Shared pieces of the end-to-end specs: the test-only seed password, signing in
// and out, and selecting a phrase of the article inside the read-only editor.
import fs from 'node:fs';
import path from 'node:path';
import { expect, request, type APIRequestContext, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Seed password of the throwaway e2e database only (scripts/e2e-server.js passes it as SEED_PASSWORD). */
export const E2E_PASSWORD = 'e2e-only-Passw0rd!';

export const USERS = {
  editor: 'editor@example.com',
  editor2: 'editor2@example.com',
  reviewer: 'reviewer@example.com',
  admin: 'admin@example.com',
} as const;

export const SAMPLE_ARTICLE_TITLE = "Joint U.S.-Iraq raid kills 'multiple ISIS operatives'";

/**
 * How the workbench lists claims for a spec. Most specs were written for
 * every claim card open and work on cards they did not open themselves; they
 * sign in as a person who chose "Open every card". The overview's specs use
 * the app's default, one line per claim ('compact').
 */
export type ClaimDensity = 'compact' | 'full';

export async function signIn(page: Page, email: string, password: string = E2E_PASSWORD, density: ClaimDensity = 'full'): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signing in lands on the desk (what is waiting for this person).
  await expect(page).toHaveURL(/\/desk\/?(\?.*)?$/);
  await expect(page.getByRole('heading', { name: 'Desk', exact: true })).toBeVisible();
  // The heading is the server's HTML; a click before the page's scripts have
  // run would be lost (before-scripts.spec.ts). The load event comes after them.
  await page.waitForLoadState('load');
  // The workbench's own setting, kept in the browser (components/editor/use-claim-density.ts).
  await page.evaluate((value) => window.localStorage.setItem('workbench.claimDensity', value), density);
}

export async function signOut(page: Page): Promise<void> {
  const before = page.url();
  await page.getByRole('button', { name: 'Sign out' }).click();
  // next-auth may land on /signin or on the home page, which redirects there when signed out.
  await page.waitForURL((url) => url.href !== before);
  await page.goto('/articles');
  await expect(page).toHaveURL(/\/signin/);
}

/** The Tiptap editor holding the article text in the workbench. */
export function articleText(page: Page): Locator {
  return page.getByTestId('article-text');
}

/**
 * Selects the first occurrence of `phrase` in the article text with a DOM Range,
 * the way a mouse selection would, and waits until the browser reports it.
 * The phrase may span several text nodes (e.g. across existing highlights).
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const root = articleText(page);
  await expect(root).toContainText(phrase);
  const selected = await root.evaluate((container, wanted) => {
    const editable = (container.matches('.ProseMirror') ? container : container.querySelector('.ProseMirror')) ?? container;
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      text += (node as Text).data;
    }
    const start = text.indexOf(wanted);
    if (start < 0) return null;
    const end = start + wanted.length;
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const length = node.data.length;
        // An end offset prefers the end of a node, a start offset the beginning of the next.
        if (isEnd ? offset <= seen + length : offset < seen + length) return [node, offset - seen];
        seen += length;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const [startNode, startOffset] = locate(start, false);
    const [endNode, endOffset] = locate(end, true);
    (editable as HTMLElement).focus({ preventScroll: true });
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    return selection.toString();
  }, phrase);
  expect(selected, `phrase not found in the article text: ${phrase}`).not.toBeNull();
  expect(selected).toBe(phrase);
  // ProseMirror picks the DOM selection up on selectionchange; give it a moment to settle.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
}

export function claimCards(page: Page): Locator {
  return page.getByTestId('claim-card');
}

/**
 * Waits until an element has kept its size and place for a moment: a card that
 * just became active loads more content into itself (e.g. its "Checked before"
 * list), and a click aimed at a button below that content could otherwise land
 * where the button was a moment earlier.
 */
export async function untilSettled(locator: Locator): Promise<void> {
  const samples: string[] = [];
  await expect
    .poll(
      async () => {
        const box = await locator.boundingBox();
        samples.push(JSON.stringify(box && [Math.round(box.y), Math.round(box.height)]));
        return samples.length >= 3 && new Set(samples.slice(-3)).size === 1;
      },
      { intervals: [200], timeout: 10_000, message: 'the element keeps changing size' },
    )
    .toBe(true);
}

/**
 * A claim card's own status badge. It heads the card; further down, an open
 * card's "Checked before" list may show other claims with their own badges.
 */
export function claimStatus(card: Locator): Locator {
  return card.getByTestId('claim-status').first();
}

/** A signed-in API client, signing in the standard next-auth way as docs/api.md#signing-in tells scripts to. */
export async function apiClient(baseURL: string, email: string, password: string = E2E_PASSWORD): Promise<APIRequestContext> {
  const client = await request.newContext({ baseURL });
  const { csrfToken } = await (await client.get('/api/auth/csrf')).json();
  const signedIn = await client.post('/api/auth/callback/credentials', { form: { email, password, csrfToken }, maxRedirects: 0 });
  expect([200, 302]).toContain(signedIn.status());
  const session = await (await client.get('/api/auth/session')).json();
  expect(session.user?.email).toBe(email);
  return client;
}

/** The sample article's text, as seeded. */
export function sampleArticleText(): string {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'prisma', 'seed-data', 'cnn-us-iraq-raid.txt'), 'utf8').replace(/\s+$/, '');
}

/** Creates a claim on `exact` (first occurrence) over the API and returns it. */
export async function createClaimOn(client: APIRequestContext, articleId: string, text: string, exact: string) {
  const start = text.indexOf(exact);
  expect(start, `"${exact}" is in the text`).toBeGreaterThanOrEqual(0);
  const response = await client.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact, start, end: start + exact.length } } });
  expect(response.status()).toBe(201);
  return (await response.json()).claim as { id: string; version: number };
}

/** A page in its own browser context, signed in: several users side by side in one test. */
export async function signedInPage(browser: Browser, email: string, password: string = E2E_PASSWORD, density: ClaimDensity = 'full'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password, density);
  return page;
}

/** A fresh copy of the sample article, so a spec's claims never meet another spec's. */
export async function createSampleArticle(client: APIRequestContext, title: string): Promise<{ articleId: string; text: string }> {
  const text = sampleArticleText();
  const created = await client.post('/api/articles', { data: { title, text, outlet: 'CNN' } });
  expect(created.status()).toBe(201);
  return { articleId: (await created.json()).article.id as string, text };
}

/** A claim on `exact` with a source, a verdict and a rationale, submitted for review. */
export async function submittedClaim(client: APIRequestContext, articleId: string, text: string, exact: string, verdict = 'true', rationale = 'The statement matches the source.') {
  const claim = await createClaimOn(client, articleId, text, exact);
  expect((await client.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://example.org/joc-statement', title: 'JOC statement' } })).status()).toBe(201);
  const current = (await (await client.get(`/api/claims/${claim.id}`)).json()).claim;
  expect((await client.patch(`/api/claims/${claim.id}`, { data: { version: current.version, verdict, rationale } })).status()).toBe(200);
  const submitted = await client.post(`/api/claims/${claim.id}/submit`);
  expect(submitted.status()).toBe(200);
  return (await submitted.json()).claim as { id: string; version: number; authorId: string };
}

/** A full-page screenshot of one step, saved in the test's output folder and attached to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Collects every CSP violation the page reports, from the console and from `securitypolicyviolation` events. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

/**
 * This page's live updates cut off (its event stream refused, as when the
 * connection is down): for the specs that need a page holding an old copy of
 * a claim, to show what happens when it acts on it (a 409 and its choices).
 */
export async function withoutLiveUpdates(page: Page): Promise<void> {
  await page.route(/\/api\/(articles\/[^/]+\/)?events(\?|$)/, (route) => route.abort());
}
