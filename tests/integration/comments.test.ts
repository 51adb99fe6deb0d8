import { GET, POST } from '@/app/api/claims/[id]/comments/route';
import { GET as history } from '@/app/api/claims/[id]/history/route';
import { GET as articleComments } from '@/app/api/articles/[id]/comments/route';
import { DELETE as deleteClaim } from '@/app/api/claims/[id]/route';
import { db } from '@/lib/server/db';
import { createClaimAs, QUOTES, reviewAs, send, sendOk, submittedClaimAs, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

type User = typeof world.editor;
const path = (id: string) => `/api/claims/${id}/comments`;
const commentsOf = async (id: string, as: User = world.editor2) => (await sendOk(200, GET, 'GET', path(id), { as }, { id })).comments;
const comment = async (as: User, id: string, body: string) => (await sendOk(201, POST, 'POST', path(id), { as, body: { body } }, { id })).comment;

describe('comment threads', () => {
  it('keeps a thread oldest first: the review comment with its decision, then replies; the claim version is untouched', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const { review } = await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: 'Which statement says nine?' });
    const reply = await comment(world.editor, claim.id, '  The JOC statement of 30 August.  ');
    expect(reply).toEqual({
      id: expect.any(String),
      claimId: claim.id,
      body: 'The JOC statement of 30 August.',
      createdAt: expect.any(String),
      author: { id: world.editor.id, name: world.editor.name, role: 'EDITOR' },
      reviewId: null,
      decision: null,
    });
    await comment(world.admin, claim.id, 'Link it as a source, please.');
    const thread = await commentsOf(claim.id);
    expect(thread.map((c: { author: { id: string }; decision: string | null; reviewId: string | null }) => [c.author.id, c.decision, c.reviewId])).toEqual([
      [world.reviewer.id, 'REQUEST_CHANGES', review.id],
      [world.editor.id, null, null],
      [world.admin.id, null, null],
    ]);
    expect(thread[0]).toMatchObject({ body: 'Which statement says nine?', author: { role: 'REVIEWER' } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version + 1);
  });

  it('records comment.added in the claim history (a review comment rides on the review event)', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.wounded);
    await reviewAs(world.reviewer, claim.id, { decision: 'approve', comment: 'Solid.' });
    const added = await comment(world.reviewer, claim.id, 'Approved on the CENTCOM release.');
    const { events } = await sendOk(200, history, 'GET', `/api/claims/${claim.id}/history`, { as: world.editor }, { id: claim.id });
    expect(events.map((e: { action: string }) => e.action).slice(-2)).toEqual(['claim.approved', 'comment.added']);
    expect(events.at(-1)).toMatchObject({ entityType: 'Comment', entityId: added.id, actor: { id: world.reviewer.id }, after: { body: 'Approved on the CENTCOM release.' } });
    const approvedComment = (await commentsOf(claim.id))[0];
    expect(approvedComment).toMatchObject({ body: 'Solid.', decision: 'APPROVE' });
  });

  it('a review without a comment adds nothing to the thread', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.hamrin);
    await reviewAs(world.reviewer, claim.id, { decision: 'approve' });
    expect(await commentsOf(claim.id)).toEqual([]);
  });

  it('lets anyone signed in comment, another editor included (that is where a source is proposed)', async () => {
    const byEditor = await createClaimAs(world.editor, article, QUOTES.troops);
    const byReviewer = await createClaimAs(world.reviewer, article, QUOTES.troops);
    await comment(world.reviewer, byReviewer.id, 'A note to myself.');
    const res = await send(POST, 'POST', path(byEditor.id), { as: world.editor2, body: { body: 'Proposed source: https://www.centcom.mil/' } }, { id: byEditor.id });
    expect(res.status).toBe(201);
    expect((await res.json()).comment).toMatchObject({ body: 'Proposed source: https://www.centcom.mil/', author: { id: world.editor2.id } });
    expect(await commentsOf(byReviewer.id, world.editor2)).toHaveLength(1);
  });

  it('answers 422 for an empty, blank, too long or extra-field body; 401; 404', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{}, 'body'],
      [{ body: '   ' }, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 'ok', reviewId: 'r' }, 'reviewId'],
    ];
    for (const [body, field] of cases) {
      const res = await send(POST, 'POST', path(claim.id), { as: world.editor, body }, { id: claim.id });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect((await send(POST, 'POST', path(claim.id), { body: { body: 'hi' } }, { id: claim.id })).status).toBe(401);
    expect((await send(GET, 'GET', path(claim.id), {}, { id: claim.id })).status).toBe(401);
    expect((await send(POST, 'POST', path('nope'), { as: world.admin, body: { body: 'hi' } }, { id: 'nope' })).status).toBe(404);
    expect((await send(GET, 'GET', path('nope'), { as: world.admin }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
    // The limit itself is accepted.
    expect((await comment(world.editor, claim.id, 'x'.repeat(10_000))).body).toHaveLength(10_000);
  });

  it('goes with its claim when the claim is deleted', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded);
    await comment(world.editor, claim.id, 'Drafting notes');
    expect((await send(deleteClaim, 'DELETE', `/api/claims/${claim.id}`, { as: world.editor }, { id: claim.id })).status).toBe(204);
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('lists every thread of an article in one answer, each comment naming its claim, oldest first', async () => {
    const text = 'Officials said 312 families returned in March.\n\nThe bridge opened in 2014.';
    const other = { id: (await db.article.create({ data: { slug: `thread-other-${Date.now()}`, title: 'Other', revisions: { create: { number: 1, text, contentHash: 'h' } } } })).id, text };
    const first = await createClaimAs(world.editor, other, 'Officials said 312 families returned in March.');
    const second = await createClaimAs(world.editor, other, 'The bridge opened in 2014.');
    await comment(world.editor, second.id, 'Second claim, first comment');
    await comment(world.editor, first.id, 'First claim');
    await comment(world.reviewer, second.id, 'Second claim, second comment');
    const quiet = await createClaimAs(world.editor, article, QUOTES.hamrin);
    await comment(world.editor, quiet.id, 'On another article');

    const { comments } = await sendOk(200, articleComments, 'GET', `/api/articles/${other.id}/comments`, { as: world.editor2 }, { id: other.id });
    expect(comments.map((c: { claimId: string; body: string }) => [c.claimId, c.body])).toEqual([
      [second.id, 'Second claim, first comment'],
      [first.id, 'First claim'],
      [second.id, 'Second claim, second comment'],
    ]);
    // Each entry has the same shape as GET /api/claims/:id/comments gives.
    expect(comments[2]).toEqual((await commentsOf(second.id))[1]);
    expect((await send(articleComments, 'GET', '/api/articles/nope/comments', { as: world.editor }, { id: 'nope' })).status).toBe(404);
    expect((await send(articleComments, 'GET', `/api/articles/${other.id}/comments`, {}, { id: other.id })).status).toBe(401);
  });
});
