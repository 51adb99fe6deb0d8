import { GET } from '@/app/api/claims/[id]/history/route';
import { DELETE as deleteClaim } from '@/app/api/claims/[id]/route';
import { DELETE as removeSource } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { createClaimAs, patchClaimAs, QUOTES, readyClaimAs, reviewAs, send, sendOk, submitAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const historyOf = async (claimId: string) => (await sendOk(200, GET, 'GET', `/api/claims/${claimId}/history`, { as: world.editor2 }, { id: claimId })).events;

describe('GET /api/claims/:id/history', () => {
  it('lists every event of the claim oldest first, with actor and parsed before/after', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.nine, 'half-true');
    await patchClaimAs(world.editor, claim.id, { version: claim.version, verdict: 'false' });
    await submitAs(world.editor, claim.id);
    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: 'Name the source' });
    const events = await historyOf(claim.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['claim.created', 'source.added', 'claim.updated', 'claim.submitted', 'claim.changes_requested']);
    expect(events[0]).toMatchObject({ actor: { id: world.editor.id, name: world.editor.name }, before: null, after: { verdict: 'half-true', status: 'DRAFT' } });
    expect(events[2]).toMatchObject({ before: { verdict: 'half-true' }, after: { verdict: 'false' } });
    expect(events[4]).toMatchObject({ actor: { id: world.reviewer.id }, before: { status: 'IN_REVIEW' }, after: { status: 'CHANGES_REQUESTED', comment: 'Name the source' } });
    const times = events.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort());
    expect(new Date(times[0]).toISOString()).toBe(times[0]);
  });

  it('keeps the history of a deleted claim readable, ending with its deletion', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.wounded);
    const [source] = claim.sources;
    await send(removeSource, 'DELETE', `/api/claims/${claim.id}/sources/${source.id}`, { as: world.editor }, { id: claim.id, sourceId: source.id });
    expect((await send(deleteClaim, 'DELETE', `/api/claims/${claim.id}`, { as: world.editor }, { id: claim.id })).status).toBe(204);
    const events = await historyOf(claim.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['claim.created', 'source.added', 'source.removed', 'claim.deleted']);
    expect(events[3].before).toMatchObject({ id: claim.id, statement: QUOTES.wounded });
  });

  it('answers 401 without a session and 404 for an id that never was a claim', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(GET, 'GET', `/api/claims/${claim.id}/history`, {}, { id: claim.id })).status).toBe(401);
    const res = await send(GET, 'GET', '/api/claims/nope/history', { as: world.editor }, { id: 'nope' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
