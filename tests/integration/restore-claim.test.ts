// Undo for delete (issue 16): POST /api/claims/:id/restore puts a deleted claim
// back from its claim.deleted record: same id, statement, verdict, rationale,
// claimant and sources, as a draft (its reviews, comments and approvals went
// with it), on the latest revision (re-anchored when the article was revised
// since) or orphaned; for whoever may delete it, within 24 hours; audited as
// claim.restored.
import { POST as createArticle } from '@/app/api/articles/route';
import { DELETE as deleteRoute, GET as getRoute } from '@/app/api/claims/[id]/route';
import { POST as restoreRoute } from '@/app/api/claims/[id]/restore/route';
import { GET as historyRoute } from '@/app/api/claims/[id]/history/route';
import { GET as similarRoute } from '@/app/api/claims/[id]/similar/route';
import { GET as listVerdicts, PUT as replaceVerdicts } from '@/app/api/verdicts/route';
import { POST as addComment } from '@/app/api/claims/[id]/comments/route';
import { db } from '@/lib/server/db';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { addSourceAs, approvedClaim, createClaimAs, getClaimAs, patchClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { addRevisionAs, DELETED_QUOTE, reviseSample } from './helpers/revisions';
import { seedWorld, type TestUser } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;

/** An article of its own per test, so revisions in one do not move another's claims. */
async function freshArticle(title: string): Promise<ArticleRef> {
  const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title, text: world.revision.text } });
  return { id: article.id, text: world.revision.text };
}

const remove = (as: TestUser, id: string) => sendOk(204, deleteRoute, 'DELETE', `/api/claims/${id}`, { as }, { id });
const restore = (as: TestUser | undefined, id: string) => send(restoreRoute, 'POST', `/api/claims/${id}/restore`, as ? { as } : {}, { id });
const restoreOk = async (as: TestUser, id: string): Promise<ClaimDto> => (await sendOk(200, restoreRoute, 'POST', `/api/claims/${id}/restore`, { as }, { id })).claim;
const errorOf = async (res: Response) => ({ status: res.status, ...(await res.json()).error });

/** A draft with everything a card holds: verdict, rationale, claimant, two sources. */
async function fullDraft(article: ArticleRef, quote: string = QUOTES.nine): Promise<ClaimDto> {
  const claim = await createClaimAs(world.editor, article, quote, {
    verdict: 'false',
    rationale: 'The JOC statement says nine.',
    claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization' },
  });
  await addSourceAs(world.editor, claim.id, { url: 'https://example.org/joc', title: 'JOC statement', quote: 'Nine ISIS members were killed', accessedAt: '2024-10-30' });
  await addSourceAs(world.editor, claim.id, { url: 'https://example.org/pentagon', publisher: 'Pentagon' });
  return getClaimAs(world.editor, claim.id);
}

beforeAll(async () => {
  world = await seedWorld();
});

