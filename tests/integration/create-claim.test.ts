import { POST } from '@/app/api/articles/[id]/claims/route';
import { db } from '@/lib/server/db';
import { params, request, seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

const quote = 'Nine ISIS members were killed in the attack';

function selectionOf(text: string, exact: string) {
  const start = text.indexOf(exact);
  return { exact, start, end: start + exact.length };
}

describe('POST /api/articles/:id/claims', () => {
  it('saves a claim with selectors computed from the revision text and an audit event', async () => {
    const selector = selectionOf(world.revision.text, quote);
    const res = await POST(await request('POST', `/api/articles/${world.article.id}/claims`, { as: world.editor, body: { selector } }), params({ id: world.article.id }));
    expect(res.status).toBe(201);
    const { claim } = await res.json();
    expect(claim.selector).toEqual({
      exact: quote,
      start: selector.start,
      end: selector.end,
      prefix: world.revision.text.slice(selector.start - 32, selector.start),
      suffix: world.revision.text.slice(selector.end, selector.end + 32),
    });
    expect(claim).toMatchObject({ status: 'DRAFT', anchorStatus: 'INTACT', statement: quote, version: 1, authorId: world.editor.id, verdict: null, sources: [] });
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id } });
    expect(events.map((e) => e.action)).toEqual(['claim.created']);
  });

  it('answers 401 without a session and writes nothing', async () => {
    const before = await db.claim.count();
    const res = await POST(await request('POST', `/api/articles/${world.article.id}/claims`, { body: { selector: selectionOf(world.revision.text, quote) } }), params({ id: world.article.id }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
    expect(await db.claim.count()).toBe(before);
  });

  it('answers 422 naming the field when exact does not match the text', async () => {
    const selector = { ...selectionOf(world.revision.text, quote), exact: 'Fifteen ISIS members were killed in the attack' };
    const res = await POST(await request('POST', `/api/articles/${world.article.id}/claims`, { as: world.editor, body: { selector } }), params({ id: world.article.id }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.details).toHaveProperty(['selector.exact']);
  });

  it('answers 404 for an unknown article, 415 for a non-JSON body and 422 for malformed JSON', async () => {
    const missing = await POST(await request('POST', '/api/articles/nope/claims', { as: world.editor, body: { selector: selectionOf(world.revision.text, quote) } }), params({ id: 'nope' }));
    expect(missing.status).toBe(404);
    const form = await POST(
      await request('POST', `/api/articles/${world.article.id}/claims`, { as: world.editor, rawBody: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      params({ id: world.article.id }),
    );
    expect(form.status).toBe(415);
    const broken = await POST(
      await request('POST', `/api/articles/${world.article.id}/claims`, { as: world.editor, rawBody: '{"selector":', headers: { 'content-type': 'application/json' } }),
      params({ id: world.article.id }),
    );
    expect(broken.status).toBe(422);
    expect((await broken.json()).error).toMatchObject({ code: 'INVALID' });
  });
});
