// A maintainer or a newsroom's developer reads the API where it runs: /api/docs
// (linked from the README) shows every route from GET /api/openapi.json in
// Swagger UI, without signing in, under the app's Content-Security-Policy.
import { test, expect } from '@playwright/test';
import { snap, watchViolations } from './helpers';

test('the API reference at /api/docs lists the routes from the OpenAPI document, with no CSP violation', async ({ page, request }, testInfo) => {
  const document = await request.get('/api/openapi.json');
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe('3.1.0');

  const violations = await watchViolations(page);
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Fact-check workbench API/ })).toBeVisible();
  const patchClaim = page.locator('.opblock', { hasText: 'PATCH' }).filter({ hasText: '/api/claims/{id}' }).first();
  await expect(patchClaim).toBeVisible();
  await snap(page, testInfo, '01-api-docs');

  // Opening an operation shows who may call it, its parameters, body and answers, the refusals among them.
  await patchClaim.locator('.opblock-summary').first().click();
  await expect(patchClaim.getByText('Who may call: author or admin.')).toBeVisible();
  await expect(patchClaim.getByText('Request body')).toBeVisible();
  await expect(patchClaim.getByText(/^CONFLICT: a stale version/)).toBeVisible();
  await snap(page, testInfo, '02-patch-claim');
  expect(violations, 'CSP violations on /api/docs').toEqual([]);
});