describe('POST /api/claims/:id/restore', () => {
  it('puts a deleted claim back as it was: same id, content, claimant and sources, a draft on the same words, one version on', async () => {
    const article = await freshArticle('Restore a draft');
    const claim = await fullDraft(article);
    await remove(world.editor, claim.id);
    expect((await send(getRoute, 'GET', `/api/claims/${claim.id}`, { as: world.editor }, { id: claim.id })).status).toBe(404);

    const restored = await restoreOk(world.editor, claim.id);
    const { version, updatedAt, ...rest } = claim;
    expect(restored).toEqual({ ...rest, version: version + 1, updatedAt: expect.any(String) });
    expect(await getClaimAs(world.editor2, claim.id)).toEqual(restored);
    // Found again by "Checked before": its search entry is back.
    expect(await db.claimSearchEntry.count({ where: { claimId: claim.id } })).toBe(1);
    const other = await createClaimAs(world.editor2, article, QUOTES.nine);
    const { claims } = await sendOk(200, similarRoute, 'GET', `/api/claims/${other.id}/similar`, { as: world.editor2 }, { id: other.id });
    expect(claims.map((c: { id: string }) => c.id)).toContain(claim.id);

    // The history goes on: deleted, then restored (read back with its action's schema).
    const { events } = await sendOk(200, historyRoute, 'GET', `/api/claims/${claim.id}/history`, { as: world.editor }, { id: claim.id });
    expect(events.slice(-2).map((e: { action: string; known: boolean }) => [e.action, e.known])).toEqual([
      ['claim.deleted', true],
      ['claim.restored', true],
    ]);
    expect(events.at(-1)).toMatchObject({ actor: { id: world.editor.id }, before: { deletedAt: expect.any(String) }, after: { id: claim.id, status: 'DRAFT', version: version + 1 } });
  });

  it('brings an approved claim back as a draft, without the reviews, comments and approval deleted with it', async () => {
    const article = await freshArticle('Restore an approved claim');
    const approved = await approvedClaim(world.editor, world.reviewer, article, QUOTES.wounded);
    await sendOk(201, addComment, 'POST', `/api/claims/${approved.id}/comments`, { as: world.editor2, body: { body: 'Which statement?' } }, { id: approved.id });
    expect(approved).toMatchObject({ status: 'APPROVED', lastApproval: { approvedBy: { id: world.reviewer.id } } });
    await remove(world.admin, approved.id);

    const restored = await restoreOk(world.editor, approved.id);
    expect(restored).toMatchObject({ id: approved.id, status: 'DRAFT', lastApproval: null, contributorIds: [], verdict: { key: 'false' }, statement: approved.statement });
    expect(restored.sources.map((s) => s.id)).toEqual(approved.sources.map((s) => s.id));
    expect(await db.comment.count({ where: { claimId: approved.id } })).toBe(0);
    expect(await db.review.count({ where: { claimId: approved.id } })).toBe(0);
    expect(await db.claimApproval.count({ where: { claimId: approved.id } })).toBe(0);
  });

  it('anchors the claim on the latest revision when the article was revised since, or brings it back orphaned', async () => {
    const article = await freshArticle('Restore after a revision');
    const nine = await fullDraft(article, QUOTES.nine);
    const gone = await createClaimAs(world.editor, article, DELETED_QUOTE);
    await remove(world.editor, nine.id);
    await remove(world.editor, gone.id);
    const revised = await addRevisionAs(world.editor, article.id, { text: reviseSample(article.text) });
    const latestId = revised.revision.id;

    const moved = await restoreOk(world.editor, nine.id);
    expect(moved).toMatchObject({ revisionId: latestId, anchorStatus: 'CHANGED', status: 'DRAFT', statement: nine.statement });
    expect(moved.selector.exact).toContain('Fifteen ISIS members were killed');
    const orphan = await restoreOk(world.editor, gone.id);
    expect(orphan).toMatchObject({ revisionId: gone.revisionId, anchorStatus: 'ORPHANED', status: 'DRAFT', selector: gone.selector });
  });

  it('is for whoever may delete the claim: its author or an admin', async () => {
    const article = await freshArticle('Restore permissions');
    const claim = await createClaimAs(world.editor, article, QUOTES.hamrin);
    await remove(world.editor, claim.id);
    expect((await restore(undefined, claim.id)).status).toBe(401);
    for (const as of [world.editor2, world.reviewer]) {
      expect(await errorOf(await restore(as, claim.id))).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'Only the author of a claim or an admin may change it' });
    }
    expect((await restoreOk(world.admin, claim.id)).authorId).toBe(world.editor.id);
  });

  it('answers 404 for a claim that never was, 409 for one that is not deleted or was restored already', async () => {
    const article = await freshArticle('Restore refusals');
    expect(await errorOf(await restore(world.admin, 'no-such-claim'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const claim = await createClaimAs(world.editor, article, QUOTES.troops);
    expect(await errorOf(await restore(world.editor, claim.id))).toMatchObject({ status: 409, code: 'CONFLICT', message: 'This claim is not deleted' });
    await remove(world.editor, claim.id);
    await restoreOk(world.editor, claim.id);
    expect(await errorOf(await restore(world.editor, claim.id))).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('restores once when two restores race', async () => {
    const article = await freshArticle('Restore race');
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    await remove(world.editor, claim.id);
    const statuses = (await Promise.all([restore(world.editor, claim.id), restore(world.admin, claim.id)])).map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: 'claim.restored' } })).toBe(1);
  });

  it('refuses after 24 hours: the history stays, the claim does not come back', async () => {
    const article = await freshArticle('Restore too late');
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    await remove(world.editor, claim.id);
    const deletion = await db.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: 'claim.deleted' } });
    await db.auditEvent.update({ where: { id: deletion.id }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const refused = await errorOf(await restore(world.editor, claim.id));
    expect(refused).toMatchObject({ status: 409, code: 'CONFLICT', details: { deletedAt: expect.any(String) } });
    expect(refused.message).toMatch(/more than 24 hours ago/);
    expect(await db.claim.count({ where: { id: claim.id } })).toBe(0);
  });

  it('leaves out a verdict taken off the scale since the deletion', async () => {
    const article = await freshArticle('Restore without its verdict');
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded, { verdict: 'missing-context' });
    await patchClaimAs(world.editor, claim.id, { version: claim.version, rationale: 'Kept' });
    await remove(world.editor, claim.id);
    const { verdicts } = await sendOk(200, listVerdicts, 'GET', '/api/verdicts', { as: world.admin });
    await sendOk(200, replaceVerdicts, 'PUT', '/api/verdicts', { as: world.admin, body: { verdicts: verdicts.filter((v: { key: string }) => v.key !== 'missing-context') } });

    expect(await restoreOk(world.editor, claim.id)).toMatchObject({ verdict: null, rationale: 'Kept', status: 'DRAFT' });
  });
});
