import { DELETE, GET, PATCH } from '@/app/api/claims/[id]/route';
import { db } from '@/lib/server/db';
import { approvedClaim, createClaimAs, patchClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const path = (id: string) => `/api/claims/${id}`;

describe('GET /api/claims/:id', () => {
  it('returns the claim to any signed-in user', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const res = await send(GET, 'GET', path(claim.id), { as: world.editor2 }, { id: claim.id });
    expect(res.status).toBe(200);
    expect((await res.json()).claim).toEqual(claim);
  });

  it('answers 401 without a session and 404 for an unknown id', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(GET, 'GET', path(claim.id), {}, { id: claim.id })).status).toBe(401);
    const res = await send(GET, 'GET', path('nope'), { as: world.editor }, { id: 'nope' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('PATCH /api/claims/:id', () => {
  it('updates statement, verdict and rationale, bumps the version and audits the change', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const body = { version: 1, statement: 'Nine ISIS members died in the raid', verdict: 'mostly-true', rationale: 'Iraqi JOC statement' };
    const res = await send(PATCH, 'PATCH', path(claim.id), { as: world.editor, body }, { id: claim.id });
    expect(res.status).toBe(200);
    const updated = (await res.json()).claim;
    expect(updated).toMatchObject({ version: 2, status: 'DRAFT', statement: body.statement, rationale: body.rationale, verdict: { key: 'mostly-true', label: 'Mostly true' } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'claim.updated' } });
    expect(JSON.parse(event.before as string)).toMatchObject({ verdict: null, version: 1 });
    expect(JSON.parse(event.after as string)).toMatchObject({ verdict: 'mostly-true', version: 2 });

    const cleared = await patchClaimAs(world.editor, claim.id, { version: 2, verdict: null });
    expect(cleared).toMatchObject({ version: 3, verdict: null });
  });

  it("lets an admin edit anyone's claim", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect(await patchClaimAs(world.admin, claim.id, { version: 1, rationale: 'Admin note' })).toMatchObject({ version: 2, rationale: 'Admin note' });
  });

  it('does not bump the version when nothing changes', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine, { rationale: 'same' });
    expect(await patchClaimAs(world.editor, claim.id, { version: 1, rationale: 'same' })).toEqual(claim);
  });

  it('answers 409 with the current claim when the version is stale, and overwrites nothing', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    await patchClaimAs(world.editor, claim.id, { version: 1, rationale: 'first writer' });
    const before = await dbSnapshot();
    const res = await send(PATCH, 'PATCH', path(claim.id), { as: world.editor, body: { version: 1, rationale: 'second writer' } }, { id: claim.id });
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ currentVersion: 2, claim: { id: claim.id, version: 2, rationale: 'first writer' } });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('moves an approved claim back to review when its verdict is edited', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.hamrin);
    expect(claim.status).toBe('APPROVED');
    const edited = await patchClaimAs(world.editor, claim.id, { version: claim.version, verdict: 'true' });
    expect(edited).toMatchObject({ status: 'IN_REVIEW', verdict: { key: 'true' }, version: claim.version + 1 });
  });

  it("answers 403 when an editor edits another editor's claim, and changes nothing", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const res = await send(PATCH, 'PATCH', path(claim.id), { as: world.editor2, body: { version: 1, statement: 'hijacked' } }, { id: claim.id });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('FORBIDDEN');
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 naming the field for a missing version, wrong types, unknown fields and unknown verdicts', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{ statement: 'no version' }, 'version'],
      [{ version: '1', statement: 'x' }, 'version'],
      [{ version: 1, statement: 42 }, 'statement'],
      [{ version: 1, verdict: 'pants-on-fire' }, 'verdict'],
      [{ version: 1, status: 'APPROVED' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await send(PATCH, 'PATCH', path(claim.id), { as: world.editor, body }, { id: claim.id });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 401 without a session and 404 for an unknown claim', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(PATCH, 'PATCH', path(claim.id), { body: { version: 1, statement: 'x' } }, { id: claim.id })).status).toBe(401);
    expect((await send(PATCH, 'PATCH', path('nope'), { as: world.editor, body: { version: 1, statement: 'x' } }, { id: 'nope' })).status).toBe(404);
  });
});

describe('DELETE /api/claims/:id', () => {
  it("deletes the author's own claim with its sources; the audit trail survives", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    await db.source.create({ data: { claimId: claim.id, url: 'https://example.com', createdById: world.editor.id } });
    const res = await send(DELETE, 'DELETE', path(claim.id), { as: world.editor }, { id: claim.id });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['claim.created', 'claim.deleted']);
    expect(JSON.parse(events[1].before as string)).toMatchObject({ id: claim.id, selector: { exact: QUOTES.nine } });
  });

  it("lets an admin delete anyone's claim", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    expect((await send(DELETE, 'DELETE', path(claim.id), { as: world.admin }, { id: claim.id })).status).toBe(204);
  });

  it('answers 403 for another editor or a reviewer, 401 without a session, 404 when unknown; nothing is deleted', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    expect((await send(DELETE, 'DELETE', path(claim.id), { as: world.editor2 }, { id: claim.id })).status).toBe(403);
    expect((await send(DELETE, 'DELETE', path(claim.id), { as: world.reviewer }, { id: claim.id })).status).toBe(403);
    expect((await send(DELETE, 'DELETE', path(claim.id), {}, { id: claim.id })).status).toBe(401);
    expect((await send(DELETE, 'DELETE', path('nope'), { as: world.admin }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});
