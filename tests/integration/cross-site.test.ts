// Cross-site refusal (lib/server/http/same-origin.ts): a browser on another
// site cannot make a signed-in user's browser write through the API.
import { POST as createArticle } from '@/app/api/articles/route';
import { GET as getClaim, DELETE as deleteClaim, PATCH as patchClaim } from '@/app/api/claims/[id]/route';
import { PUT as putVerdicts } from '@/app/api/verdicts/route';
import { createClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const newArticle = { title: 'A wire story', text: 'Officials said forty people attended.' };

async function expectRefused(res: Response) {
  expect(res.status).toBe(403);
  expect((await res.json()).error).toEqual({ code: 'FORBIDDEN', message: 'Cross-site requests are refused' });
}

describe('state-changing requests', () => {
  it('refuses POST, PATCH, DELETE and PUT from another origin, writing nothing', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const headers = { origin: 'https://evil.example' };
    const before = await dbSnapshot();
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers }));
    await expectRefused(await send(patchClaim, 'PATCH', `/api/claims/${claim.id}`, { as: world.editor, body: { version: claim.version, rationale: 'x' }, headers }, { id: claim.id }));
    await expectRefused(await send(deleteClaim, 'DELETE', `/api/claims/${claim.id}`, { as: world.editor, headers }, { id: claim.id }));
    await expectRefused(await send(putVerdicts, 'PUT', '/api/verdicts', { as: world.admin, body: { verdicts: [] }, headers }));
    expect(await dbSnapshot()).toEqual(before);
  });

  it('refuses a request the browser marks Sec-Fetch-Site: cross-site, and an opaque "null" origin', async () => {
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers: { 'sec-fetch-site': 'cross-site' } }));
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers: { origin: 'null' } }));
  });

  it('refuses a look-alike host: another port or a suffix of ours', async () => {
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers: { origin: 'http://localhost:3001' } }));
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers: { origin: 'http://localhost:3000.evil.example' } }));
  });

  it('refuses before authentication: a cross-site request without a session is 403, not 401', async () => {
    await expectRefused(await send(createArticle, 'POST', '/api/articles', { body: newArticle, headers: { origin: 'https://evil.example' } }));
  });

  it('accepts our own origin (by Host header, or NEXTAUTH_URL behind a proxy), same-origin fetches and scripts without Origin', async () => {
    const cases: Record<string, string>[] = [
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://newsroom.internal:8080', host: 'newsroom.internal:8080' },
      // A proxy that rewrote Host: the browser's origin is NEXTAUTH_URL's.
      { origin: 'http://localhost:3000', host: '10.0.0.5:3000' },
      {},
    ];
    for (const headers of cases) {
      const res = await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: newArticle, headers });
      expect({ headers, status: res.status }).toEqual({ headers, status: 201 });
    }
  });
});

describe('reads', () => {
  it('are never refused for their origin: a GET changes nothing', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.wounded);
    const res = await send(getClaim, 'GET', `/api/claims/${claim.id}`, { as: world.editor, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }, { id: claim.id });
    expect(res.status).toBe(200);
  });
});
