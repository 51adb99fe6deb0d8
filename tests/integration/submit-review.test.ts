import { POST as submit } from '@/app/api/claims/[id]/submit/route';
import { POST as review } from '@/app/api/claims/[id]/review/route';
import { DELETE as removeSource } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { db } from '@/lib/server/db';
import { addSourceAs, approvedClaim, createClaimAs, patchClaimAs, QUOTES, readyClaimAs, reviewAs, send, submitAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const submitPath = (id: string) => `/api/claims/${id}/submit`;
const reviewPath = (id: string) => `/api/claims/${id}/review`;

describe('POST /api/claims/:id/submit', () => {
  it('moves a ready DRAFT claim to IN_REVIEW with or without a body, bumping the version', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.nine);
    const res = await send(submit, 'POST', submitPath(claim.id), { as: world.editor }, { id: claim.id });
    expect(res.status).toBe(200);
    expect((await res.json()).claim).toMatchObject({ status: 'IN_REVIEW', version: claim.version + 1 });
    const other = await readyClaimAs(world.editor, article, QUOTES.wounded);
    expect(await submitAs(world.editor, other.id, { version: other.version })).toMatchObject({ status: 'IN_REVIEW' });
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id, action: 'claim.submitted' } });
    expect(JSON.parse(events[0].after as string)).toMatchObject({ status: 'IN_REVIEW' });
  });

  it('answers 422 naming verdict and sources when they are missing, and changes nothing', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const res = await send(submit, 'POST', submitPath(claim.id), { as: world.editor }, { id: claim.id });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('INVALID');
    expect(Object.keys(error.details).sort()).toEqual(['sources', 'verdict']);
    expect(await dbSnapshot()).toEqual(before);
    await addSourceAs(world.editor, claim.id);
    const noVerdict = await send(submit, 'POST', submitPath(claim.id), { as: world.editor }, { id: claim.id });
    expect(noVerdict.status).toBe(422);
    expect(Object.keys((await noVerdict.json()).error.details)).toEqual(['verdict']);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('DRAFT');
  });

  it('answers 409 with the current status for a claim already in review or approved', async () => {
    const inReview = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const res = await send(submit, 'POST', submitPath(inReview.id), { as: world.editor }, { id: inReview.id });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'CONFLICT', details: { status: 'IN_REVIEW' } });
    expect(await dbSnapshot()).toEqual(before);
    const approved = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
    const again = await send(submit, 'POST', submitPath(approved.id), { as: world.editor }, { id: approved.id });
    expect((await again.json()).error.details).toEqual({ status: 'APPROVED' });
  });

  it("answers 409 for a stale version, 403 for someone else's claim, 401, 404, 422 for a bad body", async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const stale = await send(submit, 'POST', submitPath(claim.id), { as: world.editor, body: { version: 1 } }, { id: claim.id });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details).toMatchObject({ currentVersion: claim.version, claim: { id: claim.id } });
    expect((await send(submit, 'POST', submitPath(claim.id), { as: world.editor2 }, { id: claim.id })).status).toBe(403);
    expect((await send(submit, 'POST', submitPath(claim.id), {}, { id: claim.id })).status).toBe(401);
    expect((await send(submit, 'POST', submitPath('nope'), { as: world.editor }, { id: 'nope' })).status).toBe(404);
    const badBody = await send(submit, 'POST', submitPath(claim.id), { as: world.editor, body: { version: 'two' } }, { id: claim.id });
    expect(badBody.status).toBe(422);
    expect((await badBody.json()).error.details).toHaveProperty(['version']);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('resubmits a claim that was sent back', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const { claim: sentBack } = await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: 'Cite the JOC statement' });
    expect(sentBack.status).toBe('CHANGES_REQUESTED');
    expect(await submitAs(world.editor, claim.id)).toMatchObject({ status: 'IN_REVIEW' });
  });
});

