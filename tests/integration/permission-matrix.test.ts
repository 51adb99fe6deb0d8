// The permission matrix (docs/architecture.md#permissions) over HTTP: every route and method under
// app/api (next-auth's excepted) x every kind of caller, asserting the exact
// status. Claims belong to "author" (an editor); "editor" is another editor.
// Rows that change state build their own claim, so rows stay independent.
import type { NextRequest } from 'next/server';
import * as articles from '@/app/api/articles/route';
import * as article from '@/app/api/articles/[id]/route';
import * as articleClaims from '@/app/api/articles/[id]/claims/route';
import * as diff from '@/app/api/articles/[id]/diff/route';
import * as exportRoute from '@/app/api/articles/[id]/export/route';
import * as publication from '@/app/api/articles/[id]/publication/route';
import * as revisions from '@/app/api/articles/[id]/revisions/route';
import * as revision from '@/app/api/articles/[id]/revisions/[revisionId]/route';
import * as suggestions from '@/app/api/articles/[id]/suggestions/route';
import * as dismissals from '@/app/api/articles/[id]/suggestions/dismissals/route';
import * as claim from '@/app/api/claims/[id]/route';
import * as anchor from '@/app/api/claims/[id]/anchor/route';
import * as comments from '@/app/api/claims/[id]/comments/route';
import * as articleComments from '@/app/api/articles/[id]/comments/route';
import * as history from '@/app/api/claims/[id]/history/route';
import * as review from '@/app/api/claims/[id]/review/route';
import * as sinceApproval from '@/app/api/claims/[id]/since-approval/route';
import * as sinceChangesRequested from '@/app/api/claims/[id]/since-changes-requested/route';
import * as similar from '@/app/api/claims/[id]/similar/route';
import * as sources from '@/app/api/claims/[id]/sources/route';
import * as source from '@/app/api/claims/[id]/sources/[sourceId]/route';
import * as submit from '@/app/api/claims/[id]/submit/route';
import * as restore from '@/app/api/claims/[id]/restore/route';
import * as reviewQueue from '@/app/api/review-queue/route';
import * as articleAssignment from '@/app/api/articles/[id]/assignment/route';
import * as claimAssignment from '@/app/api/claims/[id]/assignment/route';
import * as assignees from '@/app/api/assignees/route';
import * as notifications from '@/app/api/notifications/route';
import * as notificationsRead from '@/app/api/notifications/read/route';
import * as articleEvents from '@/app/api/articles/[id]/events/route';
import * as events from '@/app/api/events/route';
import * as users from '@/app/api/users/route';
import * as user from '@/app/api/users/[id]/route';
import * as passwordReset from '@/app/api/users/[id]/password-reset/route';
import * as me from '@/app/api/me/route';
import * as myPassword from '@/app/api/me/password/route';
import * as verdicts from '@/app/api/verdicts/route';
import * as openApi from '@/app/api/openapi.json/route';
import * as apiDocs from '@/app/api/docs/route';
import * as apiDocsAsset from '@/app/api/docs/[asset]/route';
import { QUOTES, selectionOf, sendOk } from './helpers/api';
import { listApiRoutes } from './helpers/api-routes';
import { GOOD_PASSWORD, matrixFixtures, unique } from './helpers/matrix-fixtures';
import { params, request, TEST_PASSWORD, type TestUser } from './helpers/world';

type Handler = (req: NextRequest, ctx: { params: Promise<any> }) => Promise<Response>;
type Call = { path: string; values?: Record<string, string>; body?: unknown };
type Who = 'none' | 'author' | 'editor' | 'reviewer' | 'admin';
interface Row {
  route: string;
  handler: Handler;
  call: () => Promise<Call>;
  /** statuses for none, author, editor, reviewer, admin */
  expect: [number, number, number, number, number];
}

const WHO: Who[] = ['none', 'author', 'editor', 'reviewer', 'admin'];
const anyone = (ok: number): Row['expect'] => [401, ok, ok, ok, ok];
const ownerOrAdmin = (ok: number): Row['expect'] => [401, ok, 403, 403, ok];
const adminOnly = (ok: number): Row['expect'] => [401, 403, 403, 403, ok];
const REVIEWERS: Row['expect'] = [401, 403, 403, 200, 200];

let f: Awaited<ReturnType<typeof matrixFixtures>>;
beforeAll(async () => {
  f = await matrixFixtures();
});

const onArticle = (rest = '', values: Record<string, string> = {}): Call => ({ path: `/api/articles/${f.article.id}${rest}`, values: { id: f.article.id, ...values } });
const onClaim = (id: string, rest = '', body?: unknown, values: Record<string, string> = {}): Call => ({ path: `/api/claims/${id}${rest}`, values: { id, ...values }, body });
const newArticle = { title: 'A wire story', text: 'Officials said forty people attended.' };

