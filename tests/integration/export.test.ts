import { GET } from '@/app/api/articles/[id]/export/route';
import { approvedClaim, createClaimAs, QUOTES, send, submittedClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
const ids: Record<string, string> = {};
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  // Rationales are unique markers: they appear in a report only with their claim's footnote.
  const approved = await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine, 'mostly-false');
  ids.approved = approved.id;
  ids.inReview = (await submittedClaimAs(world.editor, article, QUOTES.hamrin, 'unverifiable')).id;
  ids.draft = (await createClaimAs(world.editor, article, QUOTES.wounded, { rationale: 'DRAFT-MARKER <script>alert(1)</script>', verdict: 'misleading' })).id;
});

const exportPath = (query: string, id = article.id) => `/api/articles/${id}/export?${query}`;
// `as: null` sends no session cookie.
const fetchExport = (query: string, as: typeof world.editor | null = world.editor, id = article.id) => send(GET, 'GET', exportPath(query, id), { as: as ?? undefined }, { id });

describe('GET /api/articles/:id/export?format=html', () => {
  it('published scope (the default): approved claims only, as an HTML page the browser shows', async () => {
    const res = await fetchExport('format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="cnn-us-iraq-raid.published.html"');
    const html = await res.text();
    expect(html).toContain('Published report');
    expect(html).toContain('Mostly false');
    expect(html).toContain('The Joint Operations Command said so.');
    expect(html).toContain(world.reviewer.name);
    expect(html).not.toContain('DRAFT-MARKER');
    expect(html).not.toContain('Unverifiable</span>');
    expect(html).not.toContain('Unapproved');
  });

  it('scope=all includes unapproved claims and marks them, escaping what users typed', async () => {
    const html = await (await fetchExport('format=html&scope=all')).text();
    expect(html).toContain('Working draft');
    expect(html).toContain('DRAFT-MARKER &lt;script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Misleading');
    expect(html.match(/class="flag unapproved"/g)).toHaveLength(2);
  });
});

describe('GET /api/articles/:id/export?format=json', () => {
  it('carries every field of the claims in scope', async () => {
    const res = await fetchExport('format=json&scope=all', world.reviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="cnn-us-iraq-raid.draft.json"');
    const data = await res.json();
    expect(data.scope).toBe('all');
    expect(data.article).toMatchObject({ id: article.id, slug: 'cnn-us-iraq-raid', title: world.article.title });
    expect(data.revision).toMatchObject({ number: 1, text: article.text });
    const byId = Object.fromEntries(data.claims.map((c: { id: string }) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual([ids.approved, ids.inReview, ids.draft].sort());
    expect(byId[ids.approved]).toMatchObject({
      status: 'APPROVED',
      approved: true,
      verdict: { key: 'mostly-false', label: 'Mostly false' },
      approval: { reviewerName: world.reviewer.name },
      reviews: [expect.objectContaining({ reviewerName: world.reviewer.name, decision: 'APPROVE' })],
      sources: [expect.objectContaining({ url: 'https://www.centcom.mil/MEDIA/STATEMENTS/' })],
    });
    expect(byId[ids.draft]).toMatchObject({ status: 'DRAFT', approved: false });
    const published = await (await fetchExport('format=json')).json();
    expect(published.claims.map((c: { id: string }) => c.id)).toEqual([ids.approved]);
  });
});

describe('export errors', () => {
  it('answers 422 naming the parameter for an unknown or missing format and a bad scope', async () => {
    for (const [query, field] of [
      ['format=docx', 'format'],
      ['', 'format'],
      ['format=html&scope=everything', 'scope'],
    ]) {
      const res = await fetchExport(query);
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
  });

  it('answers 401 without a session and 404 for an unknown article', async () => {
    expect((await fetchExport('format=html', null)).status).toBe(401);
    const res = await fetchExport('format=html', world.editor, 'nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
