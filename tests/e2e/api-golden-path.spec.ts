// The golden path over HTTP exactly as docs/api.md#signing-in describes it for scripts: sign in
// the standard next-auth way (csrf token, then the credentials callback), then
// drive claims, sources, review and export with JSON, against the real server.
import { test, expect, request as newRequest } from '@playwright/test';
import { USERS, apiClient } from './helpers';

const QUOTE = 'about 40,000 US troops stationed in the region as of August';

test('scripts can sign in and walk claim -> source -> submit -> approve -> export', async ({ baseURL }) => {
  const anonymous = await newRequest.newContext({ baseURL });
  const refused = await anonymous.get('/api/articles');
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('UNAUTHENTICATED');

  const editor = await apiClient(baseURL!, USERS.editor);
  expect((await (await editor.get('/api/auth/session')).json()).user.role).toBe('EDITOR');
  const { articles } = await (await editor.get('/api/articles')).json();
  const articleId = articles[0].id;
  const { revision } = await (await editor.get(`/api/articles/${articleId}`)).json();
  const start = revision.text.indexOf(QUOTE);
  expect(start).toBeGreaterThan(0);

  const bad = await editor.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact: 'about 50,000 US troops', start, end: start + 22 } } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.details).toHaveProperty(['selector.exact']);

  const created = await editor.post(`/api/articles/${articleId}/claims`, { data: { selector: { exact: QUOTE, start, end: start + QUOTE.length } } });
  expect(created.status()).toBe(201);
  let { claim } = await created.json();
  expect(claim.selector.prefix).toBe(revision.text.slice(start - 32, start));

  const source = await editor.post(`/api/claims/${claim.id}/sources`, { data: { url: 'https://www.defense.gov/News/troop-levels', title: 'Troop levels briefing' } });
  expect(source.status()).toBe(201);
  const javascriptUrl = await editor.post(`/api/claims/${claim.id}/sources`, { data: { url: 'javascript:alert(1)' } });
  expect(javascriptUrl.status()).toBe(422);

  claim = (await (await editor.get(`/api/claims/${claim.id}`)).json()).claim;
  const patched = await editor.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, verdict: 'mostly-true', rationale: 'Pentagon figures for August.' } });
  expect(patched.status()).toBe(200);
  const stale = await editor.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, rationale: 'an edit from an old copy' } });
  expect(stale.status()).toBe(409);

  const submitted = await editor.post(`/api/claims/${claim.id}/submit`);
  expect(submitted.status()).toBe(200);
  expect((await submitted.json()).claim.status).toBe('IN_REVIEW');
  expect((await editor.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } })).status()).toBe(403);

  const reviewer = await apiClient(baseURL!, USERS.reviewer);
  const queue = await (await reviewer.get('/api/review-queue')).json();
  expect(queue.claims.map((c: { id: string }) => c.id)).toContain(claim.id);
  const reviewed = await reviewer.post(`/api/claims/${claim.id}/review`, { data: { decision: 'approve' } });
  expect(reviewed.status()).toBe(200);
  expect((await reviewed.json()).claim.status).toBe('APPROVED');

  const html = await editor.get(`/api/articles/${articleId}/export?format=html`);
  expect(html.status()).toBe(200);
  expect(html.headers()['content-type']).toContain('text/html');
  expect(html.headers()['content-disposition']).toMatch(/^inline; filename=".+\.published\.html"$/);
  const report = await html.text();
  expect(report).toContain(QUOTE);
  expect(report).toContain('Mostly true');

  const json = await (await reviewer.get(`/api/articles/${articleId}/export?format=json&scope=all`)).json();
  expect(json.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({ status: 'APPROVED', approved: true });
  const pdf = await editor.get(`/api/articles/${articleId}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const unknown = await editor.get(`/api/articles/${articleId}/export?format=docx`);
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.details).toHaveProperty('format');

  for (const client of [anonymous, editor, reviewer]) await client.dispose();
});
