// Issue 11, part 1: what is published is exactly what a second person
// approved. Each reproduced walk-around of four eyes, over the real routes:
// a colleague's source on an approved claim, the author stripping the
// evidence of an approved claim, an admin approving his own edit; and every
// published format showing the last approved version, not the current one.
import { GET as exportRoute } from '@/app/api/articles/[id]/export/route';
import { POST as addSourceRoute } from '@/app/api/claims/[id]/sources/route';
import { DELETE as removeSourceRoute, PATCH as updateSourceRoute } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { POST as reviewRoute } from '@/app/api/claims/[id]/review/route';
import { GET as sinceApprovalRoute } from '@/app/api/claims/[id]/since-approval/route';
import { POST as commentRoute } from '@/app/api/claims/[id]/comments/route';
import { db } from '@/lib/server/db';
import { readPdf, squash } from '../unit/export/pdf-read';
import { addSourceAs, approvedClaim, createClaimAs, getClaimAs, patchClaimAs, QUOTES, reviewAs, send, sendOk, submitAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { everyRow } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

// Several tests render every published format, the PDF among them.
jest.setTimeout(60_000);

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const BLOG = { url: 'https://random.blog.example/troops', title: 'Random blog: actually 60,000 troops' };
const FORMATS = ['html', 'md', 'csv', 'json', 'claimreview', 'w3c', 'pdf'] as const;

async function publishedText(format: (typeof FORMATS)[number]): Promise<string> {
  const res = await send(exportRoute, 'GET', `/api/articles/${article.id}/export?format=${format}&scope=published`, { as: world.editor }, { id: article.id });
  expect(res.status).toBe(200);
  if (format === 'pdf') return squash((await readPdf(new Uint8Array(await res.arrayBuffer()))).text);
  return res.text();
}

/** Each claim in the published ClaimReview export, by the words it reviews. */
async function publishedClaimReviews(): Promise<Array<{ claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed?: unknown }>> {
  const body = JSON.parse(await publishedText('claimreview'));
  return Array.isArray(body) ? body : (body['@graph'] ?? [body]);
}

const sourcesPath = (id: string) => `/api/claims/${id}/sources`;

describe("a colleague cannot change the evidence of someone else's claim", () => {
  it('a second editor adding a source to an APPROVED claim gets 403 and nothing changes', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops, 'true');
    const before = await everyRow();
    const res = await send(addSourceRoute, 'POST', sourcesPath(claim.id), { as: world.editor2, body: BLOG }, { id: claim.id });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/comments/) });
    expect(await everyRow()).toEqual(before);
    for (const format of FORMATS) expect(await publishedText(format)).not.toContain('Random blog');
  });

  it('nor edit or remove one (403), but may propose one in the comment thread (201)', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.wounded);
    const [source] = claim.sources;
    const path = `${sourcesPath(claim.id)}/${source.id}`;
    expect((await send(updateSourceRoute, 'PATCH', path, { as: world.editor2, body: { title: 'Mine now' } }, { id: claim.id, sourceId: source.id })).status).toBe(403);
    expect((await send(removeSourceRoute, 'DELETE', path, { as: world.editor2 }, { id: claim.id, sourceId: source.id })).status).toBe(403);
    expect((await send(removeSourceRoute, 'DELETE', path, { as: world.reviewer }, { id: claim.id, sourceId: source.id })).status).toBe(403);
    const proposal = { body: `Proposed source: ${BLOG.url}` };
    await sendOk(201, commentRoute, 'POST', `/api/claims/${claim.id}/comments`, { as: world.editor2, body: proposal }, { id: claim.id });
    expect((await getClaimAs(world.editor, claim.id)).status).toBe('APPROVED');
  });
});

