// Who made a claim and where it appeared (issue 15): set and cleared through
// PATCH /api/claims/:id, refused in the error shape when malformed, audited,
// and covered by review like the statement (a contributor, an approved claim
// back to review, frozen by the approval, shown in "changes since approval",
// and published as approved until a reviewer approves the change).
import { POST as createArticle } from '@/app/api/articles/route';
import { GET as exportRoute } from '@/app/api/articles/[id]/export/route';
import { PATCH } from '@/app/api/claims/[id]/route';
import { POST as createClaimRoute } from '@/app/api/articles/[id]/claims/route';
import { POST as reviewRoute } from '@/app/api/claims/[id]/review/route';
import { GET as sinceApprovalRoute } from '@/app/api/claims/[id]/since-approval/route';
import { db } from '@/lib/server/db';
import { approvedClaim, createClaimAs, getClaimAs, patchClaimAs, QUOTES, reviewAs, send, sendOk, submitAs, readyClaimAs, selectionOf, type ArticleRef } from './helpers/api';
import { everyRow } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const RYDER = { name: 'Patrick Ryder', type: 'Person', url: 'https://www.defense.gov/About/Biographies/Biography/Article/2998564/' } as const;
const JOC = { name: 'Iraqi Joint Operations Command', type: 'Organization', url: null } as const;
const BRIEFING = { url: 'https://www.defense.gov/News/Transcripts/', date: '2024-10-30T00:00:00.000Z' } as const;

const sinceApproval = async (id: string) => sendOk(200, sinceApprovalRoute, 'GET', `/api/claims/${id}/since-approval`, { as: world.editor2 }, { id });
const patch = (as: typeof world.editor, id: string, body: unknown) => send(PATCH, 'PATCH', `/api/claims/${id}`, { as, body }, { id });

/** An article of its own, so its exports hold only this test's claims. */
async function ownArticle(): Promise<ArticleRef> {
  const { article: copy } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Copy', text: article.text } });
  return { id: copy.id, text: article.text };
}

async function exported(articleId: string, query: string): Promise<string> {
  const res = await send(exportRoute, 'GET', `/api/articles/${articleId}/export?${query}`, { as: world.editor }, { id: articleId });
  expect(res.status).toBe(200);
  return res.text();
}

describe('a new claim (POST /api/articles/:id/claims)', () => {
  it('takes the claimant its sentence names when none is sent, and records it in claim.created', async () => {
    // "... according to a statement from the Iraqi Joint Operations Command" / "..., a Pentagon spokesman said"
    expect(await createClaimAs(world.editor, article, QUOTES.nine)).toMatchObject({ claimant: JOC, appearance: null });
    expect(await createClaimAs(world.editor, article, QUOTES.wounded)).toMatchObject({ claimant: { name: 'Pentagon', type: 'Organization', url: null } });
    const unnamed = await createClaimAs(world.editor, article, QUOTES.hamrin);
    expect(unnamed.claimant).toBeNull();
    const created = await db.auditEvent.findFirstOrThrow({ where: { claimId: unnamed.id, action: 'claim.created' } });
    expect(typeof created.after === 'string' ? JSON.parse(created.after) : created.after).toMatchObject({ claimant: null });
  });

  it('takes the claimant sent instead, and none for null', async () => {
    const given = await createClaimAs(world.editor, article, QUOTES.nine, { claimant: RYDER });
    expect(given.claimant).toEqual(RYDER);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: given.id, action: 'claim.created' } });
    expect(typeof event.after === 'string' ? JSON.parse(event.after) : event.after).toMatchObject({ claimant: RYDER });
    expect((await createClaimAs(world.editor, article, QUOTES.nine, { claimant: null })).claimant).toBeNull();
  });

  it('refuses a malformed claimant with 422 naming the field, and creates nothing', async () => {
    const before = await everyRow();
    const res = await send(
      createClaimRoute,
      'POST',
      `/api/articles/${article.id}/claims`,
      { as: world.editor, body: { selector: selectionOf(article.text, QUOTES.nine), claimant: { name: 'Ryder' } } },
      { id: article.id },
    );
    expect(res.status).toBe(422);
    expect(JSON.stringify((await res.json()).error.details)).toContain('claimant.type');
    expect(await everyRow()).toEqual(before);
  });
});

