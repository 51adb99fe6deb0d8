import { GET as listArticles, POST as createArticle } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { GET as listRevisions, POST as addRevision } from '@/app/api/articles/[id]/revisions/route';
import { db } from '@/lib/server/db';
import { createClaimAs, QUOTES, send, sendOk, submittedClaimAs, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let sample: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  sample = { id: world.article.id, text: world.revision.text };
});

describe('GET /api/articles', () => {
  it('lists articles with their latest revision and claim counts by status', async () => {
    await createClaimAs(world.editor, sample, QUOTES.wounded);
    await submittedClaimAs(world.editor, sample, QUOTES.nine);
    const { articles } = await sendOk(200, listArticles, 'GET', '/api/articles', { as: world.reviewer });
    const listed = articles.find((a: { id: string }) => a.id === world.article.id);
    expect(listed).toMatchObject({
      slug: 'cnn-us-iraq-raid',
      title: world.article.title,
      outlet: 'CNN',
      url: null,
      latestRevision: { id: world.revision.id, number: 1 },
      claimCounts: { total: 2, DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 0 },
    });
  });

  it('answers 401 without a session', async () => {
    const res = await send(listArticles, 'GET', '/api/articles');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /api/articles (JSON)', () => {
  it('creates the article, revision 1 with normalised text, a unique slug and an audit event', async () => {
    const body = { title: 'Café raid report', text: 'First line.\r\nSecond line.\r\n\r\n', outlet: 'Example Times', url: 'https://example.com/raid', byline: 'A. Writer', publishedAt: '2024-08-30' };
    const first = (await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body })).article;
    expect(first).toMatchObject({
      slug: 'cafe-raid-report',
      title: 'Café raid report',
      outlet: 'Example Times',
      url: 'https://example.com/raid',
      byline: 'A. Writer',
      publishedAt: '2024-08-30T00:00:00.000Z',
      latestRevision: { number: 1 },
    });
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { id: first.latestRevision.id } });
    expect(revision).toMatchObject({ articleId: first.id, number: 1, text: 'First line.\nSecond line.', authorId: world.editor.id });
    expect(revision.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const events = await db.auditEvent.findMany({ where: { entityId: first.id } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['article.created', world.editor.id]]);

    const second = (await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body })).article;
    const third = (await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.reviewer, body })).article;
    expect([second.slug, third.slug]).toEqual(['cafe-raid-report-2', 'cafe-raid-report-3']);
  });

  it('answers 401 without a session and writes nothing', async () => {
    const before = await dbSnapshot();
    const res = await send(createArticle, 'POST', '/api/articles', { body: { title: 'T', text: 'x' } });
    expect(res.status).toBe(401);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 naming the fields for missing title, empty or blank text, wrong types and javascript: URLs', async () => {
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{ text: 'Some text' }, 'title'],
      [{ title: 'T', text: '' }, 'text'],
      [{ title: 'T', text: ' \n\t ' }, 'text'],
      [{ title: 'T', text: 42 }, 'text'],
      [{ title: 'T', text: 'x', url: 'javascript:alert(1)' }, 'url'],
      [{ title: 'T', text: 'x', publishedAt: 'yesterday' }, 'publishedAt'],
    ];
    for (const [body, field] of cases) {
      const res = await send(createArticle, 'POST', '/api/articles', { as: world.editor, body });
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe('INVALID');
      expect(error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 413 for text over 1 MB and 415 for a form-encoded body', async () => {
    const before = await dbSnapshot();
    const big = await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Big', text: 'a'.repeat(1024 * 1024 + 1) } });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const form = await send(createArticle, 'POST', '/api/articles', { as: world.editor, rawBody: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('accepts text of exactly 1 MB', async () => {
    const res = await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Exactly one megabyte', text: 'a'.repeat(1024 * 1024) } });
    expect(res.status).toBe(201);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article, the latest revision text and its claims in reading order', async () => {
    const { article, revision, claims } = await sendOk(200, getArticle, 'GET', `/api/articles/${sample.id}`, { as: world.editor }, { id: sample.id });
    expect(article).toMatchObject({ id: sample.id, slug: 'cnn-us-iraq-raid', latestRevision: { id: world.revision.id, number: 1 } });
    expect(revision).toMatchObject({ id: world.revision.id, number: 1, text: sample.text });
    expect(typeof revision.createdAt).toBe('string');
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const starts = claims.map((c: { selector: { start: number } }) => c.selector.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(claims[0]).toHaveProperty('sources');
  });

  it('answers 401 without a session and 404 for an unknown id', async () => {
    expect((await send(getArticle, 'GET', `/api/articles/${sample.id}`, {}, { id: sample.id })).status).toBe(401);
    const res = await send(getArticle, 'GET', '/api/articles/nope', { as: world.editor }, { id: 'nope' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('/api/articles/:id/revisions', () => {
  it('lists revisions', async () => {
    const { revisions } = await sendOk(200, listRevisions, 'GET', `/api/articles/${sample.id}/revisions`, { as: world.editor }, { id: sample.id });
    expect(revisions).toEqual([expect.objectContaining({ id: world.revision.id, number: 1, note: 'Imported sample article', createdAt: expect.any(String) })]);
    expect(revisions[0]).not.toHaveProperty('text');
  });

  it('GET answers 401 without a session and 404 for an unknown article', async () => {
    expect((await send(listRevisions, 'GET', `/api/articles/${sample.id}/revisions`, {}, { id: sample.id })).status).toBe(401);
    expect((await send(listRevisions, 'GET', '/api/articles/nope/revisions', { as: world.editor }, { id: 'nope' })).status).toBe(404);
  });

  it('POST answers 401 without a session and 404 for an unknown article, writing nothing (more in revisions*.test.ts)', async () => {
    const before = await dbSnapshot();
    const body = { text: 'Fifteen ISIS members were killed in the attack' };
    expect((await send(addRevision, 'POST', `/api/articles/${sample.id}/revisions`, { body }, { id: sample.id })).status).toBe(401);
    expect((await send(addRevision, 'POST', '/api/articles/nope/revisions', { as: world.editor, body }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});
