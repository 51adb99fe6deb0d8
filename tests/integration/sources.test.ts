import { POST } from '@/app/api/claims/[id]/sources/route';
import { DELETE, PATCH } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { db } from '@/lib/server/db';
import { addSourceAs, approvedClaim, createClaimAs, getClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const sourcesPath = (id: string) => `/api/claims/${id}/sources`;

describe('POST /api/claims/:id/sources', () => {
  it('adds a source, bumps the claim version and audits it under the claim', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const body = {
      url: 'https://www.centcom.mil/MEDIA/STATEMENTS/',
      title: 'CENTCOM statement',
      publisher: 'U.S. Central Command',
      quote: 'CENTCOM and Iraqi security forces conducted joint raids',
      accessedAt: '2024-08-30',
      archivedUrl: 'https://web.archive.org/web/2024/https://www.centcom.mil/',
    };
    const res = await send(POST, 'POST', sourcesPath(claim.id), { as: world.editor, body }, { id: claim.id });
    expect(res.status).toBe(201);
    const { source } = await res.json();
    expect(source).toMatchObject({ ...body, accessedAt: '2024-08-30T00:00:00.000Z', claimId: claim.id, createdById: world.editor.id });
    const after = await getClaimAs(world.editor, claim.id);
    expect(after.version).toBe(2);
    expect(after.sources.map((s) => s.id)).toEqual([source.id]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'source.added' } });
    expect(event).toMatchObject({ entityType: 'Source', entityId: source.id, actorId: world.editor.id });
  });

  it('lets the author and an admin add a source; another editor or a reviewer gets 403 and nothing is written', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const source = await addSourceAs(world.admin, claim.id, { url: 'http://example.com/report' });
    expect(source).toMatchObject({ url: 'http://example.com/report', title: null, archivedUrl: null, accessedAt: null });
    const before = await dbSnapshot();
    for (const other of [world.editor2, world.reviewer]) {
      const res = await send(POST, 'POST', sourcesPath(claim.id), { as: other, body: { url: 'http://example.com/mine' } }, { id: claim.id });
      expect(res.status).toBe(403);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 for javascript:, data: and relative URLs, bad dates and wrong types, and writes nothing', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{ url: 'javascript:alert(document.cookie)' }, 'url'],
      [{ url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
      [{ url: '/relative/path' }, 'url'],
      [{}, 'url'],
      [{ url: 'https://example.com', archivedUrl: 'javascript:alert(1)' }, 'archivedUrl'],
      [{ url: 'https://example.com', accessedAt: 'last tuesday' }, 'accessedAt'],
      [{ url: 'https://example.com', title: 7 }, 'title'],
    ];
    for (const [body, field] of cases) {
      const res = await send(POST, 'POST', sourcesPath(claim.id), { as: world.editor, body }, { id: claim.id });
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe('INVALID');
      expect(error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 401 without a session and 404 for an unknown claim', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const body = { url: 'https://example.com' };
    const before = await dbSnapshot();
    expect((await send(POST, 'POST', sourcesPath(claim.id), { body }, { id: claim.id })).status).toBe(401);
    expect((await send(POST, 'POST', sourcesPath('nope'), { as: world.editor, body }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe('a source write answers the claim as it now is', () => {
  it('POST and PATCH answer the source and the claim: its new version, the source in it, back in review when it was approved', async () => {
    const claim = await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops);
    const added = await sendOk(201, POST, 'POST', sourcesPath(claim.id), { as: world.editor, body: { url: 'https://example.org/added' } }, { id: claim.id });
    expect(added.claim).toEqual(await getClaimAs(world.editor, claim.id));
    expect(added.claim).toMatchObject({ id: claim.id, version: claim.version + 1, status: 'IN_REVIEW' });
    expect(added.claim.sources.map((s: { id: string }) => s.id)).toContain(added.source.id);

    const path = `${sourcesPath(claim.id)}/${added.source.id}`;
    const corrected = await sendOk(200, PATCH, 'PATCH', path, { as: world.editor, body: { title: 'Corrected title' } }, { id: claim.id, sourceId: added.source.id });
    expect(corrected.source).toMatchObject({ id: added.source.id, title: 'Corrected title' });
    expect(corrected.claim).toEqual(await getClaimAs(world.editor, claim.id));
    expect(corrected.claim.version).toBe(added.claim.version + 1);
    // Saving what is already there changes nothing, and answers the claim as it is.
    const same = await sendOk(200, PATCH, 'PATCH', path, { as: world.editor, body: { title: 'Corrected title' } }, { id: claim.id, sourceId: added.source.id });
    expect(same.claim).toEqual(corrected.claim);
  });
});

describe('DELETE /api/claims/:id/sources/:sourceId', () => {
  const path = (claimId: string, sourceId: string) => `/api/claims/${claimId}/sources/${sourceId}`;

  it('removes a source (claim author), bumps the version and audits the removal', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const source = await addSourceAs(world.editor, claim.id);
    const res = await send(DELETE, 'DELETE', path(claim.id, source.id), { as: world.editor }, { id: claim.id, sourceId: source.id });
    expect(res.status).toBe(204);
    const after = await getClaimAs(world.editor, claim.id);
    expect(after).toMatchObject({ version: 3, sources: [] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id, action: 'source.removed' } });
    expect(JSON.parse(event.before as string)).toMatchObject({ id: source.id, url: source.url });
  });

  it('lets the author remove any source of their claim, and an admin; not the colleague who added one', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const byAdmin = await addSourceAs(world.admin, claim.id);
    const byEditor = await addSourceAs(world.editor, claim.id);
    // Who added a source gives no right to the claim's evidence: the claim's owner decides.
    expect((await send(DELETE, 'DELETE', path(claim.id, byEditor.id), { as: world.editor2 }, { id: claim.id, sourceId: byEditor.id })).status).toBe(403);
    expect((await send(DELETE, 'DELETE', path(claim.id, byAdmin.id), { as: world.editor }, { id: claim.id, sourceId: byAdmin.id })).status).toBe(204);
    expect((await send(DELETE, 'DELETE', path(claim.id, byEditor.id), { as: world.admin }, { id: claim.id, sourceId: byEditor.id })).status).toBe(204);
  });

  it("answers 403 for someone else's source on someone else's claim; 401; 404 for unknown or mismatched ids; nothing removed", async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const other = await createClaimAs(world.editor, article, QUOTES.wounded);
    const source = await addSourceAs(world.editor, claim.id);
    const before = await dbSnapshot();
    expect((await send(DELETE, 'DELETE', path(claim.id, source.id), { as: world.editor2 }, { id: claim.id, sourceId: source.id })).status).toBe(403);
    expect((await send(DELETE, 'DELETE', path(claim.id, source.id), {}, { id: claim.id, sourceId: source.id })).status).toBe(401);
    expect((await send(DELETE, 'DELETE', path(claim.id, 'nope'), { as: world.editor }, { id: claim.id, sourceId: 'nope' })).status).toBe(404);
    expect((await send(DELETE, 'DELETE', path('nope', source.id), { as: world.editor }, { id: 'nope', sourceId: source.id })).status).toBe(404);
    // The source exists, but not under this claim.
    expect((await send(DELETE, 'DELETE', path(other.id, source.id), { as: world.editor }, { id: other.id, sourceId: source.id })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});
