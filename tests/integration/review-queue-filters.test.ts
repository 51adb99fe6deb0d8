// The review queue's filters, its waiting time (submittedAt) and the count
// the navigation shows.
import { GET } from '@/app/api/review-queue/route';
import { POST as createArticle } from '@/app/api/articles/route';
import { countReviewQueue } from '@/lib/server/claims/count-review-queue';
import { db } from '@/lib/server/db';
import { approvedClaim, patchClaimAs, QUOTES, readyClaimAs, send, sendOk, submitAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
let other: ArticleRef;
let ids: Record<'late' | 'early' | 'returned' | 'otherArticle' | 'byEditor2', string>;

beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  const { article: copy } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Copy', text: article.text } });
  other = { id: copy.id, text: article.text };
  // Written first, submitted last: the queue orders by submission, not creation.
  const late = await readyClaimAs(world.editor, article, QUOTES.nine, 'false');
  const early = await submittedClaimAs(world.editor, article, QUOTES.wounded, 'true');
  const approved = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin, 'false');
  const otherArticle = await submittedClaimAs(world.editor, other, QUOTES.troops, 'false');
  const byEditor2 = await submittedClaimAs(world.editor2, article, QUOTES.troops, 'misleading');
  await submitAs(world.editor, late.id);
  // An edit sends the approved claim back: it re-enters review now.
  await patchClaimAs(world.editor, approved.id, { version: approved.version, rationale: 'Revised' });
  ids = { late: late.id, early: early.id, returned: approved.id, otherArticle: otherArticle.id, byEditor2: byEditor2.id };
  // Make the earliest submission five hours old.
  await db.auditEvent.updateMany({ where: { claimId: early.id, action: 'claim.submitted' }, data: { createdAt: new Date(Date.now() - 5 * 3_600_000) } });
});

const queue = async (query = '', as = world.reviewer) => sendOk(200, GET, 'GET', `/api/review-queue${query}`, { as });
const idsOf = (body: { claims: { id: string }[] }) => body.claims.map((c) => c.id);

describe('GET /api/review-queue', () => {
  it('orders by when each claim last entered review, and says when', async () => {
    const body = await queue();
    expect(idsOf(body)).toEqual([ids.early, ids.otherArticle, ids.byEditor2, ids.late, ids.returned]);
    expect(body.total).toBe(5);
    const submitted = await db.auditEvent.findFirstOrThrow({ where: { claimId: ids.late, action: 'claim.submitted' } });
    expect(body.claims.find((c: { id: string }) => c.id === ids.late).submittedAt).toBe(submitted.createdAt.toISOString());
    const returned = await db.auditEvent.findFirstOrThrow({ where: { claimId: ids.returned, action: 'claim.updated' } });
    expect(body.claims.at(-1).submittedAt).toBe(returned.createdAt.toISOString());
  });

  it('filters by article, author, verdict and minimum waiting time, alone or together', async () => {
    expect(idsOf(await queue(`?articleId=${other.id}`))).toEqual([ids.otherArticle]);
    expect(idsOf(await queue(`?authorId=${world.editor2.id}`))).toEqual([ids.byEditor2]);
    expect(idsOf(await queue('?verdict=false'))).toEqual([ids.otherArticle, ids.late, ids.returned]);
    expect(idsOf(await queue('?minAgeHours=4'))).toEqual([ids.early]);
    expect(idsOf(await queue('?minAgeHours=6'))).toEqual([]);
    expect(idsOf(await queue('?minAgeHours=0.5'))).toEqual([ids.early]);
    const both = await queue(`?articleId=${article.id}&verdict=false&authorId=${world.editor.id}`);
    expect(idsOf(both)).toEqual([ids.late, ids.returned]);
    expect(both.total).toBe(2);
    expect(idsOf(await queue('?verdict=unverifiable'))).toEqual([]);
  });

  it('treats empty parameters as absent', async () => {
    expect((await queue('?articleId=&authorId=&verdict=&minAgeHours=')).total).toBe(5);
  });

  it('answers 422 naming the parameter for bad values', async () => {
    const cases: [string, string][] = [
      ['?minAgeHours=abc', 'minAgeHours'],
      ['?minAgeHours=-1', 'minAgeHours'],
      ['?minAgeHours=1e3', 'minAgeHours'],
      ['?verdict=Not%20a%20key', 'verdict'],
      [`?articleId=${'x'.repeat(101)}`, 'articleId'],
    ];
    for (const [query, field] of cases) {
      const res = await send(GET, 'GET', `/api/review-queue${query}`, { as: world.reviewer });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
  });

  it('still keeps four eyes under filters: an admin never sees their own claims, an editor sees none', async () => {
    expect((await queue(`?authorId=${world.editor.id}`, world.admin)).total).toBe(4);
    expect(await queue('', world.editor)).toEqual({ claims: [], total: 0 });
  });
});

describe('countReviewQueue', () => {
  it('counts what the unfiltered queue lists for each caller', async () => {
    for (const actor of [world.reviewer, world.admin, world.editor, world.editor2]) {
      expect(await countReviewQueue({ actor })).toBe((await queue('', actor)).total);
    }
    expect(await countReviewQueue({ actor: world.reviewer })).toBe(5);
  });
});