const ROWS: Row[] = [
  { route: 'GET /api/articles', handler: articles.GET, call: async () => ({ path: '/api/articles' }), expect: anyone(200) },
  { route: 'POST /api/articles', handler: articles.POST, call: async () => ({ path: '/api/articles', body: newArticle }), expect: anyone(201) },
  { route: 'GET /api/articles/:id', handler: article.GET, call: async () => onArticle(), expect: anyone(200) },
  {
    route: 'POST /api/articles/:id/claims',
    handler: articleClaims.POST,
    call: async () => ({ ...onArticle('/claims'), body: { selector: selectionOf(f.article.text, QUOTES.nine) } }),
    expect: anyone(201),
  },
  { route: 'GET /api/articles/:id/diff', handler: diff.GET, call: async () => onArticle('/diff'), expect: anyone(200) },
  { route: 'GET /api/articles/:id/export', handler: exportRoute.GET, call: async () => onArticle('/export?format=json'), expect: anyone(200) },
  // Publishing shows approved verdicts under the desk's name: reviewers and admins decide.
  { route: 'GET /api/articles/:id/publication', handler: publication.GET, call: async () => onArticle('/publication'), expect: anyone(200) },
  { route: 'POST /api/articles/:id/publication', handler: publication.POST, call: async () => onArticle('/publication'), expect: REVIEWERS },
  {
    route: 'DELETE /api/articles/:id/publication',
    handler: publication.DELETE,
    call: async () => {
      await sendOk(200, publication.POST, 'POST', `/api/articles/${f.article.id}/publication`, { as: f.world.reviewer }, { id: f.article.id });
      return onArticle('/publication');
    },
    expect: [401, 403, 403, 204, 204],
  },
  { route: 'GET /api/articles/:id/revisions', handler: revisions.GET, call: async () => onArticle('/revisions'), expect: anyone(200) },
  {
    route: 'POST /api/articles/:id/revisions',
    handler: revisions.POST,
    call: async () => {
      const own = await f.fresh.article();
      return { path: `/api/articles/${own.id}/revisions`, values: { id: own.id }, body: { text: `${own.text}\nUpdated at noon.` } };
    },
    expect: anyone(201),
  },
  { route: 'GET /api/articles/:id/revisions/:revisionId', handler: revision.GET, call: async () => onArticle('/revisions/1', { revisionId: '1' }), expect: anyone(200) },
  { route: 'GET /api/articles/:id/comments', handler: articleComments.GET, call: async () => onArticle('/comments'), expect: anyone(200) },
  { route: 'GET /api/articles/:id/suggestions', handler: suggestions.GET, call: async () => onArticle('/suggestions'), expect: anyone(200) },
  // Any signed-in role may dismiss (gated by 'article:read'); each caller is a different user, so each gets 201.
  {
    route: 'POST /api/articles/:id/suggestions/dismissals',
    handler: dismissals.POST,
    call: async () => ({ ...onArticle('/suggestions/dismissals'), body: selectionOf(f.article.text, QUOTES.nine) }),
    expect: anyone(201),
  },
  {
    route: 'POST /api/claims/:id/anchor',
    handler: anchor.POST,
    call: async () => {
      const c = await f.fresh.draft();
      return onClaim(c.id, '/anchor', { version: c.version, selector: selectionOf(f.article.text, QUOTES.hamrin) });
    },
    expect: ownerOrAdmin(200),
  },
  // The desk's leads hand out the work; everyone reads their own notifications.
  { route: 'GET /api/assignees', handler: assignees.GET, call: async () => ({ path: '/api/assignees' }), expect: anyone(200) },
  { route: 'PUT /api/articles/:id/assignment', handler: articleAssignment.PUT, call: async () => ({ ...onArticle('/assignment'), body: { editorId: f.world.editor2.id } }), expect: REVIEWERS },
  { route: 'PUT /api/claims/:id/assignment', handler: claimAssignment.PUT, call: async () => onClaim((await f.fresh.draft()).id, '/assignment', { editorId: f.world.editor2.id }), expect: REVIEWERS },
  { route: 'GET /api/articles/:id/events', handler: articleEvents.GET, call: async () => onArticle('/events'), expect: anyone(200) },
  { route: 'GET /api/events', handler: events.GET, call: async () => ({ path: '/api/events' }), expect: anyone(200) },
  { route: 'GET /api/notifications', handler: notifications.GET, call: async () => ({ path: '/api/notifications' }), expect: anyone(200) },
  { route: 'POST /api/notifications/read', handler: notificationsRead.POST, call: async () => ({ path: '/api/notifications/read', body: { all: true } }), expect: anyone(200) },
  { route: 'GET /api/claims/:id/comments', handler: comments.GET, call: async () => onClaim(f.shared.draft.id, '/comments'), expect: anyone(200) },
  { route: 'POST /api/claims/:id/comments', handler: comments.POST, call: async () => onClaim(f.shared.draft.id, '/comments', { body: 'Which statement?' }), expect: anyone(201) },
  { route: 'GET /api/claims/:id/history', handler: history.GET, call: async () => onClaim(f.shared.approved.id, '/history'), expect: anyone(200) },
  { route: 'POST /api/claims/:id/review', handler: review.POST, call: async () => onClaim((await f.fresh.submitted()).id, '/review', { decision: 'approve' }), expect: REVIEWERS },
  { route: 'GET /api/claims/:id', handler: claim.GET, call: async () => onClaim(f.shared.draft.id), expect: anyone(200) },
  {
    route: 'PATCH /api/claims/:id',
    handler: claim.PATCH,
    call: async () => {
      const c = await f.fresh.draft();
      return onClaim(c.id, '', { version: c.version, rationale: 'Edited' });
    },
    expect: ownerOrAdmin(200),
  },
  { route: 'DELETE /api/claims/:id', handler: claim.DELETE, call: async () => onClaim((await f.fresh.draft()).id), expect: ownerOrAdmin(204) },
  // Whoever may delete a claim may put it back (each caller gets a claim of its own, just deleted by its author).
  {
    route: 'POST /api/claims/:id/restore',
    handler: restore.POST,
    call: async () => {
      const c = await f.fresh.draft();
      await sendOk(204, claim.DELETE, 'DELETE', `/api/claims/${c.id}`, { as: f.world.editor }, { id: c.id });
      return onClaim(c.id, '/restore');
    },
    expect: ownerOrAdmin(200),
  },
  { route: 'GET /api/claims/:id/since-approval', handler: sinceApproval.GET, call: async () => onClaim(f.shared.approved.id, '/since-approval'), expect: anyone(200) },
  {
    route: 'GET /api/claims/:id/since-changes-requested',
    handler: sinceChangesRequested.GET,
    call: async () => onClaim(f.shared.approved.id, '/since-changes-requested'),
    expect: anyone(200),
  },
  { route: 'GET /api/claims/:id/similar', handler: similar.GET, call: async () => onClaim(f.shared.approved.id, '/similar'), expect: anyone(200) },
  { route: 'POST /api/claims/:id/sources', handler: sources.POST, call: async () => onClaim(f.shared.draft.id, '/sources', { url: 'https://example.org/a' }), expect: ownerOrAdmin(201) },
  {
    route: 'PATCH /api/claims/:id/sources/:sourceId',
    handler: source.PATCH,
    call: async () => {
      const c = await f.fresh.ready();
      return onClaim(c.id, `/sources/${c.sources[0].id}`, { title: unique('Corrected title') }, { sourceId: c.sources[0].id });
    },
    expect: ownerOrAdmin(200),
  },
  {
    route: 'DELETE /api/claims/:id/sources/:sourceId',
    handler: source.DELETE,
    call: async () => {
      const c = await f.fresh.ready();
      return onClaim(c.id, `/sources/${c.sources[0].id}`, undefined, { sourceId: c.sources[0].id });
    },
    expect: ownerOrAdmin(204),
  },
  { route: 'POST /api/claims/:id/submit', handler: submit.POST, call: async () => onClaim((await f.fresh.ready()).id, '/submit'), expect: ownerOrAdmin(200) },
  { route: 'GET /api/review-queue', handler: reviewQueue.GET, call: async () => ({ path: '/api/review-queue' }), expect: anyone(200) },
  { route: 'GET /api/users', handler: users.GET, call: async () => ({ path: '/api/users' }), expect: adminOnly(200) },
  {
    route: 'POST /api/users',
    handler: users.POST,
    call: async () => ({ path: '/api/users', body: { email: `${unique('new')}@example.com`, name: 'Nia Okafor', role: 'EDITOR', password: GOOD_PASSWORD } }),
    expect: adminOnly(201),
  },
  {
    route: 'PATCH /api/users/:id',
    handler: user.PATCH,
    call: async () => ({ path: `/api/users/${f.target.id}`, values: { id: f.target.id }, body: { name: unique('Renamed') } }),
    expect: adminOnly(200),
  },
  {
    route: 'POST /api/users/:id/password-reset',
    handler: passwordReset.POST,
    call: async () => ({ path: `/api/users/${f.target.id}/password-reset`, values: { id: f.target.id } }),
    expect: adminOnly(200),
  },
  { route: 'GET /api/me', handler: me.GET, call: async () => ({ path: '/api/me' }), expect: anyone(200) },
  // Each caller changes their own password (once: every caller is another user); the session making the change goes on.
  {
    route: 'PATCH /api/me/password',
    handler: myPassword.PATCH,
    call: async () => ({ path: '/api/me/password', body: { currentPassword: TEST_PASSWORD, newPassword: GOOD_PASSWORD } }),
    expect: anyone(200),
  },
  { route: 'GET /api/verdicts', handler: verdicts.GET, call: async () => ({ path: '/api/verdicts' }), expect: anyone(200) },
  { route: 'PUT /api/verdicts', handler: verdicts.PUT, call: async () => ({ path: '/api/verdicts', body: { verdicts: f.verdicts } }), expect: adminOnly(200) },
  // The API's description holds no data: public.
  { route: 'GET /api/openapi.json', handler: openApi.GET, call: async () => ({ path: '/api/openapi.json' }), expect: [200, 200, 200, 200, 200] },
  { route: 'GET /api/docs', handler: apiDocs.GET, call: async () => ({ path: '/api/docs' }), expect: [200, 200, 200, 200, 200] },
  {
    route: 'GET /api/docs/:asset',
    handler: apiDocsAsset.GET,
    call: async () => ({ path: '/api/docs/swagger-ui.css', values: { asset: 'swagger-ui.css' } }),
    expect: [200, 200, 200, 200, 200],
  },
];