describe('POST /api/claims/:id/review', () => {
  it('approves: creates a Review with the judged version and returns {claim, review}', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const res = await send(review, 'POST', reviewPath(claim.id), { as: world.reviewer, body: { decision: 'approve', comment: 'Matches the JOC statement' } }, { id: claim.id });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.claim).toMatchObject({ id: claim.id, status: 'APPROVED', version: claim.version + 1 });
    expect(body.review).toMatchObject({
      claimId: claim.id,
      reviewerId: world.reviewer.id,
      reviewer: { name: world.reviewer.name },
      decision: 'APPROVE',
      comment: 'Matches the JOC statement',
      claimVersion: claim.version,
    });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.approved' } });
    expect(event).toMatchObject({ entityType: 'Review', entityId: body.review.id, actorId: world.reviewer.id });
  });

  it('requests changes with a comment; admins review too', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const { claim: updated, review: made } = await reviewAs(world.admin, claim.id, { decision: 'request_changes', comment: 'Which statement?' });
    expect(updated.status).toBe('CHANGES_REQUESTED');
    expect(made).toMatchObject({ decision: 'REQUEST_CHANGES', comment: 'Which statement?', reviewerId: world.admin.id });
  });

  it('answers 403 for an editor and for a reviewer judging their own claim (four eyes), changing nothing', async () => {
    const byEditor = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const byReviewer = await submittedClaimAs(world.reviewer, article, QUOTES.wounded);
    const byAdmin = await submittedClaimAs(world.admin, article, QUOTES.hamrin);
    const before = await dbSnapshot();
    const cases: [typeof world.editor, string][] = [
      [world.editor2, byEditor.id],
      [world.reviewer, byReviewer.id],
      [world.admin, byAdmin.id],
    ];
    for (const [as, id] of cases) {
      const res = await send(review, 'POST', reviewPath(id), { as, body: { decision: 'approve' } }, { id });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('FORBIDDEN');
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 409 unless the claim is IN_REVIEW, and for a stale version', async () => {
    const draft = await readyClaimAs(world.editor, article, QUOTES.nine);
    const approved = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
    const waiting = await submittedClaimAs(world.editor, article, QUOTES.wounded);
    const before = await dbSnapshot();
    const onDraft = await send(review, 'POST', reviewPath(draft.id), { as: world.reviewer, body: { decision: 'approve' } }, { id: draft.id });
    expect(onDraft.status).toBe(409);
    expect((await onDraft.json()).error.details).toEqual({ status: 'DRAFT' });
    const twice = await send(review, 'POST', reviewPath(approved.id), { as: world.reviewer, body: { decision: 'approve' } }, { id: approved.id });
    expect(twice.status).toBe(409);
    const stale = await send(review, 'POST', reviewPath(waiting.id), { as: world.reviewer, body: { decision: 'approve', version: waiting.version - 1 } }, { id: waiting.id });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.currentVersion).toBe(waiting.version);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 for request_changes without a comment and for an unknown decision; 401; 404', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{ decision: 'request_changes' }, 'comment'],
      [{ decision: 'request_changes', comment: '   ' }, 'comment'],
      [{ decision: 'reject' }, 'decision'],
      [{ decision: 'approve', comment: 5 }, 'comment'],
    ];
    for (const [body, field] of cases) {
      const res = await send(review, 'POST', reviewPath(claim.id), { as: world.reviewer, body }, { id: claim.id });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect((await send(review, 'POST', reviewPath(claim.id), { body: { decision: 'approve' } }, { id: claim.id })).status).toBe(401);
    expect((await send(review, 'POST', reviewPath('nope'), { as: world.reviewer, body: { decision: 'approve' } }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('refuses (422) to approve a claim whose sources were removed while it waited', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const [source] = claim.sources;
    expect((await send(removeSource, 'DELETE', `/api/claims/${claim.id}/sources/${source.id}`, { as: world.editor }, { id: claim.id, sourceId: source.id })).status).toBe(204);
    const res = await send(review, 'POST', reviewPath(claim.id), { as: world.reviewer, body: { decision: 'approve' } }, { id: claim.id });
    expect(res.status).toBe(422);
    expect((await res.json()).error.details).toHaveProperty(['sources']);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('IN_REVIEW');
  });

  it('an edit after approval sends the claim back to review, where it can be approved again', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops);
    const edited = await patchClaimAs(world.editor, claim.id, { version: claim.version, rationale: 'New figure from the Pentagon' });
    expect(edited.status).toBe('IN_REVIEW');
    const { review: second } = await reviewAs(world.reviewer, claim.id, { decision: 'approve' });
    expect(second.claimVersion).toBe(edited.version);
  });
});
