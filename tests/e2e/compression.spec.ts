// The server sends its answers uncompressed (next.config.js `compress: false`;
// the reverse proxy compresses): an API answer or a page asked for with
// `Accept-Encoding: gzip`, each well over the 1 KB from which Next.js's gzip
// would compress it, comes back without a Content-Encoding. With COMPRESS=1 in
// the server's environment this spec fails: Next.js's gzip is back.
import { test, expect, type APIResponse } from '@playwright/test';
import { USERS, apiClient, createSampleArticle } from './helpers';

const GZIP = { 'accept-encoding': 'gzip' };

async function expectUncompressed(response: APIResponse): Promise<void> {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBeUndefined();
  // Big enough that a compressing server would have compressed it.
  expect((await response.body()).length).toBeGreaterThan(2048);
}

test('API answers and pages asked for with Accept-Encoding: gzip come back uncompressed', async ({ request, baseURL }) => {
  await expectUncompressed(await request.get('/api/openapi.json', { headers: GZIP }));
  await expectUncompressed(await request.get('/signin', { headers: GZIP }));

  const editor = await apiClient(baseURL!, USERS.editor);
  const { articleId } = await createSampleArticle(editor, `Compression ${Date.now()}`);
  const article = await editor.get(`/api/articles/${articleId}`, { headers: GZIP });
  await expectUncompressed(article);
  expect((await article.json()).revision.text).toContain('Nine ISIS members');
  await editor.dispose();
});
