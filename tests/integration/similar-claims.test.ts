import { POST as createArticle } from '@/app/api/articles/route';
import { GET } from '@/app/api/claims/[id]/similar/route';
import { DELETE as deleteClaim } from '@/app/api/claims/[id]/route';
import { CLAIM_TERMS_VERSION } from '@/lib/domain/claim-matching/claim-terms';
import { reindexClaims } from '@/lib/server/claim-search/reindex-claims';
import { db, dbKind } from '@/lib/server/db';
import { approvedClaim, createClaimAs, patchClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let sample: ArticleRef;
let later: ArticleRef;

const LATER_TEXT = [
  '9 Islamic State members died in the raid, officials said on Friday.',
  'Roughly forty thousand American soldiers are deployed in the region.',
  'About 60,000 US troops are stationed in the region, a think tank said.',
  'The new bridge over the river opened in 2014.',
].join('\n\n');

type User = typeof world.editor;
interface SimilarBody {
  claims: { id: string; statement: string; verdict: { key: string; label: string } | null; status: string; articleId: string; articleTitle: string; score: number; numbers: string }[];
}
const similarOf = (as: User, claimId: string, query = ''): Promise<SimilarBody> => sendOk(200, GET, 'GET', `/api/claims/${claimId}/similar${query}`, { as }, { id: claimId });

beforeAll(async () => {
  world = await seedWorld();
  sample = { id: world.article.id, text: world.revision.text };
  const body = { title: 'Raid follow-up', outlet: 'Example Wire', text: LATER_TEXT };
  const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor2, body });
  later = { id: article.id, text: LATER_TEXT };
});

describe('GET /api/claims/:id/similar', () => {
  it('points a new claim at the same claim checked earlier in another article, with its verdict', async () => {
    const earlier = await approvedClaim(world.editor, world.reviewer, sample, QUOTES.nine, 'false');
    const fresh = await createClaimAs(world.editor2, later, '9 Islamic State members died in the raid');

    const { claims } = await similarOf(world.editor2, fresh.id);
    expect(claims[0]).toEqual({
      id: earlier.id,
      statement: QUOTES.nine,
      verdict: expect.objectContaining({ key: 'false', label: expect.any(String) }),
      status: 'APPROVED',
      articleId: sample.id,
      articleTitle: world.article.title,
      score: expect.any(Number),
      numbers: 'same',
      updatedAt: expect.any(String),
    });
    expect(claims[0].score).toBeGreaterThanOrEqual(0.6);
    expect(claims.map((c) => c.id)).not.toContain(fresh.id);

    // And the other way round: the earlier claim now knows of the later one.
    const back = await similarOf(world.reviewer, earlier.id);
    expect(back.claims.map((c) => c.id)).toContain(fresh.id);
  });

  it('ranks the same figure above a different figure of the same thing, and says which is which', async () => {
    const troops = await createClaimAs(world.editor, sample, QUOTES.troops, { statement: 'About 40,000 US troops are stationed in the region' });
    const same = await createClaimAs(world.editor2, later, 'Roughly forty thousand American soldiers are deployed in the region');
    const different = await createClaimAs(world.editor2, later, 'About 60,000 US troops are stationed in the region');

    const { claims } = await similarOf(world.editor, troops.id);
    const ids = claims.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([same.id, different.id]));
    expect(ids.indexOf(same.id)).toBeLessThan(ids.indexOf(different.id));
    expect(claims.find((c) => c.id === same.id)!.numbers).toBe('same');
    expect(claims.find((c) => c.id === different.id)!.numbers).toBe('different');
    const scores = claims.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('does not offer claims about something else', async () => {
    const bridge = await createClaimAs(world.editor2, later, 'The new bridge over the river opened in 2014');
    expect((await similarOf(world.editor2, bridge.id)).claims).toEqual([]);
  });

  it('follows statement edits and deletions (the index is written with the claim)', async () => {
    const claim = await createClaimAs(world.editor2, later, 'The new bridge over the river opened in 2014', { statement: 'A bridge opened in 2014' });
    const nine = (await db.claim.findFirstOrThrow({ where: { statement: QUOTES.nine } })).id;
    expect((await similarOf(world.editor, nine)).claims.map((c) => c.id)).not.toContain(claim.id);

    const edited = await patchClaimAs(world.editor2, claim.id, { version: claim.version, statement: 'Nine ISIS fighters were killed in the raid' });
    expect(edited.statement).toBe('Nine ISIS fighters were killed in the raid');
    expect((await similarOf(world.editor, nine)).claims.map((c) => c.id)).toContain(claim.id);

    const res = await send(deleteClaim, 'DELETE', `/api/claims/${claim.id}`, { as: world.editor2 }, { id: claim.id });
    expect(res.status).toBe(204);
    expect((await similarOf(world.editor, nine)).claims.map((c) => c.id)).not.toContain(claim.id);
    const entries = await db.claimSearchEntry.count();
    expect(entries).toBe(await db.claim.count());
    if (dbKind === 'sqlite') {
      // Nothing of the deleted claim is left in the FTS5 table either (PostgreSQL indexes the entry table itself).
      const [{ rows }] = await db.$queryRaw<{ rows: bigint | number }[]>`SELECT count(*) AS rows FROM "ClaimSearch"`;
      expect(Number(rows)).toBe(entries);
    }
  });

  it('re-indexes claims that lack an entry or carry an older tokenizer version', async () => {
    const nine = (await db.claim.findFirstOrThrow({ where: { statement: QUOTES.nine } })).id;
    const before = (await similarOf(world.editor, nine)).claims;
    expect(before.length).toBeGreaterThan(0);

    await db.claimSearchEntry.deleteMany({ where: { claimId: { not: nine } } });
    expect((await similarOf(world.editor, nine)).claims).toEqual([]);
    await db.claimSearchEntry.updateMany({ data: { version: CLAIM_TERMS_VERSION - 1, tokens: '' } });

    const total = await db.claim.count();
    expect(await reindexClaims(db)).toBe(total);
    expect(await reindexClaims(db)).toBe(0);
    expect((await similarOf(world.editor, nine)).claims).toEqual(before);
  });

  it('honours limit and threshold', async () => {
    const nine = (await db.claim.findFirstOrThrow({ where: { statement: 'About 40,000 US troops are stationed in the region' } })).id;
    const all = (await similarOf(world.editor, nine, '?threshold=0&limit=50')).claims;
    expect(all.length).toBeGreaterThan(1);
    expect((await similarOf(world.editor, nine, '?threshold=0&limit=1')).claims).toEqual(all.slice(0, 1));
    expect((await similarOf(world.editor, nine, '?threshold=1')).claims.every((c) => c.score >= 1)).toBe(true);
  });

  it('answers 422 for a bad limit or threshold, 401 without a session, 404 for an unknown claim', async () => {
    const nine = (await db.claim.findFirstOrThrow({ where: { statement: QUOTES.nine } })).id;
    for (const query of ['?limit=0', '?limit=51', '?limit=x', '?threshold=2', '?threshold=-1']) {
      const res = await send(GET, 'GET', `/api/claims/${nine}/similar${query}`, { as: world.editor }, { id: nine });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('INVALID');
    }
    expect((await send(GET, 'GET', `/api/claims/${nine}/similar`, {}, { id: nine })).status).toBe(401);
    const missing = await send(GET, 'GET', '/api/claims/nope/similar', { as: world.editor }, { id: 'nope' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
  });
});