describe('PATCH /api/claims/:id with a claimant and an appearance', () => {
  it('sets them, answers them on the claim, and clears them with null', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded, { claimant: null });
    expect(claim).toMatchObject({ claimant: null, appearance: null });

    const set = await patchClaimAs(world.editor, claim.id, { version: 1, claimant: { ...RYDER, name: '  Patrick Ryder ' }, appearance: { url: BRIEFING.url, date: '2024-10-30' } });
    expect(set).toMatchObject({ version: 2, status: 'DRAFT', claimant: RYDER, appearance: BRIEFING });
    expect(await getClaimAs(world.editor2, claim.id)).toEqual(set);

    // No URL is no URL; an appearance with neither a URL nor a date is none.
    const partial = await patchClaimAs(world.editor, claim.id, { version: 2, claimant: { name: JOC.name, type: JOC.type }, appearance: { date: '2024-10-30T14:00:00+02:00' } });
    expect(partial).toMatchObject({ version: 3, claimant: JOC, appearance: { url: null, date: '2024-10-30T12:00:00.000Z' } });
    const empty = await patchClaimAs(world.editor, claim.id, { version: 3, claimant: { ...JOC, url: '' }, appearance: { url: '', date: null } });
    expect(empty).toMatchObject({ version: 4, claimant: JOC, appearance: null });

    const cleared = await patchClaimAs(world.editor, claim.id, { version: 4, claimant: null });
    expect(cleared).toMatchObject({ version: 5, claimant: null, appearance: null });
  });

  it('changes nothing when what is sent is what is there (no new version)', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded);
    const set = await patchClaimAs(world.editor, claim.id, { version: 1, claimant: RYDER, appearance: { url: BRIEFING.url, date: '2024-10-30' } });
    const before = await everyRow();
    expect(await patchClaimAs(world.editor, claim.id, { version: 2, claimant: { ...RYDER }, appearance: { url: BRIEFING.url, date: BRIEFING.date } })).toEqual(set);
    expect(await patchClaimAs(world.editor, claim.id, { version: 2, claimant: RYDER, statement: set.statement })).toEqual(set);
    expect(await everyRow()).toEqual(before);
  });

  it('records claim.updated with the claimant and appearance before and after, and only the fields that changed', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine, { claimant: null });
    await patchClaimAs(world.editor, claim.id, { version: 1, claimant: JOC });
    await patchClaimAs(world.editor, claim.id, { version: 2, claimant: RYDER, appearance: { url: BRIEFING.url, date: '2024-10-30' } });
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id, action: 'claim.updated' }, orderBy: { createdAt: 'asc' } });
    const read = (json: unknown) => (typeof json === 'string' ? JSON.parse(json) : json);
    expect(events.map((event) => [read(event.before), read(event.after)])).toEqual([
      [
        { claimant: null, status: 'DRAFT', version: 1 },
        { claimant: JOC, status: 'DRAFT', version: 2 },
      ],
      [
        { claimant: JOC, appearance: null, status: 'DRAFT', version: 2 },
        { claimant: RYDER, appearance: BRIEFING, status: 'DRAFT', version: 3 },
      ],
    ]);
  });

  it('makes whoever changes them a contributor: an admin who changed the claimant may not approve the claim (four eyes)', async () => {
    const claim = await readyClaimAs(world.editor, article, QUOTES.troops);
    const submitted = await submitAs(world.editor, claim.id);
    const edited = await patchClaimAs(world.admin, claim.id, { version: submitted.version, claimant: JOC });
    expect(edited).toMatchObject({ status: 'IN_REVIEW', contributorIds: expect.arrayContaining([world.admin.id]), claimant: JOC });

    const before = await everyRow();
    const res = await send(reviewRoute, 'POST', `/api/claims/${claim.id}/review`, { as: world.admin, body: { decision: 'approve' } }, { id: claim.id });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('FORBIDDEN');
    expect(await everyRow()).toEqual(before);
    // A reviewer who changed nothing may.
    expect((await reviewAs(world.reviewer, claim.id, { decision: 'approve' })).claim).toMatchObject({ status: 'APPROVED', contributorIds: [] });
  });

  it('sends an approved claim back to review when its claimant or its appearance changes, as a statement edit does', async () => {
    const first = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
    expect(await patchClaimAs(world.editor, first.id, { version: first.version, claimant: RYDER })).toMatchObject({
      status: 'IN_REVIEW',
      version: first.version + 1,
      contributorIds: [world.editor.id],
    });
    const second = await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine);
    expect(await patchClaimAs(world.editor, second.id, { version: second.version, appearance: { date: '2024-10-29' } })).toMatchObject({ status: 'IN_REVIEW', version: second.version + 1 });
  });

  it('is frozen by the approval: "changes since approval" shows a later change, and the published scope keeps the approved claimant until approved again', async () => {
    const own = await ownArticle();
    const ready = await readyClaimAs(world.editor, own, QUOTES.nine);
    await patchClaimAs(world.editor, ready.id, { version: ready.version, claimant: JOC, appearance: { url: BRIEFING.url, date: '2024-10-30' } });
    await submitAs(world.editor, ready.id);
    const approved = (await reviewAs(world.reviewer, ready.id, { decision: 'approve' })).claim;

    const record = await db.claimApproval.findFirstOrThrow({ where: { claimId: ready.id } });
    expect(record).toMatchObject({ claimantName: JOC.name, claimantType: JOC.type, claimantUrl: null, appearanceUrl: BRIEFING.url, appearanceDate: new Date(BRIEFING.date) });
    const frozen = await sinceApproval(ready.id);
    expect(frozen).toMatchObject({ approved: { claimant: JOC, appearance: BRIEFING }, current: { claimant: JOC, appearance: BRIEFING }, changed: [] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: ready.id, action: 'claim.approved' } });
    expect(JSON.parse(event.after as string).snapshot).toMatchObject({ claimant: JOC, appearance: BRIEFING });

    const edited = await patchClaimAs(world.editor, ready.id, { version: approved.version, claimant: RYDER, appearance: null });
    expect(edited.status).toBe('IN_REVIEW');
    const since = await sinceApproval(ready.id);
    expect(since).toMatchObject({ approved: { claimant: JOC, appearance: BRIEFING }, current: { claimant: RYDER, appearance: null }, changed: ['claimant', 'appearance'] });

    const published = JSON.parse(await exported(own.id, 'format=json&scope=published'));
    expect(published.claims).toEqual([expect.objectContaining({ id: ready.id, claimant: JOC, appearance: BRIEFING })]);
    const all = JSON.parse(await exported(own.id, 'format=json&scope=all'));
    expect(all.claims).toEqual([expect.objectContaining({ id: ready.id, claimant: RYDER, appearance: null })]);
    const csv = await exported(own.id, 'format=csv&scope=published');
    const [header, row] = csv.split('\r\n');
    const cells = Object.fromEntries(header.split(',').map((column, i) => [column, row.split(',')[i]]));
    expect(cells).toMatchObject({ claimant: JOC.name, claimant_type: 'Organization' });

    await reviewAs(world.reviewer, ready.id, { decision: 'approve' });
    const republished = JSON.parse(await exported(own.id, 'format=json&scope=published'));
    expect(republished.claims).toEqual([expect.objectContaining({ id: ready.id, claimant: RYDER, appearance: null })]);
  });

  it.each([
    ['a claimant without a name', { claimant: { type: 'Person' } }, 'claimant.name'],
    ['a blank name', { claimant: { name: '   ', type: 'Person' } }, 'claimant.name'],
    ['a name over 300 characters', { claimant: { name: 'R'.repeat(301), type: 'Person' } }, 'claimant.name'],
    ['a type that is neither Person nor Organization', { claimant: { name: 'Ryder', type: 'Robot' } }, 'claimant.type'],
    ['a lower-case type', { claimant: { name: 'Ryder', type: 'person' } }, 'claimant.type'],
    ['a javascript: URL', { claimant: { name: 'Ryder', type: 'Person', url: 'javascript:alert(1)' } }, 'claimant.url'],
    ['an ftp: URL', { claimant: { name: 'Ryder', type: 'Person', url: 'ftp://example.org/ryder' } }, 'claimant.url'],
    ['a URL over 2,000 characters', { claimant: { name: 'Ryder', type: 'Person', url: `https://example.org/${'a'.repeat(2_000)}` } }, 'claimant.url'],
    ['an unknown claimant field', { claimant: { name: 'Ryder', type: 'Person', sameAs: 'https://example.org' } }, 'claimant.sameAs'],
    ['a claimant as a string', { claimant: 'Ryder' }, 'claimant'],
    ['an appearance URL that is not a URL', { appearance: { url: 'a briefing' } }, 'appearance.url'],
    ['an appearance date that is no date', { appearance: { date: 'yesterday' } }, 'appearance.date'],
    ['an appearance date of month 13', { appearance: { date: '2024-13-01' } }, 'appearance.date'],
    ['an appearance date of 30 February', { appearance: { date: '2024-02-30' } }, 'appearance.date'],
    ['an appearance date in the year 0 (PostgreSQL has none)', { appearance: { date: '0000-06-01' } }, 'appearance.date'],
    ['an appearance date-time without an offset', { appearance: { date: '2024-10-30T12:00:00' } }, 'appearance.date'],
    ['an appearance as a number', { appearance: 2024 }, 'appearance'],
  ])('refuses %s with 422 naming the field, and changes nothing', async (_name, body, field) => {
    const claim = await createClaimAs(world.editor, article, QUOTES.troops);
    const before = await everyRow();
    const res = await patch(world.editor, claim.id, { version: claim.version, ...body });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'INVALID', message: expect.any(String) });
    expect(Object.keys(error.details)).toContain(field);
    expect(await everyRow()).toEqual(before);
  });

  it("refuses another editor's change of the claimant (403) and nobody's without a session (401)", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.troops);
    const before = await everyRow();
    expect((await patch(world.editor2, claim.id, { version: 1, claimant: RYDER })).status).toBe(403);
    expect((await send(PATCH, 'PATCH', `/api/claims/${claim.id}`, { body: { version: 1, claimant: RYDER } }, { id: claim.id })).status).toBe(401);
    expect(await everyRow()).toEqual(before);
  });
});
