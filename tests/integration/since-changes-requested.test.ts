// GET /api/claims/:id/since-changes-requested (issue 16, review cards): a claim
// sent back and resubmitted shows what changed since the reviewer asked, against
// the claim as it was sent back (frozen into the claim.changes_requested event);
// nothing once a later approval (or a restore) ends that request.
import { DELETE as deleteRoute } from '@/app/api/claims/[id]/route';
import { POST as restoreRoute } from '@/app/api/claims/[id]/restore/route';
import { GET } from '@/app/api/claims/[id]/since-changes-requested/route';
import { db } from '@/lib/server/db';
import { addSourceAs, getClaimAs, patchClaimAs, QUOTES, reviewAs, send, sendOk, submitAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld, type TestUser } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const since = (as: TestUser, id: string) => sendOk(200, GET, 'GET', `/api/claims/${id}/since-changes-requested`, { as }, { id });
const REQUEST = 'Cite the Pentagon too, and say who counted.';

describe('GET /api/claims/:id/since-changes-requested', () => {
  it('shows what the author changed since the claim was sent back, against the claim as it was then', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const { claim: sentBack } = await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: REQUEST });
    // Sent back, unchanged: the request, and nothing changed yet.
    expect(await since(world.editor2, claim.id)).toEqual({
      requestedAt: expect.any(String),
      requestedBy: { id: world.reviewer.id, name: world.reviewer.name },
      comment: REQUEST,
      requested: expect.objectContaining({ statement: sentBack.statement, verdict: { key: 'false', label: 'False' }, sources: [expect.objectContaining({ url: sentBack.sources[0].url })] }),
      current: expect.any(Object),
      changed: [],
    });

    const edited = await patchClaimAs(world.editor, claim.id, { version: sentBack.version, statement: 'Nine ISIS members were killed, the Iraqi JOC said' });
    await addSourceAs(world.editor, claim.id, { url: 'https://example.org/pentagon', title: 'Pentagon briefing' });
    await submitAs(world.editor, claim.id);
    const after = await since(world.reviewer, claim.id);
    expect(after.changed).toEqual(['statement', 'sources']);
    expect(after.requested.statement).toBe(sentBack.statement);
    expect(after.current.statement).toBe(edited.statement);
    expect(after.current.sources.map((s: { title: string | null }) => s.title)).toContain('Pentagon briefing');
  });

  it('has nothing to compare once the request is answered by an approval, or for a claim never sent back', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.wounded);
    expect(await since(world.reviewer, claim.id)).toMatchObject({ requestedAt: null, requestedBy: null, comment: null, requested: null, changed: [] });
    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: REQUEST });
    await submitAs(world.editor, claim.id);
    await reviewAs(world.reviewer, claim.id, { decision: 'approve' });
    expect(await since(world.reviewer, claim.id)).toMatchObject({ requestedAt: null, requested: null, changed: [] });
  });

  it('starts over for a restored claim', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.hamrin);
    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: REQUEST });
    await sendOk(204, deleteRoute, 'DELETE', `/api/claims/${claim.id}`, { as: world.editor }, { id: claim.id });
    await sendOk(200, restoreRoute, 'POST', `/api/claims/${claim.id}/restore`, { as: world.editor }, { id: claim.id });
    expect((await getClaimAs(world.editor, claim.id)).status).toBe('DRAFT');
    expect(await since(world.reviewer, claim.id)).toMatchObject({ requested: null, changed: [] });
  });

  it('reads a request written before snapshots were kept as one with nothing to compare', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.troops);
    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: REQUEST });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.changes_requested' } });
    const { snapshot: _dropped, ...older } = JSON.parse(event.after!);
    await db.auditEvent.update({ where: { id: event.id }, data: { after: JSON.stringify(older) } });
    expect(await since(world.reviewer, claim.id)).toMatchObject({ requestedAt: expect.any(String), comment: REQUEST, requested: null, changed: [] });
  });

  it('answers 401 without a session and 404 for an unknown claim', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(GET, 'GET', `/api/claims/${claim.id}/since-changes-requested`, {}, { id: claim.id })).status).toBe(401);
    const missing = await send(GET, 'GET', '/api/claims/nope/since-changes-requested', { as: world.editor }, { id: 'nope' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
  });
});
