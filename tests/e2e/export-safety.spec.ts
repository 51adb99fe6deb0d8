// The HTML report is opened in a real browser with attack payloads in every
// field a user writes: nothing may run, and the payloads must show as text.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, createClaimOn } from './helpers';

const PAYLOADS = {
  script: '<script>window.__ran = "script"; alert(1)</script>',
  img: '"><img src=x onerror="window.__ran = \'img\'; alert(1)">',
  svg: '<svg onload="window.__ran = \'svg\'; alert(1)">',
  style: '<style>body{display:none}</style>',
  link: '<a href="javascript:window.__ran=\'link\'">click</a>',
};
const ALL = Object.values(PAYLOADS).join(' ');

test('the HTML report renders user-written attacks as text and runs nothing', async ({ page, baseURL }, testInfo) => {
  const admin = await apiClient(baseURL!, USERS.admin);
  // A reviewer whose very name is an attack.
  const reviewerEmail = `xss-reviewer-${Date.now()}@example.com`;
  const reviewerPassword = 'correct horse battery staple 42';
  const made = await admin.post('/api/users', { data: { email: reviewerEmail, name: `Rev ${PAYLOADS.img}`, role: 'REVIEWER', password: reviewerPassword } });
  expect(made.status()).toBe(201);

  const editor = await apiClient(baseURL!, USERS.editor);
  const text = `Nine ISIS members were killed in the attack ${PAYLOADS.script}.\nAbout 40,000 US troops ${PAYLOADS.svg} are stationed in the region.`;
  const created = await editor.post('/api/articles', {
    data: { title: `Report ${PAYLOADS.script}`, text, outlet: `Outlet ${PAYLOADS.style}`, byline: `By ${PAYLOADS.link}` },
  });
  expect(created.status()).toBe(201);
  const articleId = (await created.json()).article.id as string;

  const approved = await createClaimOn(editor, articleId, text, `Nine ISIS members were killed in the attack ${PAYLOADS.script}`);
  const source = await editor.post(`/api/claims/${approved.id}/sources`, {
    data: { url: `https://example.org/?q=${encodeURIComponent(PAYLOADS.script)}`, title: `Source ${PAYLOADS.img}`, publisher: PAYLOADS.svg, quote: PAYLOADS.link },
  });
  expect(source.status()).toBe(201);
  expect((await editor.post(`/api/claims/${approved.id}/sources`, { data: { url: 'javascript:alert(1)' } })).status()).toBe(422);
  const current = (await (await editor.get(`/api/claims/${approved.id}`)).json()).claim;
  const patched = await editor.patch(`/api/claims/${approved.id}`, { data: { version: current.version, verdict: 'false', statement: `Statement ${PAYLOADS.img}`, rationale: `Rationale ${ALL}` } });
  expect(patched.status()).toBe(200);
  expect((await editor.post(`/api/claims/${approved.id}/submit`)).status()).toBe(200);
  const reviewer = await apiClient(baseURL!, reviewerEmail, reviewerPassword);
  expect((await reviewer.post(`/api/claims/${approved.id}/review`, { data: { decision: 'approve', comment: PAYLOADS.script } })).status()).toBe(200);
  // A second, unapproved claim appears in the working draft only.
  const draft = await createClaimOn(editor, articleId, text, `About 40,000 US troops ${PAYLOADS.svg}`);

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const scope of ['published', 'all'] as const) {
    const response = await editor.get(`/api/articles/${articleId}/export?format=html&scope=${scope}`);
    expect(response.status()).toBe(200);
    await page.setContent(await response.text(), { waitUntil: 'load' });
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
    expect(await page.locator('script, iframe, object, embed, svg, img, style:not(head style)').count()).toBe(0);
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)));
    expect(handlers).toEqual([]);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https?:|#)/.test(href))).toEqual([]);
    // The words are all there, shown as text.
    const body = await page.locator('body').innerText();
    expect(body).toContain(PAYLOADS.script);
    expect(body).toContain(`Statement ${PAYLOADS.img}`);
    expect(body).toContain(`Rev ${PAYLOADS.img}`);
    expect(await page.locator('body').isVisible()).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`report-${scope}.png`), fullPage: true });
    // Published means approved only.
    const hasDraft = await page.locator(`mark, li`).filter({ hasText: 'About 40,000 US troops' }).count();
    if (scope === 'published') expect(hasDraft).toBe(0);
    else expect(hasDraft).toBeGreaterThan(0);
  }
  expect(dialogs).toEqual([]);
  expect(draft.id).toBeTruthy();
  for (const client of [admin, editor, reviewer]) await client.dispose();
});
