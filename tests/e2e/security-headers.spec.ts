// Security headers through the real server (proxy.ts): a nonce-based
// Content-Security-Policy without 'unsafe-inline' for scripts on pages and API
// answers, a fresh nonce per request that Next.js puts on its own scripts, API
// answers never cached, static assets still cacheable; a path that is not valid
// UTF-8 answered 400 in the API's error shape; and a walk through the app in
// Chromium (sign in, workbench, add a claim, review queue, users, revisions)
// that draws no CSP violation at all.
import { test, expect, type APIResponse } from '@playwright/test';
import { USERS, SAMPLE_ARTICLE_TITLE, apiClient, articleText, createSampleArticle, selectPhrase, signIn, snap, watchViolations } from './helpers';

function directives(response: APIResponse): Map<string, string[]> {
  const csp = response.headers()['content-security-policy'];
  expect(csp, 'a Content-Security-Policy header').toBeTruthy();
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function nonceOf(response: APIResponse): string {
  const nonces = (directives(response).get('script-src') ?? []).filter((source) => source.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  return nonces[0].slice("'nonce-".length, -1);
}

/** What every answer (page or API) must carry. */
function expectSecurityHeaders(response: APIResponse): void {
  const csp = directives(response);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  // Plain http here: HSTS would be ignored by the browser and is not sent.
  expect(headers['strict-transport-security']).toBeUndefined();
}

test('a page carries the security headers, and each request gets its own nonce, which Next.js puts on its scripts', async ({ request }) => {
  const first = await request.get('/signin');
  const second = await request.get('/signin');
  expect(first.status()).toBe(200);
  expectSecurityHeaders(first);
  expectSecurityHeaders(second);
  const nonce = nonceOf(first);
  expect(nonce).toMatch(/^[A-Za-z0-9+/_-]{16,}={0,2}$/);
  expect(nonceOf(second)).not.toBe(nonce);

  // Every script tag of the page, inline or not, carries this request's nonce.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // The page's own bundles stay cacheable: static assets get no no-store.
  const bundle = html.match(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(bundle, 'a /_next/static script on the page').toBeTruthy();
  const asset = await request.get(bundle!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect(asset.headers()['cache-control']).not.toContain('no-store');
});

test('API answers, refused or not, carry the security headers and are never cached', async ({ request, baseURL }) => {
  const refused = await request.get('/api/articles');
  expect(refused.status()).toBe(401);
  expectSecurityHeaders(refused);
  expect(refused.headers()['cache-control']).toBe('no-store');

  const editor = await apiClient(baseURL!, USERS.editor);
  const answered = await editor.get('/api/articles');
  expect(answered.status()).toBe(200);
  expectSecurityHeaders(answered);
  expect(answered.headers()['cache-control']).toBe('no-store');
  expect(nonceOf(answered)).not.toBe(nonceOf(refused));
  await editor.dispose();
});

test('a path that is not valid UTF-8 is a 400: in the error shape under /api, plain text for pages', async ({ request }) => {
  const api = await request.get('/api/claims/%F0%9F');
  expect(api.status()).toBe(400);
  expect(api.headers()['content-type']).toMatch(/^application\/json/);
  const body = await api.json();
  expect(body).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
  expectSecurityHeaders(api);
  expect(api.headers()['cache-control']).toBe('no-store');

  // Broken in the middle of a longer path, and on a write.
  expect((await request.get('/api/articles/%C3%28/revisions')).status()).toBe(400);
  expect((await request.post('/api/claims/%FF/comments', { data: { body: 'x' } })).status()).toBe(400);

  const page = await request.get('/articles/%F0%9F');
  expect(page.status()).toBe(400);
  expect(page.headers()['content-type']).toMatch(/^text\/plain/);
  expectSecurityHeaders(page);

  // A well-formed escape still reaches the route, which asks for a session as for any claim.
  const wellFormed = await request.get('/api/claims/%F0%9F%98%80');
  expect(wellFormed.status()).toBe(401);
});

test('signing in and working through the app draws no Content-Security-Policy violation', async ({ page, baseURL }, testInfo) => {
  const admin = await apiClient(baseURL!, USERS.admin);
  const { articleId } = await createSampleArticle(admin, `CSP walk ${Date.now()}`);
  await admin.dispose();
  const violations = await watchViolations(page);

  // Sign-in page and next-auth's credentials flow.
  await page.goto('/signin');
  await snap(page, testInfo, '01-signin');
  await signIn(page, USERS.admin);
  await expect(page.getByRole('link', { name: SAMPLE_ARTICLE_TITLE }).first()).toBeVisible();
  await snap(page, testInfo, '02-articles');

  // The workbench: Tiptap renders the article (and injects its own <style>); adding
  // a claim needs the page's scripts to have run.
  await page.goto(`/articles/${articleId}`);
  await expect(articleText(page)).toContainText('Nine ISIS members');
  await selectPhrase(page, 'Nine ISIS members were killed in the attack');
  await page.getByRole('button', { name: 'Add claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claim added.' })).toBeVisible();
  await expect(page.getByTestId('claim-card')).toHaveCount(1);
  await snap(page, testInfo, '03-workbench-claim-added');

  await page.goto('/review');
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  await snap(page, testInfo, '04-review-queue');

  // Reached by the nav link: a client-side navigation, not a fresh document.
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  await snap(page, testInfo, '05-admin-users');

  await page.goto(`/articles/${articleId}/revisions`);
  await expect(page.getByRole('button', { name: 'Edit the text' })).toBeVisible();
  await snap(page, testInfo, '06-revisions');

  expect(violations, 'CSP violations while using the app').toEqual([]);

  // The watch does see a violation: markup injected the way an XSS would be, with
  // an inline event handler, is refused its script, and that is reported.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.injectedScriptRan = true">'));
  await expect.poll(() => violations.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined();
});