function caller(who: Who): TestUser | undefined {
  const { world } = f;
  return { none: undefined, author: world.editor, editor: world.editor2, reviewer: world.reviewer, admin: world.admin }[who];
}

async function run(row: Pick<Row, 'route' | 'handler'>, as: TestUser | undefined, call: Call): Promise<Response> {
  const method = row.route.split(' ')[0];
  return row.handler(await request(method, call.path, { as, body: call.body }), params(call.values ?? {}));
}

const CASES = ROWS.flatMap((row) => WHO.map((who, i) => [row.route, who, row.expect[i], row] as const));

describe('every route x every caller', () => {
  it.each(CASES)('%s as %s -> %i', async (_route, who, status, row) => {
    const res = await run(row, caller(who), await row.call());
    expect(res.status).toBe(status);
    // An event stream never ends on its own: hang up, as a browser leaving the page does.
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) await res.body?.cancel();
  });
});

describe('four eyes over HTTP', () => {
  it.each(['reviewer', 'admin'] as const)('as %s, reviewing a claim they wrote -> 403', async (who) => {
    const own = await f.fresh.submitted(caller(who));
    const res = await run({ route: 'POST /api/claims/:id/review', handler: review.POST }, caller(who), onClaim(own.id, '/review', { decision: 'approve' }));
    expect(res.status).toBe(403);
  });

  it('as admin, reviewing a claim whose sources they changed since it was last approved -> 403; a reviewer who changed nothing -> 200', async () => {
    const submitted = await f.fresh.submitted();
    const add = await run({ route: 'POST /api/claims/:id/sources', handler: sources.POST }, caller('admin'), onClaim(submitted.id, '/sources', { url: 'https://example.org/added' }));
    expect(add.status).toBe(201);
    const review403 = await run({ route: 'POST /api/claims/:id/review', handler: review.POST }, caller('admin'), onClaim(submitted.id, '/review', { decision: 'approve' }));
    expect(review403.status).toBe(403);
    const review200 = await run({ route: 'POST /api/claims/:id/review', handler: review.POST }, caller('reviewer'), onClaim(submitted.id, '/review', { decision: 'approve' }));
    expect(review200.status).toBe(200);
  });
});

