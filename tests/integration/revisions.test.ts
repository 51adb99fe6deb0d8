// Revision 2 of the sample article re-anchors every claim: a changed number,
// a fixed typo, a moved paragraph, a shifted sentence, a deleted one and an
// untouched one.
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { GET as exportArticle } from '@/app/api/articles/[id]/export/route';
import { GET as listRevisions } from '@/app/api/articles/[id]/revisions/route';
import { GET as getRevision } from '@/app/api/articles/[id]/revisions/[revisionId]/route';
import { GET as history } from '@/app/api/claims/[id]/history/route';
import { GET as reviewQueue } from '@/app/api/review-queue/route';
import { contentHash } from '@/lib/server/articles/article-text';
import { db } from '@/lib/server/db';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { approvedClaim, createClaimAs, getClaimAs, QUOTES, reviewAs, send, sendOk, submittedClaimAs, type ArticleRef } from './helpers/api';
import { addRevisionAs, DELETED_QUOTE, KEPT_QUOTE, quoted, reviseSample, TYPO_QUOTE } from './helpers/revisions';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
let claims: Record<'nine' | 'typo' | 'troops' | 'hamrin' | 'deleted' | 'kept', ClaimDto>;
let newText: string;
let response: { revision: any; reanchored: any[] };

const outcomeOf = (claim: ClaimDto) => response.reanchored.find((r) => r.claimId === claim.id);
const eventsOf = async (claimId: string) => (await sendOk(200, history, 'GET', `/api/claims/${claimId}/history`, { as: world.editor }, { id: claimId })).events;

beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  claims = {
    nine: await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine),
    typo: await createClaimAs(world.editor, article, TYPO_QUOTE),
    troops: await createClaimAs(world.editor, article, QUOTES.troops),
    hamrin: await submittedClaimAs(world.editor, article, QUOTES.hamrin),
    deleted: await approvedClaim(world.editor2, world.reviewer, article, DELETED_QUOTE, 'true'),
    kept: await createClaimAs(world.editor, article, KEPT_QUOTE),
  };
  newText = reviseSample(article.text);
  response = await addRevisionAs(world.editor2, article.id, { text: newText, note: 'Death toll updated', baseRevision: 1 });
});