describe('evidence is content', () => {
  it('the author removing every source of an APPROVED claim sends it back to review; the published record keeps the approved sources', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin, 'mostly-false');
    const approvedUrl = claim.sources[0].url;
    for (const source of claim.sources) {
      const res = await send(removeSourceRoute, 'DELETE', `${sourcesPath(claim.id)}/${source.id}`, { as: world.editor }, { id: claim.id, sourceId: source.id });
      expect(res.status).toBe(204);
    }
    const after = await getClaimAs(world.editor, claim.id);
    expect(after).toMatchObject({ status: 'IN_REVIEW', sources: [] });
    expect(after.lastApproval).toMatchObject({ approvedBy: { id: world.reviewer.id, name: world.reviewer.name } });

    const reviewed = (await publishedClaimReviews()).find((review) => JSON.stringify(review).includes(QUOTES.hamrin));
    expect(reviewed).toBeDefined();
    expect(reviewed!.reviewRating.alternateName).toBe('Mostly false');
    const json = JSON.parse(await publishedText('json'));
    const published = json.claims.find((c: { id: string }) => c.id === claim.id);
    expect(published).toMatchObject({ status: 'APPROVED', sources: [expect.objectContaining({ url: approvedUrl })] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'source.removed' } });
    expect(JSON.parse(event.before!)).toMatchObject({ status: 'APPROVED' });
    expect(JSON.parse(event.after!)).toMatchObject({ status: 'IN_REVIEW' });
  });

  it.each([
    ['adding', async (id: string) => addSourceAs(world.editor, id, BLOG)],
    [
      'editing',
      async (id: string, sourceId: string) => sendOk(200, updateSourceRoute, 'PATCH', `${sourcesPath(id)}/${sourceId}`, { as: world.editor, body: { title: 'Corrected title' } }, { id, sourceId }),
    ],
  ] as const)('the author %s a source of an APPROVED claim sends it back to review', async (_, change) => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine);
    await change(claim.id, claim.sources[0].id);
    const after = await getClaimAs(world.editor, claim.id);
    expect(after.status).toBe('IN_REVIEW');
    expect(after.version).toBeGreaterThan(claim.version);
    expect(after.contributorIds).toEqual([world.editor.id]);
  });

  it('editing a source to what it already holds changes nothing (no return to review)', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine);
    const [source] = claim.sources;
    const res = await sendOk(200, updateSourceRoute, 'PATCH', `${sourcesPath(claim.id)}/${source.id}`, { as: world.editor, body: { url: source.url } }, { id: claim.id, sourceId: source.id });
    expect(res.source).toEqual(source);
    expect(await getClaimAs(world.editor, claim.id)).toMatchObject({ status: 'APPROVED', version: claim.version });
  });

  it('PATCH of a source refuses unknown sources (404), bad fields and empty bodies (422), writing nothing', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const [source] = claim.sources;
    const before = await everyRow();
    const patch = (sourceId: string, body: unknown) => send(updateSourceRoute, 'PATCH', `${sourcesPath(claim.id)}/${sourceId}`, { as: world.editor, body }, { id: claim.id, sourceId });
    expect((await patch('no-such-source', { title: 'x' })).status).toBe(404);
    for (const body of [{}, { url: 'javascript:alert(1)' }, { title: 7 }, { accessedAt: 'yesterday' }, { claimId: 'other' }]) {
      const res = await patch(source.id, body);
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('INVALID');
    }
    expect(await everyRow()).toEqual(before);
  });
});

describe('nobody approves their own work', () => {
  it('an admin who edited the statement and verdict of an IN_REVIEW claim may not approve it; another reviewer may', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.troops, 'false');
    const edited = await patchClaimAs(world.admin, claim.id, { version: claim.version, statement: 'About 40,000 US troops are in the region', verdict: 'true' });
    expect(edited.status).toBe('IN_REVIEW');
    expect(edited.contributorIds).toContain(world.admin.id);

    const before = await everyRow();
    const res = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.admin, body: { decision: 'approve' } }, { id: claim.id });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: 'FORBIDDEN', message: 'You changed this claim since it was last approved, so another reviewer must review it' });
    // Sending it back is a review too: refused as well.
    const back = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.admin, body: { decision: 'request_changes', comment: 'mine' } }, { id: claim.id });
    expect(back.status).toBe(403);
    expect(await everyRow()).toEqual(before);

    const { claim: approved } = await reviewAs(world.reviewer, claim.id, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 'APPROVED', contributorIds: [], lastApproval: { approvedBy: { id: world.reviewer.id } } });
  });

  it('a reviewer who added a source as an admin may not approve; the contributor list clears at approval', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.wounded);
    await addSourceAs(world.admin, claim.id, { url: 'https://www.defense.gov/News/' });
    const res = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.admin, body: { decision: 'approve' } }, { id: claim.id });
    expect(res.status).toBe(403);
    await reviewAs(world.reviewer, claim.id, { decision: 'approve' });
    expect(await db.claimContributor.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('the author editing after approval is a contributor, but the author is refused as the author anyway', async () => {
    const claim = await approvedClaim(world.reviewer, world.admin, article, QUOTES.hamrin);
    const edited = await patchClaimAs(world.reviewer, claim.id, { version: claim.version, rationale: 'Reworded' });
    expect(edited).toMatchObject({ status: 'IN_REVIEW', contributorIds: [world.reviewer.id] });
    const res = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.reviewer, body: { decision: 'approve' } }, { id: claim.id });
    expect((await res.json()).error.message).toBe('Nobody reviews a claim they wrote');
  });
});