// Refusals that are not about who asks: what does not exist, what is in the
// wrong state, what is malformed. Each by a caller who would be allowed.
const byRoute = (route: string) => ROWS.find((row) => row.route === route) as Row;
const OTHER: [string, Who, () => Promise<Call>, number][] = [
  ['POST /api/claims/:id/review', 'reviewer', async () => onClaim((await f.fresh.draft()).id, '/review', { decision: 'approve' }), 409],
  ['POST /api/claims/:id/submit', 'author', async () => onClaim((await f.fresh.submitted()).id, '/submit'), 409],
  ['POST /api/claims/:id/restore', 'author', async () => onClaim((await f.fresh.draft()).id, '/restore'), 409],
  ['PATCH /api/claims/:id', 'author', async () => onClaim((await f.fresh.ready()).id, '', { version: 1, rationale: 'stale' }), 409],
  ['POST /api/users', 'admin', async () => ({ path: '/api/users', body: { email: 'editor@example.com', name: 'Dup Licate', role: 'EDITOR', password: GOOD_PASSWORD } }), 409],
  ['PATCH /api/users/:id', 'admin', async () => ({ path: '/api/users/x', values: { id: f.world.admin.id }, body: { role: 'EDITOR' } }), 409],
  ['PUT /api/verdicts', 'admin', async () => ({ path: '/api/verdicts', body: { verdicts: f.verdicts.filter((v: { key: string }) => v.key !== 'false') } }), 409],
  ['POST /api/articles', 'author', async () => ({ path: '/api/articles', body: {} }), 422],
  ['POST /api/articles/:id/claims', 'author', async () => ({ ...onArticle('/claims'), body: { selector: { exact: 'not in the text', start: 0, end: 15 } } }), 422],
  ['GET /api/articles/:id/export', 'author', async () => onArticle('/export?format=doc'), 422],
  [
    'POST /api/articles/:id/publication',
    'reviewer',
    async () => {
      const nothingApproved = await f.fresh.article();
      return { path: `/api/articles/${nothingApproved.id}/publication`, values: { id: nothingApproved.id } };
    },
    409,
  ],
  [
    'DELETE /api/articles/:id/publication',
    'reviewer',
    async () => {
      const neverPublished = await f.fresh.article();
      return { path: `/api/articles/${neverPublished.id}/publication`, values: { id: neverPublished.id } };
    },
    404,
  ],
  ['PATCH /api/claims/:id', 'author', async () => onClaim(f.shared.draft.id, '', { version: 'one' }), 422],
  ['POST /api/claims/:id/comments', 'author', async () => onClaim(f.shared.draft.id, '/comments', { body: ' ' }), 422],
  ['POST /api/claims/:id/review', 'reviewer', async () => onClaim((await f.fresh.submitted()).id, '/review', { decision: 'maybe' }), 422],
  ['POST /api/claims/:id/sources', 'author', async () => onClaim(f.shared.draft.id, '/sources', { url: 'javascript:alert(1)' }), 422],
  [
    'PATCH /api/claims/:id/sources/:sourceId',
    'author',
    async () => {
      const c = await f.fresh.ready();
      return onClaim(c.id, `/sources/${c.sources[0].id}`, { url: 'javascript:alert(1)' }, { sourceId: c.sources[0].id });
    },
    422,
  ],
  ['POST /api/claims/:id/submit', 'author', async () => onClaim((await f.fresh.draft()).id, '/submit'), 422],
  ['GET /api/review-queue', 'reviewer', async () => ({ path: '/api/review-queue?minAgeHours=soon' }), 422],
  ['POST /api/users', 'admin', async () => ({ path: '/api/users', body: { email: 'weak@example.com', name: 'Weak Password', role: 'EDITOR', password: 'password1234' } }), 422],
  ['PUT /api/verdicts', 'admin', async () => ({ path: '/api/verdicts', body: { verdicts: [] } }), 422],
  ['PATCH /api/me/password', 'reviewer', async () => ({ path: '/api/me/password', body: { currentPassword: 'not the current one', newPassword: 'another fine passphrase' } }), 422],
  ['PATCH /api/me/password', 'reviewer', async () => ({ path: '/api/me/password', body: { currentPassword: GOOD_PASSWORD, newPassword: 'password1234' } }), 422],
];

// Every route with an id, asked about an id that does not exist, by an admin.
const MISSING = ROWS.filter((row) => row.route.includes('/:')).flatMap((row) => (row.route.match(/:(\w+)/g) ?? []).map((param) => [row.route, param.slice(1), row] as const));

describe('404, 409 and 422 by callers who may act', () => {
  it.each(OTHER)('%s as %s -> %i', async (route, who, call, status) => {
    const res = await run(byRoute(route), caller(who), await call());
    expect(res.status).toBe(status);
  });

  it.each(MISSING)('%s with an unknown :%s -> 404', async (_route, param, row) => {
    const call = await row.call();
    const res = await run(row, f.world.admin, { ...call, values: { ...call.values, [param]: 'no-such-id' } });
    expect(res.status).toBe(404);
  });
});

describe('the table covers every route', () => {
  it('lists each method exported by a route.ts under app/api, except next-auth', () => {
    expect(ROWS.map((row) => row.route).sort()).toEqual(listApiRoutes({ except: ['auth'] }));
  });
});
