// Assignment and in-app notifications (issue 16): who hears about a decision,
// a comment, a resubmission and an assignment, written in the transaction of
// the event itself (a refused event leaves none); each user reads and marks
// only their own; the review queue's "assigned to me".
import { PUT as assignArticleRoute } from '@/app/api/articles/[id]/assignment/route';
import { POST as createArticle } from '@/app/api/articles/route';
import { GET as assigneesRoute } from '@/app/api/assignees/route';
import { PUT as assignClaimRoute } from '@/app/api/claims/[id]/assignment/route';
import { POST as addComment } from '@/app/api/claims/[id]/comments/route';
import { POST as reviewRoute } from '@/app/api/claims/[id]/review/route';
import { GET as notificationsRoute } from '@/app/api/notifications/route';
import { POST as markReadRoute } from '@/app/api/notifications/read/route';
import { GET as reviewQueueRoute } from '@/app/api/review-queue/route';
import { db } from '@/lib/server/db';
import { readyClaimAs, QUOTES, reviewAs, send, sendOk, submitAs, type ArticleRef } from './helpers/api';
import { everyRow } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
type User = typeof world.editor;

beforeAll(async () => {
  world = await seedWorld();
});

/** An article of its own per test, so counts are this test's. */
async function ownArticle(title: string): Promise<ArticleRef> {
  const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title, text: world.revision.text } });
  return { id: article.id, text: world.revision.text };
}

const inbox = async (as: User, query = '') => sendOk(200, notificationsRoute, 'GET', `/api/notifications${query}`, { as });
const kindsOf = async (as: User, articleId: string) =>
  (await inbox(as)).notifications.filter((n: { articleId: string }) => n.articleId === articleId).map((n: { kind: string; actor: { id: string } | null }) => [n.kind, n.actor?.id]);
const assignClaim = (as: User, id: string, body: unknown) => send(assignClaimRoute, 'PUT', `/api/claims/${id}/assignment`, { as, body }, { id });
const assignArticle = (as: User, id: string, body: unknown) => send(assignArticleRoute, 'PUT', `/api/articles/${id}/assignment`, { as, body }, { id });
const queue = async (as: User, query = '') => (await sendOk(200, reviewQueueRoute, 'GET', `/api/review-queue${query}`, { as })).claims.map((c: { id: string }) => c.id);

describe('notifications of a claim’s review', () => {
  it('tells the author when it is sent back and when it is approved, and the resubmission to whoever sent it back; never the one acting', async () => {
    const article = await ownArticle('Review notifications');
    const claim = await readyClaimAs(world.editor, article, QUOTES.nine);
    await submitAs(world.editor, claim.id);
    expect(await kindsOf(world.reviewer, article.id)).toEqual([]);

    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: 'Name the source' });
    expect(await kindsOf(world.editor, article.id)).toEqual([['SENT_BACK', world.reviewer.id]]);
    expect(await kindsOf(world.reviewer, article.id)).toEqual([]);

    await submitAs(world.editor, claim.id);
    expect(await kindsOf(world.reviewer, article.id)).toEqual([['RESUBMITTED', world.editor.id]]);

    await reviewAs(world.admin, claim.id, { decision: 'approve' });
    expect(await kindsOf(world.editor, article.id)).toEqual([
      ['APPROVED', world.admin.id],
      ['SENT_BACK', world.reviewer.id],
    ]);
    const [approved] = (await inbox(world.editor)).notifications;
    expect(approved).toMatchObject({
      kind: 'APPROVED',
      articleId: article.id,
      articleTitle: 'Review notifications',
      claimId: claim.id,
      claimQuote: QUOTES.nine,
      readAt: null,
      actor: { id: world.admin.id, name: world.admin.name },
    });
  });

  it('tells the author of a comment by someone else, not of their own', async () => {
    const article = await ownArticle('Comment notifications');
    const claim = await readyClaimAs(world.editor, article, QUOTES.troops);
    await sendOk(201, addComment, 'POST', `/api/claims/${claim.id}/comments`, { as: world.editor, body: { body: 'Note to self' } }, { id: claim.id });
    expect(await kindsOf(world.editor, article.id)).toEqual([]);
    await sendOk(201, addComment, 'POST', `/api/claims/${claim.id}/comments`, { as: world.editor2, body: { body: 'Try the CENTCOM release' } }, { id: claim.id });
    expect(await kindsOf(world.editor, article.id)).toEqual([['COMMENT', world.editor2.id]]);
  });

  it('writes none when the event is refused (a stale review: 409)', async () => {
    const article = await ownArticle('Refused review');
    const claim = await readyClaimAs(world.editor, article, QUOTES.hamrin);
    const submitted = await submitAs(world.editor, claim.id);
    const before = await db.notification.count();
    const res = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.reviewer, body: { decision: 'approve', version: submitted.version - 1 } }, { id: claim.id });
    expect(res.status).toBe(409);
    expect(await db.notification.count()).toBe(before);
  });
});