describe('POST /api/articles/:id/revisions', () => {
  it('creates revision 2 and reports an outcome for every claim', async () => {
    expect(response.revision).toEqual({
      id: expect.any(String),
      number: 2,
      createdAt: expect.any(String),
      note: 'Death toll updated',
      contentHash: contentHash(newText),
      author: { id: world.editor2.id, name: world.editor2.name },
    });
    const stored = await db.articleRevision.findUniqueOrThrow({ where: { id: response.revision.id } });
    expect(stored).toMatchObject({ articleId: article.id, number: 2, text: newText, authorId: world.editor2.id });
    expect(response.reanchored.map((r) => r.claimId).sort()).toEqual(
      Object.values(claims)
        .map((c) => c.id)
        .sort(),
    );
    for (const outcome of response.reanchored) {
      expect(outcome).toEqual(
        expect.objectContaining({
          anchorStatus: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          previousStatus: expect.any(String),
          status: expect.any(String),
          reason: expect.any(String),
        }),
      );
    }
  });

  it('points the changed number at the new words and sends its approved verdict back to review', async () => {
    expect(outcomeOf(claims.nine)).toMatchObject({ anchorStatus: 'CHANGED', previousStatus: 'APPROVED', status: 'IN_REVIEW' });
    const claim = await getClaimAs(world.editor, claims.nine.id);
    expect(claim).toMatchObject({ anchorStatus: 'CHANGED', status: 'IN_REVIEW', revisionId: response.revision.id, version: claims.nine.version + 1 });
    expect(quoted(newText, claim.selector)).toBe(claim.selector.exact);
    expect(claim.selector.exact).toBe('Fifteen ISIS members were killed in the attack');
    expect(outcomeOf(claims.nine)).toMatchObject({ start: claim.selector.start, end: claim.selector.end, reason: expect.stringMatching(/9 -> 15/) });

    const { claims: queue } = await sendOk(200, reviewQueue, 'GET', '/api/review-queue', { as: world.reviewer });
    expect(queue.map((c: { id: string }) => c.id)).toContain(claims.nine.id);
  });

  it('follows the fixed typo to the corrected words: CHANGED, a draft stays a draft', async () => {
    const claim = await getClaimAs(world.editor, claims.typo.id);
    expect(claim).toMatchObject({ anchorStatus: 'CHANGED', status: 'DRAFT', revisionId: response.revision.id, selector: { exact: 'The raiders did not say how they were injured' } });
    expect(quoted(newText, claim.selector)).toBe(claim.selector.exact);
    expect(outcomeOf(claims.typo)).toMatchObject({ anchorStatus: 'CHANGED', previousStatus: 'DRAFT', status: 'DRAFT' });
  });

  it('finds the moved paragraph and the shifted sentence at their new offsets, statuses unchanged', async () => {
    for (const [key, quote, status] of [
      ['troops', QUOTES.troops, 'DRAFT'],
      ['hamrin', QUOTES.hamrin, 'IN_REVIEW'],
    ] as const) {
      const claim = await getClaimAs(world.editor, claims[key].id);
      expect(claim).toMatchObject({ anchorStatus: 'INTACT', status, revisionId: response.revision.id, selector: { exact: quote, start: newText.indexOf(quote) } });
      expect(claim.selector.start).not.toBe(claims[key].selector.start);
      expect(quoted(newText, claim.selector)).toBe(quote);
      expect(outcomeOf(claims[key])).toMatchObject({ anchorStatus: 'INTACT', previousStatus: status, status });
    }
  });

  it('orphans the claim on the deleted paragraph: kept with its quote and old revision, verdict back to review', async () => {
    const claim = await getClaimAs(world.editor, claims.deleted.id);
    expect(claim).toMatchObject({ anchorStatus: 'ORPHANED', status: 'IN_REVIEW', revisionId: world.revision.id, selector: claims.deleted.selector });
    expect(quoted(article.text, claim.selector)).toBe(DELETED_QUOTE);
    expect(outcomeOf(claims.deleted)).toMatchObject({ anchorStatus: 'ORPHANED', previousStatus: 'APPROVED', status: 'IN_REVIEW' });
  });

  it('only moves an untouched claim to the new revision: same offsets, no event of its own', async () => {
    const claim = await getClaimAs(world.editor, claims.kept.id);
    expect(claim).toMatchObject({ anchorStatus: 'INTACT', status: 'DRAFT', revisionId: response.revision.id, selector: claims.kept.selector, version: claims.kept.version + 1 });
    expect((await eventsOf(claims.kept.id)).map((e: { action: string }) => e.action)).toEqual(['claim.created']);
  });

  it('keeps the old quote in the history of every claim whose anchoring changed', async () => {
    const events = await eventsOf(claims.nine.id);
    const last = events[events.length - 1];
    expect(last).toMatchObject({
      action: 'claim.reanchored',
      actor: { id: world.editor2.id },
      before: { selector: { exact: QUOTES.nine, start: claims.nine.selector.start }, revisionId: world.revision.id, anchorStatus: 'INTACT', status: 'APPROVED' },
      after: { anchorStatus: 'CHANGED', status: 'IN_REVIEW', revisionId: response.revision.id, reason: expect.any(String) },
    });
    const orphan = (await eventsOf(claims.deleted.id)).pop();
    expect(orphan).toMatchObject({ action: 'claim.reanchored', before: { selector: { exact: DELETED_QUOTE } }, after: { anchorStatus: 'ORPHANED', revisionId: world.revision.id } });
  });

  it('records one article.revised event with what happened to the claims', async () => {
    const events = await db.auditEvent.findMany({ where: { entityType: 'ArticleRevision', entityId: response.revision.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'article.revised', actorId: world.editor2.id, claimId: null });
    expect(JSON.parse(events[0].after as string)).toMatchObject({
      articleId: article.id,
      revision: { number: 2, contentHash: contentHash(newText) },
      claims: { total: 6, INTACT: 3, CHANGED: 2, ORPHANED: 1, unchanged: 1, reanchored: 5, backToReview: 2 },
    });
    expect(await db.auditEvent.count({ where: { action: 'claim.reanchored' } })).toBe(5);
  });

  it('lets the reviewer approve the claim again, on its new words', async () => {
    const { claim } = await reviewAs(world.reviewer, claims.nine.id, { decision: 'approve' });
    expect(claim).toMatchObject({ status: 'APPROVED', anchorStatus: 'CHANGED' });
    claims.nine = claim;
  });
});

describe('reading an article after a revision', () => {
  it('GET /api/articles/:id returns revision 2 and every claim, the orphan included', async () => {
    const body = await sendOk(200, getArticle, 'GET', `/api/articles/${article.id}`, { as: world.reviewer }, { id: article.id });
    expect(body.article.latestRevision).toEqual({ id: response.revision.id, number: 2 });
    expect(body.revision).toMatchObject({ id: response.revision.id, number: 2, text: newText });
    expect(body.claims).toHaveLength(6);
    expect(body.claims.find((c: ClaimDto) => c.id === claims.deleted.id)).toMatchObject({ anchorStatus: 'ORPHANED' });
  });

  it('lists revisions newest first with their authors, and reads one by number or id', async () => {
    const { revisions } = await sendOk(200, listRevisions, 'GET', `/api/articles/${article.id}/revisions`, { as: world.editor }, { id: article.id });
    expect(revisions.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(revisions[0]).toMatchObject({ note: 'Death toll updated', author: { id: world.editor2.id, name: world.editor2.name } });
    expect(revisions[1]).toMatchObject({ note: 'Imported sample article', author: null });
    expect(revisions[0]).not.toHaveProperty('text');

    for (const key of ['1', world.revision.id]) {
      const { revision } = await sendOk(200, getRevision, 'GET', `/api/articles/${article.id}/revisions/${key}`, { as: world.editor }, { id: article.id, revisionId: key });
      expect(revision).toEqual({
        id: world.revision.id,
        number: 1,
        text: article.text,
        createdAt: expect.any(String),
        note: 'Imported sample article',
        contentHash: contentHash(article.text),
        author: null,
      });
    }
  });

  it('GET a revision answers 404 for unknown numbers and ids, 401 without a session', async () => {
    for (const key of ['3', '0', 'nope']) {
      expect((await send(getRevision, 'GET', `/api/articles/${article.id}/revisions/${key}`, { as: world.editor }, { id: article.id, revisionId: key })).status).toBe(404);
    }
    expect((await send(getRevision, 'GET', `/api/articles/nope/revisions/1`, { as: world.editor }, { id: 'nope', revisionId: '1' })).status).toBe(404);
    expect((await send(getRevision, 'GET', `/api/articles/${article.id}/revisions/1`, {}, { id: article.id, revisionId: '1' })).status).toBe(401);
  });

  it('exports revision 2 with the orphan listed but not highlighted', async () => {
    const res = await send(exportArticle, 'GET', `/api/articles/${article.id}/export?format=html&scope=all`, { as: world.editor }, { id: article.id });
    const html = await res.text();
    expect(html).toContain('Revision 2');
    expect(html).toContain(`&#8220;${DELETED_QUOTE}&#8221;`);
    expect(html).toContain('Not found in this revision');
    expect(html).toContain('Article text changed');
    expect(html).not.toMatch(/<mark[^>]*>[^<]*Both individuals/);
  });
});

describe('later revisions', () => {
  it('leaves an orphan alone while its words stay gone: no new version, no event', async () => {
    const before = await getClaimAs(world.editor, claims.deleted.id);
    const eventsBefore = (await eventsOf(claims.deleted.id)).length;
    const text3 = newText.replace('This article has been updated with', 'This article has been updated twice with');
    const { reanchored } = await addRevisionAs(world.editor, article.id, { text: text3, baseRevision: 2 });
    expect(reanchored.find((r: { claimId: string }) => r.claimId === claims.deleted.id)).toMatchObject({ anchorStatus: 'ORPHANED', previousStatus: 'IN_REVIEW', status: 'IN_REVIEW' });
    expect(await getClaimAs(world.editor, claims.deleted.id)).toEqual(before);
    expect(await eventsOf(claims.deleted.id)).toHaveLength(eventsBefore);
    newText = text3;
  });

  it('finds an orphan again when a later revision brings its words back', async () => {
    const paragraph = article.text.split('\n').find((line) => line.startsWith('“Both individuals')) as string;
    const text4 = newText.replace('The raiders did not say', `${paragraph}\nThe raiders did not say`);
    const { revision } = await addRevisionAs(world.editor, article.id, { text: text4 });
    const claim = await getClaimAs(world.editor, claims.deleted.id);
    expect(claim).toMatchObject({ anchorStatus: 'INTACT', revisionId: revision.id, status: 'IN_REVIEW', selector: { exact: DELETED_QUOTE } });
    expect(quoted(text4, claim.selector)).toBe(DELETED_QUOTE);
  });
});
