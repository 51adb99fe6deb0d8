import { GET } from '@/app/api/review-queue/route';
import { GET as threadOf, POST as postComment } from '@/app/api/claims/[id]/comments/route';
import { approvedClaim, createClaimAs, QUOTES, send, sendOk, submittedClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
let ids: { byEditor: string; byReviewer: string; byAdmin: string };
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  // Only IN_REVIEW claims are queued: a draft and an approved claim must not appear.
  await createClaimAs(world.editor, article, QUOTES.troops);
  await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
  const byEditor = await submittedClaimAs(world.editor, article, QUOTES.nine);
  const byReviewer = await submittedClaimAs(world.reviewer, article, QUOTES.wounded);
  const byAdmin = await submittedClaimAs(world.admin, article, QUOTES.troops);
  ids = { byEditor: byEditor.id, byReviewer: byReviewer.id, byAdmin: byAdmin.id };
});

const queueOf = async (as: typeof world.editor) => (await sendOk(200, GET, 'GET', '/api/review-queue', { as })).claims;

describe('GET /api/review-queue', () => {
  it('gives a reviewer the claims in review they did not write, oldest first, with their article', async () => {
    const claims = await queueOf(world.reviewer);
    expect(claims.map((c: { id: string }) => c.id)).toEqual([ids.byEditor, ids.byAdmin]);
    expect(claims[0]).toMatchObject({ status: 'IN_REVIEW', article: { id: article.id, title: world.article.title }, sources: [expect.objectContaining({ url: expect.any(String) })] });
  });

  it("carries each claim's comment thread, oldest first, so the queue needs no request per card", async () => {
    for (const body of ['Which statement?', 'The JOC one.']) {
      await sendOk(201, postComment, 'POST', `/api/claims/${ids.byEditor}/comments`, { as: world.editor, body: { body } }, { id: ids.byEditor });
    }
    const claims = await queueOf(world.reviewer);
    const queued = claims.find((c: { id: string }) => c.id === ids.byEditor);
    expect(queued.comments.map((c: { body: string }) => c.body)).toEqual(['Which statement?', 'The JOC one.']);
    expect(queued.comments).toEqual((await sendOk(200, threadOf, 'GET', `/api/claims/${ids.byEditor}/comments`, { as: world.reviewer }, { id: ids.byEditor })).comments);
    expect(claims.find((c: { id: string }) => c.id === ids.byAdmin).comments).toEqual([]);
  });

  it('gives an admin everything in review except their own claims', async () => {
    expect((await queueOf(world.admin)).map((c: { id: string }) => c.id)).toEqual([ids.byEditor, ids.byReviewer]);
  });

  it('gives an editor an empty list, not an error', async () => {
    expect(await queueOf(world.editor)).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    const res = await send(GET, 'GET', '/api/review-queue');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });
});
