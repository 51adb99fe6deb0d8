// GET /api/claims/:id/since-approval: the snapshot frozen at the last
// approval against the claim now, and which fields differ.
import { POST as createArticle } from '@/app/api/articles/route';
import { GET } from '@/app/api/claims/[id]/since-approval/route';
import { GET as reviewQueue } from '@/app/api/review-queue/route';
import { DELETE as removeSource } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { db } from '@/lib/server/db';
import { addSourceAs, approvedClaim, createClaimAs, patchClaimAs, QUOTES, reviewAs, send, sendOk, type ArticleRef } from './helpers/api';
import { addRevisionAs, reviseSample } from './helpers/revisions';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const sinceApproval = async (id: string) => sendOk(200, GET, 'GET', `/api/claims/${id}/since-approval`, { as: world.editor2 }, { id });
const JOC = { name: 'Iraqi Joint Operations Command', type: 'Organization', url: null };
const CENTCOM = { url: 'https://www.centcom.mil/MEDIA/STATEMENTS/', title: null, publisher: null };

describe('GET /api/claims/:id/since-approval', () => {
  it('has nothing to compare for a claim never approved', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine, { verdict: 'false' });
    expect(await sinceApproval(claim.id)).toEqual({
      approvedAt: null,
      approvedBy: null,
      approved: null,
      current: { statement: QUOTES.nine, verdict: { key: 'false', label: 'False' }, rationale: '', quote: QUOTES.nine, sources: [], claimant: JOC, appearance: null },
      changed: [],
    });
  });

  it('freezes what was approved in a ClaimApproval record (and the claim.approved event); right after approval nothing changed', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.wounded, 'half-true');
    const result = await sinceApproval(claim.id);
    const snapshot = {
      statement: QUOTES.wounded,
      verdict: { key: 'half-true', label: 'Half true' },
      rationale: 'The Joint Operations Command said so.',
      quote: QUOTES.wounded,
      sources: [CENTCOM],
      // suggested at creation from "..., a Pentagon spokesman said"
      claimant: { name: 'Pentagon', type: 'Organization', url: null },
      appearance: null,
    };
    expect(result).toEqual({ approvedAt: expect.any(String), approvedBy: { id: world.reviewer.id, name: world.reviewer.name }, approved: snapshot, current: snapshot, changed: [] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.approved' } });
    expect(JSON.parse(event.after as string).snapshot).toEqual(snapshot);
    const record = await db.claimApproval.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(result.approvedAt).toBe(record.createdAt.toISOString());
  });

  it('names the fields edited since, while the claim is back in review', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
    const edited = await patchClaimAs(world.editor, claim.id, { version: claim.version, verdict: 'misleading', rationale: 'The mountains are further east.' });
    expect(edited.status).toBe('IN_REVIEW');
    await addSourceAs(world.editor, claim.id, { url: 'https://example.org/map', title: 'Map', publisher: 'Atlas' });
    const result = await sinceApproval(claim.id);
    expect(result.changed).toEqual(['verdict', 'rationale', 'sources']);
    expect(result.approved.verdict).toEqual({ key: 'false', label: 'False' });
    expect(result.current.sources).toEqual([CENTCOM, { url: 'https://example.org/map', title: 'Map', publisher: 'Atlas' }]);
  });

  it('counts the same sources in another order as unchanged', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops);
    const [first] = claim.sources;
    await addSourceAs(world.editor, claim.id, { url: 'https://example.org/other' });
    await send(removeSource, 'DELETE', `/api/claims/${claim.id}/sources/${first.id}`, { as: world.editor }, { id: claim.id, sourceId: first.id });
    expect((await sinceApproval(claim.id)).changed).toEqual(['sources']);
    await addSourceAs(world.editor, claim.id);
    const other = (await db.source.findFirstOrThrow({ where: { claimId: claim.id, url: 'https://example.org/other' } })).id;
    await send(removeSource, 'DELETE', `/api/claims/${claim.id}/sources/${other}`, { as: world.editor }, { id: claim.id, sourceId: other });
    expect((await sinceApproval(claim.id)).changed).toEqual([]);
  });

  it('compares with the latest approval, and sees a quote changed by a revision', async () => {
    const { article: copy } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Copy', text: article.text } });
    const own: ArticleRef = { id: copy.id, text: article.text };
    const claim = await approvedClaim(world.editor, world.reviewer, own, QUOTES.nine);
    await patchClaimAs(world.editor, claim.id, { version: claim.version, statement: 'Nine ISIS members died' });
    await reviewAs(world.admin, claim.id, { decision: 'approve' });
    const second = await sinceApproval(claim.id);
    expect(second).toMatchObject({ approvedBy: { id: world.admin.id }, approved: { statement: 'Nine ISIS members died' }, changed: [] });

    await addRevisionAs(world.editor, own.id, { text: reviseSample(own.text) });
    const result = await sinceApproval(claim.id);
    expect(result.changed).toEqual(['quote']);
    expect(result.approved.quote).toBe(QUOTES.nine);
    expect(result.current.quote).toMatch(/^Fifteen ISIS members/);
    // The changed words sent it back to review: it waits since the re-anchoring.
    const reanchored = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.reanchored' } });
    const { claims } = await sendOk(200, reviewQueue, 'GET', `/api/review-queue?articleId=${own.id}`, { as: world.reviewer });
    expect(claims).toEqual([expect.objectContaining({ id: claim.id, status: 'IN_REVIEW', submittedAt: reanchored.createdAt.toISOString() })]);
  });

  it('answers 401 without a session and 404 for an unknown claim', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(GET, 'GET', `/api/claims/${claim.id}/since-approval`, {}, { id: claim.id })).status).toBe(401);
    expect((await send(GET, 'GET', '/api/claims/nope/since-approval', { as: world.editor }, { id: 'nope' })).status).toBe(404);
  });
});
