// Faults (issue 7): many writers on one claim at the same moment, through the
// real route handlers. Requests that name the same `version` race for it:
// exactly one wins, every other gets 409 with the error shape and the claim as
// the winner left it, the version moves by exactly one and the audit trail
// holds exactly one event. Writes that do not name a version (sources) all
// land, each bumping the version once: no lost update.
import type { NextRequest } from 'next/server';
import { PATCH } from '@/app/api/claims/[id]/route';
import { POST as addSourceRoute } from '@/app/api/claims/[id]/sources/route';
import { POST as submitRoute } from '@/app/api/claims/[id]/submit/route';
import { POST as reviewRoute } from '@/app/api/claims/[id]/review/route';
import { db } from '@/lib/server/db';
import { createClaimAs, getClaimAs, QUOTES, readyClaimAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { params, request, seedWorld, type TestUser } from './helpers/world';

type Handler = (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

const WRITERS = 20;

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

interface Answer {
  writer: number;
  status: number;
  body: any;
}

/**
 * Builds every request first (session cookies take a moment to sign), then
 * fires them all in the same tick: no handler has finished before the last starts.
 */
async function race(handler: Handler, method: string, path: string, claimId: string, bodies: { as: TestUser; body?: unknown }[]): Promise<Answer[]> {
  const requests = await Promise.all(bodies.map(({ as, body }) => request(method, path, { as, body })));
  let finished = 0;
  let startedBeforeAnyFinished = 0;
  const answers = await Promise.all(
    requests.map(async (req, writer) => {
      if (finished === 0) startedBeforeAnyFinished += 1;
      const res = await handler(req, params({ id: claimId }));
      finished += 1;
      const text = await res.text();
      return { writer, status: res.status, body: text ? JSON.parse(text) : null };
    }),
  );
  expect(startedBeforeAnyFinished).toBe(bodies.length);
  return answers;
}

function expectOneWinner(answers: Answer[], loserStatus = 409): { winner: Answer; losers: Answer[] } {
  const winners = answers.filter((a) => a.status === 200);
  const losers = answers.filter((a) => a.status !== 200);
  expect({ winners: winners.length, losers: losers.map((a) => a.status) }).toEqual({ winners: 1, losers: Array(answers.length - 1).fill(loserStatus) });
  for (const loser of losers) {
    expect(Object.keys(loser.body)).toEqual(['error']);
    expect(loser.body.error).toMatchObject({ code: 'CONFLICT', message: expect.any(String) });
    expect(JSON.stringify(loser.body)).not.toMatch(/\bat \S+:\d+:\d+|node_modules|\.ts:|PrismaClient/);
  }
  return { winner: winners[0], losers };
}

async function auditCount(claimId: string, action: string): Promise<number> {
  return db.auditEvent.count({ where: { claimId, action } });
}

describe(`${WRITERS} concurrent PATCH /api/claims/:id with the same version`, () => {
  it('lets exactly one through; the rest get 409 with the claim as the winner left it', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    // The author and an admin (both allowed to edit) race, each with their own rationale.
    const bodies = Array.from({ length: WRITERS }, (_, i) => ({
      as: i % 2 === 0 ? world.editor : world.admin,
      body: { version: claim.version, rationale: `Writer ${i} checked the JOC statement`, verdict: i % 3 === 0 ? 'true' : 'false' },
    }));

    const answers = await race(PATCH, 'PATCH', `/api/claims/${claim.id}`, claim.id, bodies);
    const { winner, losers } = expectOneWinner(answers);

    const won = bodies[winner.writer].body;
    expect(winner.body.claim).toMatchObject({ id: claim.id, version: claim.version + 1, rationale: won.rationale, verdict: { key: won.verdict } });
    for (const loser of losers) {
      expect(loser.body.error.details).toMatchObject({ currentVersion: claim.version + 1, claim: { id: claim.id, version: claim.version + 1, rationale: won.rationale } });
    }

    const stored = await getClaimAs(world.editor, claim.id);
    expect(stored).toMatchObject({ version: claim.version + 1, rationale: won.rationale, verdict: { key: won.verdict } });
    expect(await auditCount(claim.id, 'claim.updated')).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.updated' } });
    expect(JSON.parse(event.after as string)).toMatchObject({ rationale: won.rationale, version: claim.version + 1 });
    expect(JSON.parse(event.before as string)).toMatchObject({ version: claim.version });
  });

  it('keeps a second round honest: the 409 losers retrying with the version they were told win one more edit', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.hamrin);
    const first = await race(
      PATCH,
      'PATCH',
      `/api/claims/${claim.id}`,
      claim.id,
      Array.from({ length: WRITERS }, (_, i) => ({ as: world.editor, body: { version: 1, rationale: `round one ${i}` } })),
    );
    const { losers } = expectOneWinner(first);
    const retry = await race(
      PATCH,
      'PATCH',
      `/api/claims/${claim.id}`,
      claim.id,
      losers.map((loser) => ({ as: world.editor, body: { version: loser.body.error.details.currentVersion, rationale: `round two ${loser.writer}` } })),
    );
    expectOneWinner(retry);
    expect((await getClaimAs(world.editor, claim.id)).version).toBe(3);
    expect(await auditCount(claim.id, 'claim.updated')).toBe(2);
  });
});