describe('the published record is the approved record', () => {
  it('a claim edited after approval shows its approved version in every published format until approved again', async () => {
    // A statement and rationale found nowhere else (the article text holds the quote itself).
    const approvedStatement = 'ApprovedStatement4242 about forty thousand troops';
    const draft = await createClaimAs(world.editor, article, QUOTES.troops, { statement: approvedStatement, rationale: 'ApprovedRationale4242', verdict: 'mostly-false' });
    await addSourceAs(world.editor, draft.id, { url: 'https://www.defense.gov/ApprovedSource4242', title: 'ApprovedSource4242' });
    await submitAs(world.editor, draft.id);
    const { claim } = await reviewAs(world.reviewer, draft.id, { decision: 'approve' });
    await patchClaimAs(world.editor, claim.id, { version: claim.version, statement: 'Sixty thousand US troops NewStatement7788', rationale: 'NewRationale7788', verdict: 'true' });
    await addSourceAs(world.editor, claim.id, { url: 'https://random.blog.example/NewSource7788', title: 'NewSource7788' });

    for (const format of FORMATS) {
      const text = await publishedText(format);
      expect(text).not.toMatch(/7788/);
      // Every format carries the statement; the rationale and sources all but ClaimReview (which has neither).
      expect(text).toContain('ApprovedStatement4242');
      if (format !== 'claimreview') expect(text).toMatch(/ApprovedRationale4242[\s\S]*ApprovedSource4242|ApprovedSource4242[\s\S]*ApprovedRationale4242/);
    }
    const since = await sendOk(200, sinceApprovalRoute, 'GET', `/api/claims/${claim.id}/since-approval`, { as: world.reviewer }, { id: claim.id });
    expect(since.changed).toEqual(['statement', 'verdict', 'rationale', 'sources']);
    expect(since.approved.statement).toBe(approvedStatement);

    // Approved again by someone else: the new version is what is published now.
    const current = await getClaimAs(world.editor, claim.id);
    await reviewAs(world.admin, claim.id, { decision: 'approve', version: current.version });
    const json = JSON.parse(await publishedText('json'));
    expect(json.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({
      statement: 'Sixty thousand US troops NewStatement7788',
      approval: { reviewerName: world.admin.name },
    });
  });

  it('a claim never approved is in no published format', async () => {
    await submittedClaimAs(world.editor, article, QUOTES.nine, 'false').then((claim) => patchClaimAs(world.editor, claim.id, { version: claim.version, rationale: 'NeverApproved3141' }));
    for (const format of FORMATS) expect(await publishedText(format)).not.toContain('NeverApproved3141');
  });

  it('keeps the approval as its own record, with the sources as they stood', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.wounded, 'half-true');
    const record = await db.claimApproval.findFirstOrThrow({ where: { claimId: claim.id }, include: { sources: true } });
    expect(record).toMatchObject({
      approvedById: world.reviewer.id,
      statement: claim.statement,
      verdictKey: 'half-true',
      verdictLabel: 'Half true',
      exact: QUOTES.wounded,
      claimVersion: claim.version - 1,
    });
    expect(record.sources.map((s) => s.url)).toEqual(claim.sources.map((s) => s.url));
  });
});