describe('assignment', () => {
  it('lists who work can go to', async () => {
    const { users } = await sendOk(200, assigneesRoute, 'GET', '/api/assignees', { as: world.editor });
    expect(users).toEqual(expect.arrayContaining([{ id: world.reviewer.id, name: world.reviewer.name, role: 'REVIEWER' }]));
  });

  it('of a claim: a reviewer assigns an editor and a reviewer, who are told; no new version; the same again changes nothing', async () => {
    const article = await ownArticle('Claim assignment');
    const claim = await readyClaimAs(world.editor, article, QUOTES.nine);
    const res = await assignClaim(world.reviewer, claim.id, { editorId: world.editor2.id, reviewerId: world.admin.id });
    expect(res.status).toBe(200);
    const { claim: assigned } = await res.json();
    expect(assigned).toMatchObject({ assignment: { editorId: world.editor2.id, reviewerId: world.admin.id }, version: claim.version, status: 'DRAFT' });
    expect(await kindsOf(world.editor2, article.id)).toEqual([['ASSIGNED', world.reviewer.id]]);
    expect(await kindsOf(world.admin, article.id)).toEqual([['ASSIGNED', world.reviewer.id]]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.assigned' } });
    expect(JSON.parse(event.after as string)).toEqual({ editorId: world.editor2.id, reviewerId: world.admin.id });

    const rows = await everyRow();
    expect((await assignClaim(world.reviewer, claim.id, { editorId: world.editor2.id })).status).toBe(200);
    expect(await everyRow()).toEqual(rows);

    // Taking the reviewer away tells nobody; the editor keeps the work.
    const cleared = await (await assignClaim(world.reviewer, claim.id, { reviewerId: null })).json();
    expect(cleared.claim.assignment).toEqual({ editorId: world.editor2.id, reviewerId: null });
  });

  it('is refused to an editor (403) and for someone who cannot do the work (422 by field), changing nothing', async () => {
    const article = await ownArticle('Refused assignment');
    const claim = await readyClaimAs(world.editor, article, QUOTES.troops);
    // An admin's own claim: its author may never be its reviewer (four eyes).
    const adminsClaim = await readyClaimAs(world.admin, article, QUOTES.nine);
    const rows = await everyRow();
    expect((await assignClaim(world.editor, claim.id, { editorId: world.editor2.id })).status).toBe(403);
    expect((await assignArticle(world.editor, article.id, { reviewerId: world.reviewer.id })).status).toBe(403);
    const refusedBy = async (res: Response) => {
      expect(res.status).toBe(422);
      return (await res.json()).error.details;
    };
    expect(await refusedBy(await assignClaim(world.reviewer, claim.id, { reviewerId: world.editor2.id }))).toEqual({ reviewerId: 'only reviewers and admins review' });
    expect(await refusedBy(await assignClaim(world.reviewer, adminsClaim.id, { reviewerId: world.admin.id }))).toEqual({ reviewerId: 'nobody reviews a claim they wrote' });
    expect(await refusedBy(await assignClaim(world.reviewer, claim.id, { editorId: 'no-such-user' }))).toEqual({ editorId: 'not an active account' });
    for (const body of [{}, { editorId: 5 }, { reviewerId: world.admin.id, extra: true }]) expect((await assignClaim(world.reviewer, claim.id, body)).status).toBe(422);
    expect(await everyRow()).toEqual(rows);
  });

  it('of an article: its reviewer finds its claims under "assigned to me"; a claim assigned to someone else leaves it', async () => {
    const article = await ownArticle('Article assignment');
    const first = await readyClaimAs(world.editor, article, QUOTES.nine);
    const second = await readyClaimAs(world.editor, article, QUOTES.troops);
    await submitAs(world.editor, first.id);
    await submitAs(world.editor, second.id);
    expect(await queue(world.reviewer, '?assignedTo=me')).not.toEqual(expect.arrayContaining([first.id]));

    const res = await assignArticle(world.admin, article.id, { reviewerId: world.reviewer.id, editorId: world.editor.id });
    expect(res.status).toBe(200);
    expect((await res.json()).assignment).toEqual({ editorId: world.editor.id, reviewerId: world.reviewer.id });
    expect(await kindsOf(world.reviewer, article.id)).toEqual([['ASSIGNED', world.admin.id]]);
    const mine = await queue(world.reviewer, '?assignedTo=me');
    expect(mine).toEqual(expect.arrayContaining([first.id, second.id]));

    expect((await assignClaim(world.reviewer, second.id, { reviewerId: world.admin.id })).status).toBe(200);
    const after = await queue(world.reviewer, '?assignedTo=me');
    expect(after).toContain(first.id);
    expect(after).not.toContain(second.id);
    expect(await queue(world.admin, '?assignedTo=me')).toContain(second.id);
    // The article's editor hears of a decision on its claims too.
    await reviewAs(world.reviewer, first.id, { decision: 'request_changes', comment: 'More sources' });
    expect((await kindsOf(world.editor, article.id)).filter(([kind]: string[]) => kind === 'SENT_BACK')).toEqual([['SENT_BACK', world.reviewer.id]]);
  });
});

describe('reading notifications', () => {
  it('each user reads and marks only their own; unread counts what is left', async () => {
    const article = await ownArticle('Marking read');
    const claim = await readyClaimAs(world.editor, article, QUOTES.wounded);
    for (const body of ['One', 'Two', 'Three']) await sendOk(201, addComment, 'POST', `/api/claims/${claim.id}/comments`, { as: world.editor2, body: { body } }, { id: claim.id });
    const { notifications, unread } = await inbox(world.editor, '?unread=1&limit=2');
    expect(notifications).toHaveLength(2);
    const editor2Before = await inbox(world.editor2);

    // Someone else's ids are passed over; the caller's are marked.
    const foreign = editor2Before.notifications.map((n: { id: string }) => n.id);
    const marked = await sendOk(200, markReadRoute, 'POST', '/api/notifications/read', { as: world.editor, body: { ids: [...notifications.map((n: { id: string }) => n.id), ...foreign] } });
    expect(marked.unread).toBe(unread - 2);
    expect(await inbox(world.editor2)).toEqual(editor2Before);
    const read = (await inbox(world.editor)).notifications.filter((n: { readAt: string | null }) => n.readAt !== null);
    expect(read.map((n: { id: string }) => n.id).sort()).toEqual(notifications.map((n: { id: string }) => n.id).sort());

    expect((await sendOk(200, markReadRoute, 'POST', '/api/notifications/read', { as: world.editor, body: { all: true } })).unread).toBe(0);
    expect((await inbox(world.editor, '?unread=1')).notifications).toEqual([]);
  });

  it('refuses a malformed query or body with 422 and changes nothing; without a session 401', async () => {
    const rows = await everyRow();
    for (const query of ['?limit=0', '?limit=101', '?limit=x', '?unread=maybe']) expect((await send(notificationsRoute, 'GET', `/api/notifications${query}`, { as: world.editor })).status).toBe(422);
    for (const body of [{}, { ids: [] }, { all: false }, { ids: ['a'], all: true }, { ids: 'a' }])
      expect((await send(markReadRoute, 'POST', '/api/notifications/read', { as: world.editor, body })).status).toBe(422);
    expect((await send(notificationsRoute, 'GET', '/api/notifications')).status).toBe(401);
    expect(await everyRow()).toEqual(rows);
  });
});