describe(`${WRITERS} concurrent POST /api/claims/:id/submit`, () => {
  it('with the same version: one submission, the rest 409, one audit event', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.wounded);
    const answers = await race(
      submitRoute,
      'POST',
      `/api/claims/${claim.id}/submit`,
      claim.id,
      Array.from({ length: WRITERS }, (_, i) => ({ as: i % 2 ? world.admin : world.editor, body: { version: claim.version } })),
    );
    const { winner, losers } = expectOneWinner(answers);
    expect(winner.body.claim).toMatchObject({ status: 'IN_REVIEW', version: claim.version + 1 });
    for (const loser of losers) expect(loser.body.error.details).toMatchObject({ currentVersion: claim.version + 1 });
    expect(await getClaimAs(world.editor, claim.id)).toMatchObject({ status: 'IN_REVIEW', version: claim.version + 1 });
    expect(await auditCount(claim.id, 'claim.submitted')).toBe(1);
  });

  it('without a version: one submission, the rest 409 (already in review), one audit event', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.troops);
    const answers = await race(
      submitRoute,
      'POST',
      `/api/claims/${claim.id}/submit`,
      claim.id,
      Array.from({ length: WRITERS }, () => ({ as: world.editor })),
    );
    expectOneWinner(answers);
    expect(await getClaimAs(world.editor, claim.id)).toMatchObject({ status: 'IN_REVIEW', version: claim.version + 1 });
    expect(await auditCount(claim.id, 'claim.submitted')).toBe(1);
  });
});

describe(`${WRITERS} concurrent reviews of one claim`, () => {
  it('approvals and send-backs by two reviewers: one decision stands, one Review row, one audit event', async () => {
    const claim = await submittedClaimAs(world.editor, article, QUOTES.nine);
    const bodies = Array.from({ length: WRITERS }, (_, i) => ({
      as: i % 2 ? world.admin : world.reviewer,
      body: i % 4 < 2 ? { version: claim.version, decision: 'approve' } : { version: claim.version, decision: 'request_changes', comment: `Reviewer ${i}: name the source` },
    }));
    const answers = await race(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, claim.id, bodies);
    const { winner } = expectOneWinner(answers);
    const decision = bodies[winner.writer].body.decision;
    const status = decision === 'approve' ? 'APPROVED' : 'CHANGES_REQUESTED';
    expect(await getClaimAs(world.editor, claim.id)).toMatchObject({ status, version: claim.version + 1 });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(decision === 'approve' ? 0 : 1);
    expect((await auditCount(claim.id, 'claim.approved')) + (await auditCount(claim.id, 'claim.changes_requested'))).toBe(1);
  });
});

describe(`${WRITERS} concurrent POST /api/claims/:id/sources (no version named)`, () => {
  it('lands each source it answers 201 for, exactly once, bumping the version once per source: no lost update', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded);
    const bodies = Array.from({ length: WRITERS }, (_, i) => ({ as: world.editor, body: { url: `https://example.org/source-${i}` } }));
    const answers = await race(addSourceRoute, 'POST', `/api/claims/${claim.id}/sources`, claim.id, bodies);
    const landed = answers.filter((a) => a.status === 201);
    // No version named, so no conflict: every source lands, on SQLite (one
    // writer at a time) and on PostgreSQL (transactions side by side, ordered
    // by the claim row's lock).
    expect(answers.map((a) => a.status)).toEqual(Array(WRITERS).fill(201));
    const stored = await getClaimAs(world.editor, claim.id);
    expect(stored.version).toBe(claim.version + landed.length);
    expect(stored.sources.map((s) => s.id).sort()).toEqual(landed.map((a) => a.body.source.id).sort());
    expect(await auditCount(claim.id, 'source.added')).toBe(landed.length);
  });
});
