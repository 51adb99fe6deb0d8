// Publishing (issue 15): a reviewer publishes an article's fact-check; its
// public page shows each claim as its latest approval froze it, never what was
// changed afterwards, until someone publishes again; unpublishing takes the page
// down (404) and keeps its address for the next publication.
import { DELETE as unpublishRoute, GET as publicationRoute, POST as publishRoute } from '@/app/api/articles/[id]/publication/route';
import { POST as createArticleRoute } from '@/app/api/articles/route';
import { db } from '@/lib/server/db';
import { getFactCheck } from '@/lib/server/publication/get-fact-check';
import { listFactChecks } from '@/lib/server/publication/list-fact-checks';
import { addSourceAs, approvedClaim, createClaimAs, patchClaimAs, QUOTES, reviewAs, send, sendOk, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef & { slug: string };
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text, slug: world.article.slug };
});

const publish = (as = world.reviewer, id = article.id) => send(publishRoute, 'POST', `/api/articles/${id}/publication`, { as }, { id });
const unpublish = (as = world.reviewer, id = article.id) => send(unpublishRoute, 'DELETE', `/api/articles/${id}/publication`, { as }, { id });
const page = () => getFactCheck({ slug: article.slug, requestOrigin: 'http://desk.example' });
const expectNotFound = async () => expect(page()).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });

describe('publishing an article', () => {
  let troops: Awaited<ReturnType<typeof approvedClaim>>;
  let draft: Awaited<ReturnType<typeof createClaimAs>>;

  beforeAll(async () => {
    troops = await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops);
    draft = await createClaimAs(world.editor, article, QUOTES.nine, { verdict: 'false', statement: 'Nine were killed (never approved)' });
  });

  const current = async () => (await sendOk(200, publicationRoute, 'GET', `/api/articles/${article.id}/publication`, { as: world.editor }, { id: article.id })).publication;

  it('is 404 before it is published', async () => {
    await expectNotFound();
    expect(await listFactChecks()).toEqual([]);
    expect(await current()).toBeNull();
  });

  it('refuses an editor (403) and changes nothing', async () => {
    expect((await publish(world.editor)).status).toBe(403);
    expect(await db.publication.count()).toBe(0);
    await expectNotFound();
  });

  it('answers the page URL and each approved claim with its anchor, and shows only approved claims', async () => {
    const res = await publish();
    expect(res.status).toBe(200);
    const { publication } = await res.json();
    expect(publication.url).toMatch(new RegExp(`/fact-checks/${article.slug}$`));
    expect(publication.claims).toEqual([{ claimId: troops.id, approvalId: expect.any(String), url: `${publication.url}#claim-${troops.id}` }]);
    expect(publication.firstPublishedAt).toBe(publication.publishedAt);

    const shown = await page();
    expect(shown.model.claims.map((c) => c.id)).toEqual([troops.id]);
    expect(shown.model.claims[0]).toMatchObject({ statement: troops.statement, approved: true });
    expect(shown.model.claims.some((c) => c.id === draft.id)).toBe(false);
    expect((await listFactChecks()).map((entry) => entry.slug)).toEqual([article.slug]);
    expect(await current()).toEqual(publication);
  });

  it('records who published what, in the audit trail', async () => {
    const events = await db.auditEvent.findMany({ where: { action: 'article.published', entityId: article.id } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(world.reviewer.id);
    expect(JSON.parse(events[0].after!)).toMatchObject({ slug: article.slug, claims: [{ claimId: troops.id }] });
    expect(events[0].before).toBeNull();
  });

  it('keeps showing the approved version while the claim is edited and re-sourced after approval', async () => {
    const edited = await patchClaimAs(world.editor, troops.id, { version: troops.version, statement: 'About 60,000 US troops (edited after approval)' });
    await addSourceAs(world.editor, troops.id, { url: 'https://random.blog.example/troops', title: 'Random blog' });
    expect(edited.statement).toContain('edited after approval');
    const shown = (await page()).model.claims[0];
    expect(shown.statement).toBe(troops.statement);
    expect(shown.sources.map((s) => s.url)).not.toContain('https://random.blog.example/troops');
  });

  it('shows a new approval only once published again; the first publication date stays', async () => {
    // The edit sent the approved claim back to review; a second person approves it again.
    expect((await db.claim.findUniqueOrThrow({ where: { id: troops.id } })).status).toBe('IN_REVIEW');
    await reviewAs(world.reviewer, troops.id, { decision: 'approve' });
    const before = await page();
    expect(before.model.claims[0].statement).toBe(troops.statement);

    const { publication } = await sendOk(200, publishRoute, 'POST', `/api/articles/${article.id}/publication`, { as: world.admin }, { id: article.id });
    const after = await page();
    expect(after.model.claims[0].statement).toContain('edited after approval');
    expect(after.model.claims[0].sources.map((s) => s.url)).toContain('https://random.blog.example/troops');
    expect(publication.firstPublishedAt).toBe(before.firstPublishedAt);
    expect(Date.parse(publication.publishedAt)).toBeGreaterThanOrEqual(Date.parse(before.publishedAt));

    const events = await db.auditEvent.findMany({ where: { action: 'article.published', entityId: article.id }, orderBy: { createdAt: 'asc' } });
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1].before!).claims[0].approvalId).not.toBe(JSON.parse(events[1].after!).claims[0].approvalId);
  });

  it('takes the page down on DELETE (404, off the list) and publishes again at the same address', async () => {
    const first = (await page()).firstPublishedAt;
    expect((await unpublish(world.editor)).status).toBe(403);
    expect((await unpublish()).status).toBe(204);
    await expectNotFound();
    expect(await listFactChecks()).toEqual([]);
    expect(await current()).toBeNull();
    expect((await unpublish()).status).toBe(404);

    const { publication } = await sendOk(200, publishRoute, 'POST', `/api/articles/${article.id}/publication`, { as: world.reviewer }, { id: article.id });
    expect(publication.url).toMatch(new RegExp(`/fact-checks/${article.slug}$`));
    expect(publication.firstPublishedAt).toBe(first);
    expect((await page()).model.claims).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: 'article.unpublished', entityId: article.id } })).toBe(1);
  });
});

describe('refusals', () => {
  it('409 for an article with nothing approved, and nothing written', async () => {
    const { article: fresh } = await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body: { title: 'Nothing approved', text: article.text } });
    const events = await db.auditEvent.count();
    const res = await publish(world.reviewer, fresh.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('CONFLICT');
    expect(await db.publication.count({ where: { articleId: fresh.id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it('refuses a body that picks claims (422) and publishes nothing', async () => {
    const { article: fresh } = await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body: { title: 'Picky', text: article.text } });
    await approvedClaim(world.editor, world.reviewer, { id: fresh.id, text: article.text }, QUOTES.wounded);
    const res = await send(publishRoute, 'POST', `/api/articles/${fresh.id}/publication`, { as: world.reviewer, body: { claims: ['x'] } }, { id: fresh.id });
    expect(res.status).toBe(422);
    expect(await db.publication.count({ where: { articleId: fresh.id } })).toBe(0);
  });
});
