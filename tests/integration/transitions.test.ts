// Illegal state changes answer 409 naming the current status; a stale
// `version` answers 409 with the current claim. Neither writes anything.
import { POST as anchor } from '@/app/api/claims/[id]/anchor/route';
import { PATCH } from '@/app/api/claims/[id]/route';
import { POST as review } from '@/app/api/claims/[id]/review/route';
import { POST as submit } from '@/app/api/claims/[id]/submit/route';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { approvedClaim, getClaimAs, QUOTES, readyClaimAs, reviewAs, selectionOf, send, submittedClaimAs, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
let byStatus: Record<'DRAFT' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED', ClaimDto>;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  const sentBack = await submittedClaimAs(world.editor, article, QUOTES.hamrin);
  await reviewAs(world.reviewer, sentBack.id, { decision: 'request_changes', comment: 'Source?' });
  byStatus = {
    DRAFT: await readyClaimAs(world.editor, article, QUOTES.nine),
    IN_REVIEW: await submittedClaimAs(world.editor, article, QUOTES.wounded),
    CHANGES_REQUESTED: await getClaimAs(world.editor, sentBack.id),
    APPROVED: await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops),
  };
});

const ILLEGAL = [
  ['submit', 'IN_REVIEW'],
  ['submit', 'APPROVED'],
  ['approve', 'DRAFT'],
  ['approve', 'CHANGES_REQUESTED'],
  ['approve', 'APPROVED'],
  ['request_changes', 'DRAFT'],
  ['request_changes', 'CHANGES_REQUESTED'],
  ['request_changes', 'APPROVED'],
] as const;

function act(action: (typeof ILLEGAL)[number][0], claim: ClaimDto) {
  const id = claim.id;
  if (action === 'submit') return send(submit, 'POST', `/api/claims/${id}/submit`, { as: world.editor }, { id });
  const body = action === 'approve' ? { decision: 'approve' } : { decision: 'request_changes', comment: 'Again' };
  return send(review, 'POST', `/api/claims/${id}/review`, { as: world.reviewer, body }, { id });
}

describe('illegal transitions', () => {
  it.each(ILLEGAL)('%s on a %s claim -> 409 with details.status, nothing written', async (action, status) => {
    const claim = byStatus[status];
    expect(claim.status).toBe(status);
    const before = await dbSnapshot();
    const res = await act(action, claim);
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(status), details: { status } });
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe('stale version', () => {
  const stale = (claim: ClaimDto) => claim.version - 1;
  const cases: [string, (claim: ClaimDto) => Promise<Response>][] = [
    ['PATCH', (c) => send(PATCH, 'PATCH', `/api/claims/${c.id}`, { as: world.editor, body: { version: stale(c), rationale: 'x' } }, { id: c.id })],
    ['submit', (c) => send(submit, 'POST', `/api/claims/${c.id}/submit`, { as: world.editor, body: { version: stale(c) } }, { id: c.id })],
    ['anchor', (c) => send(anchor, 'POST', `/api/claims/${c.id}/anchor`, { as: world.editor, body: { version: stale(c), selector: selectionOf(article.text, QUOTES.troops) } }, { id: c.id })],
  ];

  it.each(cases)('%s -> 409 carrying the current claim, nothing written', async (_name, call) => {
    const claim = byStatus.DRAFT;
    const before = await dbSnapshot();
    const res = await call(claim);
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ currentVersion: claim.version, claim: await getClaimAs(world.editor, claim.id) });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('review -> 409 carrying the current claim', async () => {
    const claim = byStatus.IN_REVIEW;
    const res = await send(review, 'POST', `/api/claims/${claim.id}/review`, { as: world.reviewer, body: { decision: 'approve', version: stale(claim) } }, { id: claim.id });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toMatchObject({ currentVersion: claim.version, claim: { id: claim.id, version: claim.version, status: 'IN_REVIEW' } });
  });
});
