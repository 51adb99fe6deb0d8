// Faults and bad input (issue 7): a corpus of malformed, mistyped, out-of-range,
// oversized and mis-encoded requests sent to every route under app/api by a
// caller who WOULD be allowed to act (an admin, on targets a valid request would
// change), so each refusal comes from validation. Every answer must be a 4xx
// with the API's error shape (docs/api.md#errors), no stack trace or internals, and the database must
// be exactly as before, row for row (helpers/snapshot.ts everyRow). A positive
// control per route proves the same caller and targets succeed with a good
// request, and a last test fails when a route appears without corpus rows.
import * as articles from '@/app/api/articles/route';
import * as article from '@/app/api/articles/[id]/route';
import * as articleClaims from '@/app/api/articles/[id]/claims/route';
import * as articleComments from '@/app/api/articles/[id]/comments/route';
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
import * as history from '@/app/api/claims/[id]/history/route';
import * as review from '@/app/api/claims/[id]/review/route';
import * as similar from '@/app/api/claims/[id]/similar/route';
import * as sinceApproval from '@/app/api/claims/[id]/since-approval/route';
import * as sinceChangesRequested from '@/app/api/claims/[id]/since-changes-requested/route';
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
import * as annotation from '@/app/annotations/[claimId]/route';
import * as annotationContainer from '@/app/fact-checks/[slug]/annotations/route';
import { MAX_ARTICLE_TEXT_BYTES } from '@/lib/validation/articles';
import { MAX_BODY_BYTES } from '@/lib/validation/limits';
import { approvedClaim, createClaimAs, QUOTES, readyClaimAs, selectionOf, sendOk, submittedClaimAs } from './helpers/api';
import { listApiRoutes } from './helpers/api-routes';
import { GOOD_PASSWORD, unique } from './helpers/matrix-fixtures';
import { callNextAuth } from './helpers/next-auth';
import { everyRow } from './helpers/snapshot';
import { TEST_PASSWORD } from './helpers/world';
import {
  corpusFixtures,
  pathOf,
  buildRequest,
  expectNoLeak,
  expectRefusal,
  concat,
  withBrokenBytes,
  jsonOfSize,
  OVER,
  jsonBodyCases,
  fieldCase,
  UNKNOWN_IDS,
  queryCase,
  selectorCases,
  BAD_URLS,
  type Fixtures,
  type Values,
  type Json,
  type Body,
  type Case,
  type RouteCorpus,
} from './helpers/bad-input';

let f: Fixtures;
/** An article of its own, published with one approved claim, for the public routes outside app/api. */
let published: { slug: string; claimId: string };
beforeAll(async () => {
  f = await corpusFixtures();
  const { article: created } = await sendOk(201, articles.POST, 'POST', '/api/articles', { as: f.world.editor, body: { title: 'Published for the corpus', text: f.article.text } });
  const claim = await approvedClaim(f.world.editor, f.world.reviewer, { id: created.id, text: f.article.text }, QUOTES.nine);
  await sendOk(200, publication.POST, 'POST', `/api/articles/${created.id}/publication`, { as: f.world.reviewer }, { id: created.id });
  published = { slug: created.slug, claimId: claim.id };
}, 60_000);

async function call(corpus: RouteCorpus, values: Values, query = '', body?: Body, headers?: Record<string, string>): Promise<Response> {
  const method = corpus.route.split(' ')[0];
  const req = await buildRequest(method, pathOf(corpus.route, values) + query, f.admin, body, headers);
  return corpus.handler(req, { params: Promise.resolve(values) });
}

function unknownIdCases(route: string, good?: (f: Fixtures) => Json, query = ''): Case[] {
  const names = (route.match(/:(\w+)/g) ?? []).map((p) => p.slice(1));
  return names.flatMap((name) =>
    UNKNOWN_IDS.map((id): Case => ({
      name: `unknown :${name} ${JSON.stringify(id.length > 20 ? `${id.slice(0, 8)}… (${id.length})` : id)}`,
      status: 404,
      code: 'NOT_FOUND',
      query,
      values: (fx) => ({ ...corpusFor(route).values(fx), [name]: id }),
      body: good ? (fx) => ({ json: good(fx) }) : undefined,
    })),
  );
}

// ----------------------------------------------------------- the corpus --

const GOOD = {
  article: (): Json => ({ title: 'A wire story', text: 'Officials said forty people attended.' }),
  claim: (fx: Fixtures): Json => ({ selector: selectionOf(fx.article.text, QUOTES.nine), statement: 'Nine died', verdict: 'false', rationale: 'JOC statement' }),
  patch: (fx: Fixtures): Json => ({
    version: fx.ready.version,
    statement: 'Edited statement',
    verdict: 'true',
    rationale: 'Edited rationale',
    claimant: { name: 'Iraqi Joint Operations Command', type: 'Organization' },
    appearance: { date: '2024-10-30' },
  }),
  anchor: (fx: Fixtures): Json => ({ version: fx.ready.version, selector: selectionOf(fx.article.text, QUOTES.nine) }),
  comment: (): Json => ({ body: 'Which statement is this?' }),
  review: (fx: Fixtures): Json => ({ version: fx.inReview.version, decision: 'request_changes', comment: 'Name the second source' }),
  source: (): Json => ({ url: 'https://example.org/report', title: 'Report', publisher: 'Example', quote: 'a quote', accessedAt: '2024-01-05', archivedUrl: 'https://web.archive.org/x' }),
  sourcePatch: (): Json => ({ title: 'Corrected report title', publisher: 'Example Agency' }),
  submit: (fx: Fixtures): Json => ({ version: fx.ready.version }),
  revision: (fx: Fixtures): Json => ({ text: `${fx.article.text}\nUpdated at noon.`, note: 'update', baseRevision: 1 }),
  dismissal: (fx: Fixtures): Json => selectionOf(fx.article.text, QUOTES.nine),
  user: (): Json => ({ email: 'new.person@example.com', name: 'New Person', role: 'EDITOR', password: GOOD_PASSWORD }),
  userPatch: (): Json => ({ role: 'REVIEWER', active: false, name: 'Renamed Person' }),
  passwordReset: (): Json => ({}),
  passwordChange: (): Json => ({ currentPassword: TEST_PASSWORD, newPassword: GOOD_PASSWORD }),
  assignment: (fx: Fixtures): Json => ({ editorId: fx.world.editor2.id, reviewerId: fx.world.reviewer.id }),
  verdicts: (fx: Fixtures): Json => ({ verdicts: fx.verdicts.map((v: Json) => ({ ...v, label: `${v.label} (renamed)` })) }),
};

const onArticle = (fx: Fixtures): Values => ({ id: fx.article.id });
const onReady = (fx: Fixtures): Values => ({ id: fx.ready.id });
const none = (): Values => ({});

const file =
  (name: string, content: string | Uint8Array, extra: Values = {}) =>
  (): Body => ({
    form: () => {
      const form = new FormData();
      form.set('file', new Blob([typeof content === 'string' ? content : Buffer.from(content)]), name);
      for (const [key, value] of Object.entries(extra)) form.set(key, value);
      return form;
    },
  });

function formOf(fields: Values): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** A PUT of an assignment: malformed bodies, and people who cannot do the work. */
function assignmentCases(route: string): Case[] {
  return [
    ...jsonBodyCases(GOOD.assignment),
    fieldCase('neither editor nor reviewer', GOOD.assignment, () => ({ editorId: undefined, reviewerId: undefined }), ''),
    fieldCase('editorId as a number', GOOD.assignment, () => ({ editorId: 42 }), 'editorId'),
    fieldCase('editorId empty', GOOD.assignment, () => ({ editorId: '' }), 'editorId'),
    fieldCase('reviewerId over 100 characters', GOOD.assignment, () => ({ reviewerId: 'r'.repeat(101) }), 'reviewerId'),
    fieldCase('an editor who does not exist', GOOD.assignment, () => ({ editorId: 'no-such-user' }), 'editorId'),
    fieldCase('an editor as the reviewer', GOOD.assignment, (fx) => ({ reviewerId: fx.world.editor.id }), 'reviewerId'),
    fieldCase('a field the endpoint does not take', GOOD.assignment, () => ({ assignedBy: 'forged' }), 'assignedBy'),
    ...unknownIdCases(route, GOOD.assignment),
  ];
}

/** Where an event stream resumes: malformed ids in the query and in the Last-Event-ID header. */
function lastEventIdCases(): Case[] {
  return [
    queryCase('?lastEventId=-1', 'lastEventId'),
    queryCase('?lastEventId=yesterday', 'lastEventId'),
    queryCase('?lastEventId=1e3', 'lastEventId'),
    queryCase('?lastEventId=1234567890123456', 'lastEventId'),
    queryCase('?lastEventId=%00', 'lastEventId'),
    { name: 'a Last-Event-ID header that is no id', status: 422, code: 'INVALID', field: 'Last-Event-ID', headers: { 'last-event-id': 'yesterday' } },
    { name: 'a Last-Event-ID header over 15 digits', status: 422, code: 'INVALID', field: 'Last-Event-ID', headers: { 'last-event-id': '9'.repeat(16) } },
  ];
}

const CORPUS: RouteCorpus[] = [
  {
    route: 'GET /api/articles',
    handler: articles.GET,
    values: none,
    // No parameters: anything in the query string is ignored, never a 500.
    cases: [],
    control: async () => ({ values: {}, query: '?limit=-1&format=exe&%ZZ=%&from=<script>', status: 200 }),
  },
  {
    route: 'POST /api/articles',
    handler: articles.POST,
    values: none,
    cases: [
      ...jsonBodyCases(GOOD.article),
      fieldCase('title missing', GOOD.article, () => ({ title: undefined }), 'title'),
      fieldCase('title as a number', GOOD.article, () => ({ title: 42 }), 'title'),
      fieldCase('title blank', GOOD.article, () => ({ title: '   ' }), 'title'),
      fieldCase('title over 300 characters', GOOD.article, () => ({ title: 't'.repeat(301) }), 'title'),
      fieldCase('text missing', GOOD.article, () => ({ text: undefined }), 'text'),
      fieldCase('text as an array', GOOD.article, () => ({ text: ['Officials said'] }), 'text'),
      fieldCase('text empty', GOOD.article, () => ({ text: '' }), 'text'),
      fieldCase('text null', GOOD.article, () => ({ text: null }), 'text'),
      fieldCase('publishedAt not a date', GOOD.article, () => ({ publishedAt: 'yesterday' }), 'publishedAt'),
      fieldCase('publishedAt 30 February', GOOD.article, () => ({ publishedAt: '2024-02-30' }), 'publishedAt'),
      fieldCase('publishedAt as a number', GOOD.article, () => ({ publishedAt: 1700000000000 }), 'publishedAt'),
      fieldCase('outlet as an object', GOOD.article, () => ({ outlet: { name: 'x' } }), 'outlet'),
      ...BAD_URLS.map(([what, url]) => fieldCase(`url ${what}`, GOOD.article, () => ({ url }), 'url')),
      {
        name: `text over ${MAX_ARTICLE_TEXT_BYTES} bytes (body under the limit)`,
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        body: () => ({ json: { title: 'Long', text: 'a'.repeat(MAX_ARTICLE_TEXT_BYTES + 1) } }),
      },
      {
        name: 'multipart without a file',
        status: 422,
        code: 'INVALID',
        field: 'file',
        body: () => ({ form: () => formOf({ title: 'No file', text: 'Officials said forty.' }) }),
      },
      { name: 'multipart with a .exe file', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', body: file('report.exe', 'MZ\u0090\u0000') },
      { name: 'multipart with a file of broken UTF-8', status: 422, code: 'INVALID', message: /UTF-8/, body: file('story.txt', concat('Officials said ', [0xc3, 0x28], ' forty')) },
      { name: 'multipart with a file holding NUL characters', status: 422, code: 'INVALID', field: 'text', body: file('story.txt', 'Officials said\u0000 forty.') },
      { name: 'multipart with an empty file', status: 422, code: 'INVALID', field: 'text', body: file('story.txt', '') },
      { name: 'multipart with HTML that holds no text', status: 422, code: 'INVALID', field: 'text', body: file('story.html', '<script>alert(1)</script><style>p{}</style>') },
      { name: 'multipart with a javascript: url field', status: 422, code: 'INVALID', field: 'url', body: file('story.txt', 'Officials said forty.', { url: 'javascript:alert(1)' }) },
      { name: 'multipart with a garbage publishedAt field', status: 422, code: 'INVALID', field: 'publishedAt', body: file('story.txt', 'Officials said forty.', { publishedAt: 'soon' }) },
      { name: `multipart with a .txt file over ${MAX_ARTICLE_TEXT_BYTES} bytes`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: file('story.txt', 'a'.repeat(MAX_ARTICLE_TEXT_BYTES + 1)) },
      { name: `multipart over ${MAX_BODY_BYTES} bytes`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: file('story.html', `<p>${'a'.repeat(MAX_BODY_BYTES)}</p>`) },
      {
        name: 'multipart whose body does not match its boundary',
        status: 422,
        code: 'INVALID',
        body: () => ({ bytes: '--nope\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n', type: 'multipart/form-data; boundary=expected' }),
      },
      { name: 'multipart without a boundary', status: 422, code: 'INVALID', body: () => ({ bytes: 'file=x', type: 'multipart/form-data' }) },
    ],
    control: async () => ({ values: {}, body: GOOD.article(), status: 201 }),
  },
  {
    route: 'GET /api/articles/:id',
    handler: article.GET,
    values: onArticle,
    cases: unknownIdCases('GET /api/articles/:id'),
    control: async (fx) => ({ values: onArticle(fx), status: 200 }),
  },
  {
    route: 'GET /api/articles/:id/comments',
    handler: articleComments.GET,
    values: onArticle,
    cases: unknownIdCases('GET /api/articles/:id/comments'),
    control: async (fx) => ({ values: onArticle(fx), status: 200 }),
  },
  {
    route: 'POST /api/articles/:id/claims',
    handler: articleClaims.POST,
    values: onArticle,
    cases: [
      ...jsonBodyCases(GOOD.claim),
      ...selectorCases(GOOD.claim, QUOTES.nine),
      fieldCase('verdict not on the scale', GOOD.claim, () => ({ verdict: 'pants-on-fire-ish' }), 'verdict'),
      fieldCase('verdict as a number', GOOD.claim, () => ({ verdict: 3 }), 'verdict'),
      fieldCase('statement as an object', GOOD.claim, () => ({ statement: { text: 'x' } }), 'statement'),
      fieldCase('rationale over 50,000 characters', GOOD.claim, () => ({ rationale: 'r'.repeat(50_001) }), 'rationale'),
      ...unknownIdCases('POST /api/articles/:id/claims', GOOD.claim),
    ],
    control: async (fx) => ({ values: onArticle(fx), body: GOOD.claim(fx), status: 201 }),
  },
  {
    route: 'GET /api/articles/:id/diff',
    handler: diff.GET,
    values: onArticle,
    cases: [
      queryCase('?from=-1', 'from'),
      queryCase('?to=-1', 'to'),
      queryCase('?from=0', 'from'),
      queryCase('?from=abc&to=xyz', 'from'),
      queryCase('?to=1.5', 'to'),
      queryCase('?from=1e3', 'from'),
      queryCase('?from=%00', 'from'),
      queryCase('?from=99999999999999999999', 'from'),
      queryCase('?from=1&to=<script>', 'to'),
      queryCase('?from=999', 'from', 404),
      queryCase('?from=1&to=2', 'to', 404),
      queryCase('?from=2&to=1', 'from', 404),
      ...unknownIdCases('GET /api/articles/:id/diff'),
    ],
    control: async (fx) => ({ values: onArticle(fx), query: '?from=1&to=1', status: 200 }),
  },
  {
    route: 'GET /api/articles/:id/export',
    handler: exportRoute.GET,
    values: onArticle,
    cases: [
      queryCase('', 'format'),
      queryCase('?format=', 'format'),
      queryCase('?format=exe', 'format'),
      queryCase('?format=JSON', 'format'),
      queryCase('?format=json%00', 'format'),
      queryCase('?format=../../etc/passwd', 'format'),
      queryCase('?format=json&scope=everything', 'scope'),
      queryCase('?format=json&scope=', 'scope'),
      queryCase('?format=html&disposition=download', 'disposition'),
      queryCase('?format=html&disposition=', 'disposition'),
      ...unknownIdCases('GET /api/articles/:id/export', undefined, '?format=json'),
    ],
    control: async (fx) => ({ values: onArticle(fx), query: '?format=json&scope=all', status: 200 }),
  },
  {
    route: 'GET /api/articles/:id/publication',
    handler: publication.GET,
    values: onArticle,
    cases: unknownIdCases('GET /api/articles/:id/publication'),
    control: async (fx) => ({ values: onArticle(fx), status: 200 }),
  },
  {
    route: 'POST /api/articles/:id/publication',
    handler: publication.POST,
    values: onArticle,
    cases: [
      // No body and `{}` both publish, so neither is in the corpus; a good body has no string to put a NUL in.
      ...jsonBodyCases(() => ({}), { emptyIsGood: true }).filter((k) => !k.name.startsWith('a NUL character')),
      fieldCase(
        'claims chosen by the client',
        () => ({}),
        () => ({ claims: ['x'] }),
        'claims',
      ),
      ...unknownIdCases('POST /api/articles/:id/publication', () => ({})),
    ],
    control: async (fx) => ({ values: onArticle(fx), status: 200 }),
  },
  {
    route: 'DELETE /api/articles/:id/publication',
    handler: publication.DELETE,
    values: onArticle,
    cases: unknownIdCases('DELETE /api/articles/:id/publication'),
    control: async (fx) => {
      await sendOk(200, publication.POST, 'POST', `/api/articles/${fx.article.id}/publication`, { as: fx.admin }, { id: fx.article.id });
      return { values: onArticle(fx), status: 204 };
    },
  },
  {
    route: 'GET /api/articles/:id/revisions',
    handler: revisions.GET,
    values: onArticle,
    cases: unknownIdCases('GET /api/articles/:id/revisions'),
    control: async (fx) => ({ values: onArticle(fx), status: 200 }),
  },
  {
    route: 'POST /api/articles/:id/revisions',
    handler: revisions.POST,
    values: onArticle,
    cases: [
      ...jsonBodyCases(GOOD.revision),
      fieldCase('text missing', GOOD.revision, () => ({ text: undefined }), 'text'),
      fieldCase('text as a number', GOOD.revision, () => ({ text: 7 }), 'text'),
      fieldCase('text empty', GOOD.revision, () => ({ text: '' }), 'text'),
      fieldCase('baseRevision as a string', GOOD.revision, () => ({ baseRevision: '1' }), 'baseRevision'),
      fieldCase('baseRevision 0', GOOD.revision, () => ({ baseRevision: 0 }), 'baseRevision'),
      fieldCase('baseRevision -1', GOOD.revision, () => ({ baseRevision: -1 }), 'baseRevision'),
      fieldCase('baseRevision 1.5', GOOD.revision, () => ({ baseRevision: 1.5 }), 'baseRevision'),
      fieldCase('note over 1,000 characters', GOOD.revision, () => ({ note: 'n'.repeat(1_001) }), 'note'),
      fieldCase('a field the endpoint does not take', GOOD.revision, () => ({ authorId: 'someone-else' }), 'authorId'),
      fieldCase('baseRevision from the future', GOOD.revision, () => ({ baseRevision: 2 ** 31 }), 'baseRevision'),
      { ...fieldCase('the same text again', GOOD.revision, (fx) => ({ text: fx.article.text }), 'text', 409), code: 'CONFLICT' },
      { name: `text over ${MAX_ARTICLE_TEXT_BYTES} bytes (body under the limit)`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: () => ({ json: { text: 'a'.repeat(MAX_ARTICLE_TEXT_BYTES + 1) } }) },
      ...unknownIdCases('POST /api/articles/:id/revisions', GOOD.revision),
    ],
    control: async (fx) => {
      const own = await fx.fresh.article();
      return { values: { id: own.id }, body: { text: `${own.text}\nUpdated at noon.`, baseRevision: 1 }, status: 201 };
    },
  },
  {
    route: 'GET /api/articles/:id/revisions/:revisionId',
    handler: revision.GET,
    values: (fx) => ({ id: fx.article.id, revisionId: '1' }),
    cases: [
      ...unknownIdCases('GET /api/articles/:id/revisions/:revisionId'),
      ...['0', '-1', '2', '999999999', '99999999999999999999', '1.0', '1e0', '0x1', ' 1'].map((revisionId): Case => ({
        name: `revision ${JSON.stringify(revisionId)}`,
        status: 404,
        code: 'NOT_FOUND',
        values: (fx) => ({ id: fx.article.id, revisionId }),
      })),
    ],
    control: async (fx) => ({ values: { id: fx.article.id, revisionId: fx.world.revision.id }, status: 200 }),
  },
  {
    route: 'GET /api/articles/:id/suggestions',
    handler: suggestions.GET,
    values: onArticle,
    cases: [
      queryCase('?limit=-1', 'limit'),
      queryCase('?limit=0', 'limit'),
      queryCase('?limit=201', 'limit'),
      queryCase('?limit=99999999', 'limit'),
      queryCase('?limit=abc', 'limit'),
      queryCase('?limit=1.5', 'limit'),
      queryCase('?threshold=2', 'threshold'),
      queryCase('?threshold=-0.1', 'threshold'),
      queryCase('?threshold=NaN', 'threshold'),
      queryCase('?threshold=1e-3', 'threshold'),
      ...unknownIdCases('GET /api/articles/:id/suggestions'),
    ],
    control: async (fx) => ({ values: onArticle(fx), query: '?limit=5&threshold=0.2', status: 200 }),
  },
  {
    route: 'POST /api/articles/:id/suggestions/dismissals',
    handler: dismissals.POST,
    values: onArticle,
    cases: [
      ...jsonBodyCases(GOOD.dismissal),
      fieldCase('start missing', GOOD.dismissal, () => ({ start: undefined }), 'start'),
      fieldCase('start as a string', GOOD.dismissal, (fx) => ({ start: String(GOOD.dismissal(fx).start) }), 'start'),
      fieldCase('negative start', GOOD.dismissal, () => ({ start: -1 }), 'start'),
      fieldCase('start after end', GOOD.dismissal, (fx) => ({ start: GOOD.dismissal(fx).end, end: GOOD.dismissal(fx).start }), 'end'),
      fieldCase('start equal to end', GOOD.dismissal, (fx) => ({ end: GOOD.dismissal(fx).start }), 'end'),
      fieldCase('end past the end of the text', GOOD.dismissal, (fx) => ({ start: fx.article.text.length - 4, end: fx.article.text.length + 1, exact: fx.article.text.slice(-4) }), 'end'),
      fieldCase('start and end 2^31 past the end', GOOD.dismissal, () => ({ start: 2 ** 31, end: 2 ** 31 + 4 }), 'end'),
      fieldCase('exact not the text at the offsets', GOOD.dismissal, () => ({ exact: 'Fifteen ISIS members were killed in the att' }), 'exact'),
      fieldCase('exact empty', GOOD.dismissal, () => ({ exact: '' }), 'exact'),
      fieldCase('a field the endpoint does not take', GOOD.dismissal, () => ({ userId: 'someone-else' }), 'userId'),
      ...unknownIdCases('POST /api/articles/:id/suggestions/dismissals', GOOD.dismissal),
    ],
    control: async (fx) => ({ values: onArticle(fx), body: GOOD.dismissal(fx), status: 201 }),
  },
  {
    route: 'POST /api/claims/:id/anchor',
    handler: anchor.POST,
    values: onReady,
    cases: [
      ...jsonBodyCases(GOOD.anchor),
      ...selectorCases(GOOD.anchor, QUOTES.nine),
      fieldCase('version missing', GOOD.anchor, () => ({ version: undefined }), 'version'),
      fieldCase('version as a string', GOOD.anchor, (fx) => ({ version: String(fx.ready.version) }), 'version'),
      fieldCase('a field the endpoint does not take', GOOD.anchor, () => ({ anchorStatus: 'INTACT' }), 'anchorStatus'),
      { ...fieldCase('a stale version', GOOD.anchor, (fx) => ({ version: fx.ready.version + 7 }), 'version', 409), code: 'CONFLICT' },
      ...unknownIdCases('POST /api/claims/:id/anchor', GOOD.anchor),
    ],
    control: async (fx) => {
      const c = await createClaimAs(fx.world.editor, fx.article, QUOTES.hamrin);
      return { values: { id: c.id }, body: { version: c.version, selector: selectionOf(fx.article.text, QUOTES.nine) }, status: 200 };
    },
  },
  {
    route: 'GET /api/claims/:id/comments',
    handler: comments.GET,
    values: onReady,
    cases: unknownIdCases('GET /api/claims/:id/comments'),
    control: async (fx) => ({ values: onReady(fx), status: 200 }),
  },
  {
    route: 'POST /api/claims/:id/comments',
    handler: comments.POST,
    values: onReady,
    cases: [
      ...jsonBodyCases(GOOD.comment),
      fieldCase('body missing', GOOD.comment, () => ({ body: undefined }), 'body'),
      fieldCase('body as a number', GOOD.comment, () => ({ body: 42 }), 'body'),
      fieldCase('body blank', GOOD.comment, () => ({ body: ' \n\t ' }), 'body'),
      fieldCase('body over 10,000 characters', GOOD.comment, () => ({ body: 'b'.repeat(10_001) }), 'body'),
      fieldCase('a field the endpoint does not take', GOOD.comment, () => ({ reviewId: 'forged' }), 'reviewId'),
      ...unknownIdCases('POST /api/claims/:id/comments', GOOD.comment),
    ],
    control: async (fx) => ({ values: onReady(fx), body: GOOD.comment(), status: 201 }),
  },
  {
    route: 'GET /api/claims/:id/history',
    handler: history.GET,
    values: onReady,
    cases: unknownIdCases('GET /api/claims/:id/history'),
    control: async (fx) => ({ values: onReady(fx), status: 200 }),
  },
  {
    route: 'POST /api/claims/:id/review',
    handler: review.POST,
    values: (fx) => ({ id: fx.inReview.id }),
    cases: [
      ...jsonBodyCases(GOOD.review),
      fieldCase('decision missing', GOOD.review, () => ({ decision: undefined }), 'decision'),
      fieldCase('decision unknown', GOOD.review, () => ({ decision: 'maybe' }), 'decision'),
      fieldCase('decision in capitals', GOOD.review, () => ({ decision: 'APPROVE' }), 'decision'),
      fieldCase('decision as a boolean', GOOD.review, () => ({ decision: true }), 'decision'),
      fieldCase('request_changes without a comment', GOOD.review, () => ({ comment: undefined }), 'comment'),
      fieldCase('request_changes with a blank comment', GOOD.review, () => ({ comment: '   ' }), 'comment'),
      fieldCase('comment over 10,000 characters', GOOD.review, () => ({ comment: 'c'.repeat(10_001) }), 'comment'),
      fieldCase('version as a string', GOOD.review, () => ({ version: 'latest' }), 'version'),
      fieldCase('version 0', GOOD.review, () => ({ version: 0 }), 'version'),
      { ...fieldCase('a stale version', GOOD.review, (fx) => ({ version: fx.inReview.version - 1 }), 'version', 409), code: 'CONFLICT' },
      ...unknownIdCases('POST /api/claims/:id/review', GOOD.review),
    ],
    control: async (fx) => {
      const c = await submittedClaimAs(fx.world.editor, fx.article, QUOTES.nine);
      return { values: { id: c.id }, body: { version: c.version, decision: 'approve' }, status: 200 };
    },
  },
  {
    route: 'GET /api/claims/:id',
    handler: claim.GET,
    values: onReady,
    cases: unknownIdCases('GET /api/claims/:id'),
    control: async (fx) => ({ values: onReady(fx), status: 200 }),
  },
  {
    route: 'PATCH /api/claims/:id',
    handler: claim.PATCH,
    values: onReady,
    cases: [
      ...jsonBodyCases(GOOD.patch),
      fieldCase('version missing', GOOD.patch, () => ({ version: undefined }), 'version'),
      fieldCase('version as a string', GOOD.patch, (fx) => ({ version: String(fx.ready.version) }), 'version'),
      fieldCase('version null', GOOD.patch, () => ({ version: null }), 'version'),
      fieldCase('version 0', GOOD.patch, () => ({ version: 0 }), 'version'),
      fieldCase('version -1', GOOD.patch, () => ({ version: -1 }), 'version'),
      fieldCase('version 1.5', GOOD.patch, () => ({ version: 1.5 }), 'version'),
      fieldCase('version 2^53', GOOD.patch, () => ({ version: 2 ** 53 }), 'version'),
      fieldCase('statement as a number', GOOD.patch, () => ({ statement: 9 }), 'statement'),
      fieldCase('statement over 5,000 characters', GOOD.patch, () => ({ statement: 's'.repeat(5_001) }), 'statement'),
      fieldCase('verdict not on the scale', GOOD.patch, () => ({ verdict: 'sort-of' }), 'verdict'),
      fieldCase('verdict empty', GOOD.patch, () => ({ verdict: '' }), 'verdict'),
      fieldCase('rationale as an array', GOOD.patch, () => ({ rationale: ['a'] }), 'rationale'),
      fieldCase('claimant without a name', GOOD.patch, () => ({ claimant: { type: 'Person' } }), 'claimant.name'),
      fieldCase('claimant name over 300 characters', GOOD.patch, () => ({ claimant: { name: 'R'.repeat(301), type: 'Person' } }), 'claimant.name'),
      fieldCase('claimant of no known type', GOOD.patch, () => ({ claimant: { name: 'Ryder', type: 'Robot' } }), 'claimant.type'),
      fieldCase('claimant with a javascript: URL', GOOD.patch, () => ({ claimant: { name: 'Ryder', type: 'Person', url: 'javascript:alert(1)' } }), 'claimant.url'),
      fieldCase('claimant as a string', GOOD.patch, () => ({ claimant: 'Ryder' }), 'claimant'),
      fieldCase('appearance with a data: URL', GOOD.patch, () => ({ appearance: { url: 'data:text/html,<script>alert(1)</script>' } }), 'appearance.url'),
      fieldCase('appearance on 30 February', GOOD.patch, () => ({ appearance: { date: '2024-02-30' } }), 'appearance.date'),
      fieldCase('appearance in the year 0', GOOD.patch, () => ({ appearance: { date: '0000-06-01' } }), 'appearance.date'),
      fieldCase('appearance with an unknown field', GOOD.patch, () => ({ appearance: { place: 'Baghdad' } }), 'appearance.place'),
      fieldCase('status smuggled in', GOOD.patch, () => ({ status: 'APPROVED' }), 'status'),
      fieldCase('authorId smuggled in', GOOD.patch, (fx) => ({ authorId: fx.admin.id }), 'authorId'),
      fieldCase('selector smuggled in', GOOD.patch, (fx) => ({ selector: selectionOf(fx.article.text, QUOTES.nine) }), 'selector'),
      { ...fieldCase('a stale version', GOOD.patch, (fx) => ({ version: fx.ready.version + 1 }), 'version', 409), code: 'CONFLICT' },
      { ...fieldCase('version 2^31', GOOD.patch, () => ({ version: 2 ** 31 }), 'version', 409), code: 'CONFLICT' },
      ...unknownIdCases('PATCH /api/claims/:id', GOOD.patch),
    ],
    control: async (fx) => {
      const c = await readyClaimAs(fx.world.editor, fx.article, QUOTES.nine);
      return { values: { id: c.id }, body: { ...GOOD.patch(fx), version: c.version }, status: 200 };
    },
  },
  {
    route: 'DELETE /api/claims/:id',
    handler: claim.DELETE,
    values: onReady,
    cases: unknownIdCases('DELETE /api/claims/:id'),
    control: async (fx) => ({ values: { id: (await createClaimAs(fx.world.editor, fx.article, QUOTES.nine)).id }, status: 204 }),
  },
  {
    route: 'POST /api/claims/:id/restore',
    handler: restore.POST,
    values: onReady,
    cases: [
      // No body and `{}` both restore, so neither is in the corpus; a good body has no string to put a NUL in.
      ...jsonBodyCases(() => ({}), { emptyIsGood: true }).filter((k) => !k.name.startsWith('a NUL character')),
      fieldCase(
        'a status chosen by the client',
        () => ({}),
        () => ({ status: 'APPROVED' }),
        'status',
      ),
      // An id no claim ever had is 404; a claim that is there (never deleted) is 409.
      ...unknownIdCases('POST /api/claims/:id/restore', () => ({})),
      { name: 'a claim that is not deleted', status: 409, code: 'CONFLICT', message: /not deleted/ },
    ],
    control: async (fx) => {
      const { id } = await createClaimAs(fx.world.editor, fx.article, QUOTES.nine);
      await sendOk(204, claim.DELETE, 'DELETE', `/api/claims/${id}`, { as: fx.admin }, { id });
      return { values: { id }, status: 200 };
    },
  },
  {
    route: 'GET /api/claims/:id/similar',
    handler: similar.GET,
    values: onReady,
    cases: [
      queryCase('?limit=-1', 'limit'),
      queryCase('?limit=0', 'limit'),
      queryCase('?limit=51', 'limit'),
      queryCase('?limit=abc', 'limit'),
      queryCase('?threshold=1.5', 'threshold'),
      queryCase('?threshold=-1', 'threshold'),
      queryCase('?threshold=x', 'threshold'),
      ...unknownIdCases('GET /api/claims/:id/similar'),
    ],
    control: async (fx) => ({ values: onReady(fx), query: '?limit=5&threshold=0.1', status: 200 }),
  },
  {
    route: 'GET /api/claims/:id/since-approval',
    handler: sinceApproval.GET,
    values: onReady,
    cases: unknownIdCases('GET /api/claims/:id/since-approval'),
    control: async (fx) => ({ values: onReady(fx), status: 200 }),
  },
  {
    route: 'GET /api/claims/:id/since-changes-requested',
    handler: sinceChangesRequested.GET,
    values: onReady,
    cases: unknownIdCases('GET /api/claims/:id/since-changes-requested'),
    control: async (fx) => ({ values: onReady(fx), status: 200 }),
  },
  {
    route: 'POST /api/claims/:id/sources',
    handler: sources.POST,
    values: onReady,
    cases: [
      ...jsonBodyCases(GOOD.source),
      fieldCase('url missing', GOOD.source, () => ({ url: undefined }), 'url'),
      ...BAD_URLS.map(([what, url]) => fieldCase(`url ${what}`, GOOD.source, () => ({ url }), 'url')),
      fieldCase('archivedUrl javascript:', GOOD.source, () => ({ archivedUrl: 'javascript:alert(1)' }), 'archivedUrl'),
      fieldCase('archivedUrl data:', GOOD.source, () => ({ archivedUrl: 'data:text/html,<script>alert(1)</script>' }), 'archivedUrl'),
      fieldCase('accessedAt not a date', GOOD.source, () => ({ accessedAt: 'last week' }), 'accessedAt'),
      fieldCase('accessedAt 13th month', GOOD.source, () => ({ accessedAt: '2024-13-01' }), 'accessedAt'),
      fieldCase('title as a number', GOOD.source, () => ({ title: 1 }), 'title'),
      fieldCase('quote over 10,000 characters', GOOD.source, () => ({ quote: 'q'.repeat(10_001) }), 'quote'),
      ...unknownIdCases('POST /api/claims/:id/sources', GOOD.source),
    ],
    control: async (fx) => ({ values: onReady(fx), body: GOOD.source(), status: 201 }),
  },
  {
    route: 'PATCH /api/claims/:id/sources/:sourceId',
    handler: source.PATCH,
    values: (fx) => ({ id: fx.ready.id, sourceId: fx.readySource }),
    cases: [
      ...jsonBodyCases(GOOD.sourcePatch),
      { name: 'no field to change', status: 422, code: 'INVALID', body: () => ({ json: {} }) },
      ...BAD_URLS.map(([what, url]) => fieldCase(`url ${what}`, GOOD.sourcePatch, () => ({ url }), 'url')),
      fieldCase('archivedUrl javascript:', GOOD.sourcePatch, () => ({ archivedUrl: 'javascript:alert(1)' }), 'archivedUrl'),
      fieldCase('accessedAt not a date', GOOD.sourcePatch, () => ({ accessedAt: 'last week' }), 'accessedAt'),
      fieldCase('title as a number', GOOD.sourcePatch, () => ({ title: 1 }), 'title'),
      fieldCase('quote over 10,000 characters', GOOD.sourcePatch, () => ({ quote: 'q'.repeat(10_001) }), 'quote'),
      { name: 'unknown field (claimId)', status: 422, code: 'INVALID', body: () => ({ json: { ...GOOD.sourcePatch(), claimId: 'another' } }) },
      ...unknownIdCases('PATCH /api/claims/:id/sources/:sourceId', GOOD.sourcePatch),
      {
        name: "another claim's source under this claim's path",
        status: 404,
        code: 'NOT_FOUND',
        values: (fx) => ({ id: fx.ready.id, sourceId: fx.otherSource }),
        body: () => ({ json: GOOD.sourcePatch() }),
      },
    ],
    control: async (fx) => {
      const c = await readyClaimAs(fx.world.editor, fx.article, QUOTES.nine);
      return { values: { id: c.id, sourceId: c.sources[0].id }, body: GOOD.sourcePatch(), status: 200 };
    },
  },
  {
    route: 'DELETE /api/claims/:id/sources/:sourceId',
    handler: source.DELETE,
    values: (fx) => ({ id: fx.ready.id, sourceId: fx.readySource }),
    cases: [
      ...unknownIdCases('DELETE /api/claims/:id/sources/:sourceId'),
      { name: "another claim's source under this claim's path", status: 404, code: 'NOT_FOUND', values: (fx) => ({ id: fx.ready.id, sourceId: fx.otherSource }) },
    ],
    control: async (fx) => {
      const c = await readyClaimAs(fx.world.editor, fx.article, QUOTES.nine);
      return { values: { id: c.id, sourceId: c.sources[0].id }, status: 204 };
    },
  },
  {
    route: 'POST /api/claims/:id/submit',
    handler: submit.POST,
    values: onReady,
    cases: [
      // An empty body is a good submit (the version is optional), so it is not in the corpus.
      ...jsonBodyCases(GOOD.submit, { emptyIsGood: true }),
      fieldCase('version as a string', GOOD.submit, () => ({ version: 'x' }), 'version'),
      fieldCase('version 0', GOOD.submit, () => ({ version: 0 }), 'version'),
      fieldCase('version -3', GOOD.submit, () => ({ version: -3 }), 'version'),
      fieldCase('status smuggled in', GOOD.submit, () => ({ status: 'APPROVED' }), 'status'),
      { ...fieldCase('a stale version', GOOD.submit, (fx) => ({ version: fx.ready.version - 1 }), 'version', 409), code: 'CONFLICT' },
      ...unknownIdCases('POST /api/claims/:id/submit', GOOD.submit),
    ],
    control: async (fx) => ({ values: { id: (await fx.fresh.ready()).id }, body: {}, status: 200 }),
  },
  {
    route: 'GET /api/review-queue',
    handler: reviewQueue.GET,
    values: none,
    cases: [
      queryCase('?minAgeHours=-1', 'minAgeHours'),
      queryCase('?minAgeHours=soon', 'minAgeHours'),
      queryCase('?minAgeHours=1e3', 'minAgeHours'),
      queryCase('?minAgeHours=9999999', 'minAgeHours'),
      queryCase('?minAgeHours=Infinity', 'minAgeHours'),
      queryCase('?verdict=NOT%20A%20KEY', 'verdict'),
      queryCase('?verdict=%00', 'verdict'),
      queryCase(`?articleId=${'a'.repeat(101)}`, 'articleId'),
      queryCase('?articleId=%00', 'articleId'),
      queryCase('?authorId=a%00b', 'authorId'),
      queryCase(`?authorId=${'a'.repeat(101)}`, 'authorId'),
    ],
    control: async (fx) => ({ values: {}, query: `?articleId=${fx.article.id}&verdict=false&minAgeHours=0`, status: 200 }),
  },
  {
    route: 'GET /api/assignees',
    handler: assignees.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?role=GOD&%E0%A4%A=1', status: 200 }),
  },
  {
    route: 'PUT /api/articles/:id/assignment',
    handler: articleAssignment.PUT,
    values: onArticle,
    cases: assignmentCases('PUT /api/articles/:id/assignment'),
    control: async (fx) => ({ values: onArticle(fx), body: GOOD.assignment(fx), status: 200 }),
  },
  {
    route: 'PUT /api/claims/:id/assignment',
    handler: claimAssignment.PUT,
    values: onReady,
    cases: assignmentCases('PUT /api/claims/:id/assignment'),
    control: async (fx) => ({ values: onReady(fx), body: GOOD.assignment(fx), status: 200 }),
  },
  {
    route: 'GET /api/articles/:id/events',
    handler: articleEvents.GET,
    values: onArticle,
    cases: [...lastEventIdCases(), ...unknownIdCases('GET /api/articles/:id/events')],
    control: async (fx) => ({ values: onArticle(fx), query: '?lastEventId=0', status: 200 }),
  },
  {
    route: 'GET /api/events',
    handler: events.GET,
    values: none,
    cases: lastEventIdCases(),
    control: async () => ({ values: {}, query: '?lastEventId=0', status: 200 }),
  },
  {
    route: 'GET /api/notifications',
    handler: notifications.GET,
    values: none,
    cases: [
      queryCase('?limit=0', 'limit'),
      queryCase('?limit=101', 'limit'),
      queryCase('?limit=1e2', 'limit'),
      queryCase('?limit=%00', 'limit'),
      queryCase('?unread=yes', 'unread'),
      queryCase('?limit=-1', 'limit'),
    ],
    control: async () => ({ values: {}, query: '?unread=1&limit=100', status: 200 }),
  },
  {
    route: 'POST /api/notifications/read',
    handler: notificationsRead.POST,
    values: none,
    cases: [
      ...jsonBodyCases(() => ({ all: true })),
      fieldCase(
        'all false',
        () => ({ all: true }),
        () => ({ all: false }),
        'all',
      ),
      fieldCase(
        'no ids',
        () => ({ ids: ['x'] }),
        () => ({ ids: [] }),
        'ids',
      ),
      fieldCase(
        'ids as a string',
        () => ({ ids: ['x'] }),
        () => ({ ids: 'x' }),
        'ids',
      ),
      fieldCase(
        '101 ids',
        () => ({ ids: ['x'] }),
        () => ({ ids: Array.from({ length: 101 }, (_, i) => `n${i}`) }),
        'ids',
      ),
      fieldCase(
        'both ids and all',
        () => ({ ids: ['x'] }),
        () => ({ all: true }),
        'ids',
      ),
    ],
    control: async (fx) => {
      // Something unread for the caller first: a reviewer gives the caller a claim to check.
      await sendOk(200, claimAssignment.PUT, 'PUT', `/api/claims/${fx.ready.id}/assignment`, { as: fx.world.reviewer, body: { editorId: fx.admin.id } }, { id: fx.ready.id });
      return { values: {}, body: { all: true }, status: 200 };
    },
  },
  {
    route: 'GET /api/users',
    handler: users.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?role=GOD&limit=-1&%E0%A4%A=1', status: 200 }),
  },
  {
    route: 'POST /api/users',
    handler: users.POST,
    values: none,
    cases: [
      ...jsonBodyCases(GOOD.user),
      fieldCase('email missing', GOOD.user, () => ({ email: undefined }), 'email'),
      fieldCase('email not an address', GOOD.user, () => ({ email: 'not-an-email' }), 'email'),
      fieldCase('email as a number', GOOD.user, () => ({ email: 5 }), 'email'),
      fieldCase('email over 320 characters', GOOD.user, () => ({ email: `${'a'.repeat(64)}@${'b'.repeat(250)}.${'c'.repeat(10)}.com` }), 'email'),
      fieldCase('role unknown', GOOD.user, () => ({ role: 'GOD' }), 'role'),
      fieldCase('role in lower case', GOOD.user, () => ({ role: 'admin' }), 'role'),
      fieldCase('name blank', GOOD.user, () => ({ name: '  ' }), 'name'),
      fieldCase('password too short', GOOD.user, () => ({ password: 'short' }), 'password'),
      fieldCase('password common', GOOD.user, () => ({ password: 'password1234' }), 'password'),
      fieldCase('password as a number', GOOD.user, () => ({ password: 123456789012345 }), 'password'),
      fieldCase('password over 256 characters', GOOD.user, () => ({ password: `${GOOD_PASSWORD} ${'p'.repeat(256)}` }), 'password'),
      fieldCase('a field the endpoint does not take', GOOD.user, () => ({ active: true, passwordHash: 'x' }), 'passwordHash'),
      { ...fieldCase('an e-mail already taken', GOOD.user, () => ({ email: 'EDITOR@example.com' }), 'email', 409), code: 'CONFLICT' },
    ],
    control: async () => ({ values: {}, body: { ...GOOD.user(), email: `${unique('control')}@example.com` }, status: 201 }),
  },
  {
    route: 'PATCH /api/users/:id',
    handler: user.PATCH,
    values: (fx) => ({ id: fx.target.id }),
    cases: [
      ...jsonBodyCases(GOOD.userPatch),
      fieldCase('role unknown', GOOD.userPatch, () => ({ role: 'ROOT' }), 'role'),
      fieldCase('active as a string', GOOD.userPatch, () => ({ active: 'yes' }), 'active'),
      fieldCase('active as 0', GOOD.userPatch, () => ({ active: 0 }), 'active'),
      fieldCase('name blank', GOOD.userPatch, () => ({ name: '' }), 'name'),
      fieldCase('name over 200 characters', GOOD.userPatch, () => ({ name: 'n'.repeat(201) }), 'name'),
      fieldCase('password smuggled in', GOOD.userPatch, () => ({ password: GOOD_PASSWORD }), 'password'),
      fieldCase('email smuggled in', GOOD.userPatch, () => ({ email: 'x@example.com' }), 'email'),
      { ...fieldCase('demoting the last admin', GOOD.userPatch, () => ({}), 'role', 409), code: 'CONFLICT', values: (fx) => ({ id: fx.admin.id }) },
      ...unknownIdCases('PATCH /api/users/:id', GOOD.userPatch),
    ],
    control: async (fx) => ({ values: { id: fx.target.id }, body: { name: unique('Renamed') }, status: 200 }),
  },
  {
    route: 'POST /api/users/:id/password-reset',
    handler: passwordReset.POST,
    values: (fx) => ({ id: fx.target.id }),
    cases: [
      // An empty body is a good reset (there is nothing to choose), so it is not in the corpus.
      // The good body has no string to put a NUL into: it goes into a key instead.
      ...jsonBodyCases(GOOD.passwordReset, { emptyIsGood: true }).map((c): Case =>
        c.name.startsWith('a NUL') ? { ...c, name: 'a NUL character (U+0000) in a key', body: () => ({ json: { 'a\u0000b': 1 } }) } : c,
      ),
      fieldCase('a password chosen by the admin', GOOD.passwordReset, () => ({ password: GOOD_PASSWORD }), 'password'),
      fieldCase('mustChangePassword smuggled in', GOOD.passwordReset, () => ({ mustChangePassword: false }), 'mustChangePassword'),
      ...unknownIdCases('POST /api/users/:id/password-reset', GOOD.passwordReset),
    ],
    control: async (fx) => ({ values: { id: fx.target.id }, body: {}, status: 200 }),
  },
  {
    route: 'GET /api/me',
    handler: me.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?id=someone-else&%ZZ=1', status: 200 }),
  },
  {
    route: 'PATCH /api/me/password',
    handler: myPassword.PATCH,
    values: none,
    // A wrong current password is no bad input: it is a counted attempt (a
    // write), tested in passwords.test.ts. Everything here is refused before any password is checked.
    cases: [
      ...jsonBodyCases(GOOD.passwordChange),
      fieldCase('currentPassword missing', GOOD.passwordChange, () => ({ currentPassword: undefined }), 'currentPassword'),
      fieldCase('currentPassword empty', GOOD.passwordChange, () => ({ currentPassword: '' }), 'currentPassword'),
      fieldCase('currentPassword as a number', GOOD.passwordChange, () => ({ currentPassword: 12345678901234 }), 'currentPassword'),
      fieldCase('currentPassword over 1,024 characters', GOOD.passwordChange, () => ({ currentPassword: 'p'.repeat(1025) }), 'currentPassword'),
      fieldCase('newPassword missing', GOOD.passwordChange, () => ({ newPassword: undefined }), 'newPassword'),
      fieldCase('newPassword too short', GOOD.passwordChange, () => ({ newPassword: 'short' }), 'newPassword'),
      fieldCase('newPassword common', GOOD.passwordChange, () => ({ newPassword: 'password1234' }), 'newPassword'),
      fieldCase('newPassword with the e-mail in it', GOOD.passwordChange, () => ({ newPassword: 'admin of the whole desk' }), 'newPassword'),
      fieldCase('newPassword the current one again', GOOD.passwordChange, () => ({ newPassword: TEST_PASSWORD }), 'newPassword'),
      fieldCase('newPassword as an array', GOOD.passwordChange, () => ({ newPassword: [GOOD_PASSWORD] }), 'newPassword'),
      fieldCase('newPassword over 256 characters', GOOD.passwordChange, () => ({ newPassword: `${GOOD_PASSWORD} ${'p'.repeat(256)}` }), 'newPassword'),
      fieldCase('a field the endpoint does not take', GOOD.passwordChange, () => ({ role: 'ADMIN' }), 'role'),
    ],
    control: async () => ({ values: {}, body: GOOD.passwordChange(), status: 200 }),
  },
  {
    route: 'GET /api/openapi.json',
    handler: openApi.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?format=%ZZ&x=1', status: 200 }),
  },
  {
    route: 'GET /api/docs',
    handler: apiDocs.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?url=%ZZ', status: 200 }),
  },
  {
    route: 'GET /api/docs/:asset',
    handler: apiDocsAsset.GET,
    values: () => ({ asset: 'swagger-ui.css' }),
    // Only the two files the page loads: nothing else of the package, no path out of it.
    cases: ['index.html', '..', '../../package.json', 'swagger-ui-bundle.js.map', 'package.json', '\u0000'].map((asset): Case => ({
      name: `asset ${JSON.stringify(asset)}`,
      status: 404,
      code: 'NOT_FOUND',
      values: () => ({ asset }),
    })),
    control: async () => ({ values: { asset: 'swagger-ui.css' }, status: 200 }),
  },
  {
    route: 'GET /api/verdicts',
    handler: verdicts.GET,
    values: none,
    cases: [],
    control: async () => ({ values: {}, query: '?key=%ZZ&order=-1', status: 200 }),
  },
  {
    route: 'PUT /api/verdicts',
    handler: verdicts.PUT,
    values: none,
    cases: (() => {
      const withOption = (name: string, patch: Json, field: string) =>
        fieldCase(name, GOOD.verdicts, (fx) => ({ verdicts: (GOOD.verdicts(fx).verdicts as Json[]).map((v, i) => (i === 0 ? { ...v, ...patch } : v)) }), field);
      return [
        ...jsonBodyCases(GOOD.verdicts),
        fieldCase('verdicts missing', GOOD.verdicts, () => ({ verdicts: undefined }), 'verdicts'),
        fieldCase('verdicts as an object', GOOD.verdicts, () => ({ verdicts: { true: 'True' } }), 'verdicts'),
        fieldCase('verdicts empty', GOOD.verdicts, () => ({ verdicts: [] }), 'verdicts'),
        fieldCase('over 50 verdicts', GOOD.verdicts, (fx) => ({ verdicts: Array.from({ length: 51 }, (_, i) => ({ ...fx.verdicts[0], key: `k-${i}` })) }), 'verdicts'),
        fieldCase('a key twice', GOOD.verdicts, (fx) => ({ verdicts: [fx.verdicts[0], ...fx.verdicts] }), 'verdicts.1.key'),
        withOption('a key in capitals', { key: 'FALSE' }, 'verdicts.0.key'),
        withOption('a key with a slash', { key: 'a/b' }, 'verdicts.0.key'),
        withOption('a label blank', { label: ' ' }, 'verdicts.0.label'),
        withOption('a colour that is not #rrggbb', { color: 'red' }, 'verdicts.0.color'),
        withOption('a colour with CSS injection', { color: '#fff;background:url(x)' }, 'verdicts.0.color'),
        withOption('ratingValue 1000', { ratingValue: 1000 }, 'verdicts.0.ratingValue'),
        withOption('ratingValue 1.5', { ratingValue: 1.5 }, 'verdicts.0.ratingValue'),
        withOption('normalized unknown', { normalized: 'MAYBE' }, 'verdicts.0.normalized'),
        withOption('order as a string', { order: 'first' }, 'verdicts.0.order'),
        withOption('order 2^40', { order: 2 ** 40 }, 'verdicts.0.order'),
        withOption('order -2^40', { order: -(2 ** 40) }, 'verdicts.0.order'),
        {
          ...fieldCase('dropping a key claims use', GOOD.verdicts, (fx) => ({ verdicts: fx.verdicts.filter((v: Json) => v.key !== 'false') }), 'verdicts', 409),
          code: 'CONFLICT',
        },
      ];
    })(),
    control: async (fx) => ({ values: {}, body: GOOD.verdicts(fx), status: 200 }),
  },
];

// Public routes outside app/api (the W3C annotation protocol): no session needed,
// so the admin's is beside the point; what they read is the path and the query.
const PUBLIC_CORPUS: RouteCorpus[] = [
  {
    route: 'GET /annotations/:claimId',
    handler: annotation.GET,
    values: () => ({ claimId: published.claimId }),
    cases: [
      ...unknownIdCases('GET /annotations/:claimId'),
      // Not on a page that is up: the same 404 as an id nothing has.
      { name: 'a draft claim', status: 404, code: 'NOT_FOUND', values: (fx) => ({ claimId: fx.ready.id }) },
      { name: 'an approved claim of an unpublished article', status: 404, code: 'NOT_FOUND', values: (fx) => ({ claimId: fx.shared.approved.id }) },
    ],
    control: async () => ({ values: { claimId: published.claimId }, query: '?page=-1&iris=x', status: 200 }),
  },
  {
    route: 'GET /fact-checks/:slug/annotations/',
    handler: annotationContainer.GET,
    values: () => ({ slug: published.slug }),
    cases: [
      ...unknownIdCases('GET /fact-checks/:slug/annotations/'),
      ...['-1', 'abc', '1.5', '1e3', '0x1', '01', '', '%00', '%E2%80%8B0', '١', 'Infinity', `1${'0'.repeat(10_000)}x`].map((page): Case => ({
        name: `page ${JSON.stringify(page.length > 20 ? `${page.slice(0, 8)}… (${page.length})` : page)}`,
        status: 400,
        code: 'BAD_REQUEST',
        query: `?page=${page}`,
      })),
      { name: 'page twice', status: 400, code: 'BAD_REQUEST', query: '?page=0&page=0' },
      { name: 'iris=2', status: 400, code: 'BAD_REQUEST', query: '?iris=2' },
      { name: 'iris empty', status: 400, code: 'BAD_REQUEST', query: '?iris=&page=0' },
      // Well-formed, past the last page (the article has one).
      ...['1', '2147483648', '9007199254740993', '9'.repeat(10_000)].map((page): Case => ({
        name: `page ${page.length > 20 ? `9… (${page.length} digits)` : page}, past the last`,
        status: 404,
        code: 'NOT_FOUND',
        query: `?page=${page}`,
      })),
    ],
    control: async () => ({ values: { slug: published.slug }, query: '?page=0&unknown=%ZZ', status: 200 }),
  },
];

function corpusFor(route: string): RouteCorpus {
  const found = [...CORPUS, ...PUBLIC_CORPUS].find((c) => c.route === route);
  if (!found) throw new Error(`no corpus for ${route}`);
  return found;
}

// --------------------------------------------------------------- the tests --

const CASES = [...CORPUS, ...PUBLIC_CORPUS].flatMap((corpus) => corpus.cases.map((c) => [corpus.route, c.name, corpus, c] as const));

describe('bad input to every route: a 4xx with the error shape, no internals, nothing written', () => {
  it.each(CASES)('%s: %s', async (_route, _name, corpus, c) => {
    const before = await everyRow();
    const res = await call(corpus, c.values ? c.values(f) : corpus.values(f), c.query ?? '', c.body?.(f), c.headers);
    await expectRefusal(res, c);
    expect(await everyRow()).toEqual(before);
  });
});

describe('next-auth: its own answers (redirects, 400s) or our 413/422, never a 500, a stack trace or a write', () => {
  interface AuthCase {
    name: string;
    method: 'GET' | 'POST';
    path: string;
    body?: BodyInit;
    type?: string;
    status: number;
  }
  const FORM = 'application/x-www-form-urlencoded';
  const JSON_TYPE = 'application/json';
  const form = (fields: Values) => new URLSearchParams(fields).toString();
  const ACTIONS = ['/api/auth/callback/credentials', '/api/auth/signin/credentials', '/api/auth/signout', '/api/auth/_log'];
  const AUTH: AuthCase[] = [
    { name: 'an action next-auth does not have', method: 'GET', path: '/api/auth/nope', status: 400 },
    { name: 'a provider that does not exist', method: 'POST', path: '/api/auth/callback/nope', body: form({ email: 'a@example.com', password: 'x' }), type: FORM, status: 400 },
    { name: 'credentials without a csrf token', method: 'POST', path: '/api/auth/callback/credentials', body: form({ email: 'editor@example.com', password: 'x' }), type: FORM, status: 302 },
    ...ACTIONS.flatMap((path): AuthCase[] => {
      // JSON of the wrong type is next-auth's to refuse: a redirect to sign in again (the logger endpoint takes anything).
      const wrongType = path === '/api/auth/_log' ? 200 : 302;
      return [
        { name: `${path}: malformed JSON`, method: 'POST', path, body: '{"email":', type: JSON_TYPE, status: 422 },
        { name: `${path}: an empty JSON body`, method: 'POST', path, body: '', type: JSON_TYPE, status: 422 },
        { name: `${path}: JSON null`, method: 'POST', path, body: 'null', type: JSON_TYPE, status: wrongType },
        { name: `${path}: a JSON array`, method: 'POST', path, body: '[1,2]', type: JSON_TYPE, status: wrongType },
        { name: `${path}: a JSON string`, method: 'POST', path, body: '"email"', type: JSON_TYPE, status: wrongType },
        { name: `${path}: a NUL in the e-mail`, method: 'POST', path, body: form({ email: 'editor\u0000@example.com', password: 'x' }), type: FORM, status: 422 },
        { name: `${path}: a NUL in JSON`, method: 'POST', path, body: '{"email":"editor\\u0000@example.com"}', type: JSON_TYPE, status: 422 },
        { name: `${path}: broken UTF-8`, method: 'POST', path, body: concat('email=editor%40example.com&password=', [0xc3, 0x28]), type: FORM, status: 422 },
        { name: `${path}: over 64 KB`, method: 'POST', path, body: `email=${'a'.repeat(70_000)}`, type: FORM, status: 413 },
        { name: `${path}: over ${MAX_BODY_BYTES} bytes`, method: 'POST', path, body: `email=${'a'.repeat(OVER)}`, type: FORM, status: 413 },
      ];
    }),
  ];

  it.each(AUTH)('$name', async ({ method, path, body, type, status }) => {
    const before = await everyRow();
    const res = await callNextAuth(method, path, { body, headers: type ? { 'content-type': type } : {} });
    const text = await res.text();
    expectNoLeak(text);
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text.slice(0, 300)}`);
    // Our own refusals (413, 422) carry the API's error shape (docs/api.md#errors); next-auth's 400s are plain text.
    if (status > 400) {
      const { error } = JSON.parse(text);
      expect(error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      expect(Object.keys(error).filter((key) => !['code', 'message', 'details'].includes(key))).toEqual([]);
    }
    expect(await everyRow()).toEqual(before);
  });
});

async function firstChunk(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

describe('positive controls: the same caller, a good request, success', () => {
  it.each([...CORPUS, ...PUBLIC_CORPUS].map((corpus) => [corpus.route, corpus] as const))('%s', async (_route, corpus) => {
    const { values, query, body, status } = await corpus.control(f);
    const before = await everyRow();
    const res = await call(corpus, values, query ?? '', body === undefined ? undefined : { json: body });
    // An event stream never ends on its own: its first lines say it is one, then hang up.
    const text = res.headers.get('content-type')?.startsWith('text/event-stream') ? await firstChunk(res) : await res.text();
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text.slice(0, 500)}`);
    expectNoLeak(text);
    // The snapshot sees what this route writes, so "nothing written" above was a real check; a read writes nothing.
    if (corpus.route.startsWith('GET ')) expect(await everyRow()).toEqual(before);
    else expect(await everyRow()).not.toEqual(before);
  });
});

describe('coverage', () => {
  it('has corpus rows for every method of every route.ts under app/api (next-auth has its own block)', () => {
    expect(CORPUS.map((c) => c.route).sort()).toEqual(listApiRoutes({ except: ['auth'] }));
    expect(listApiRoutes().filter((r) => r.includes('/api/auth/'))).toEqual(['GET /api/auth/[...nextauth]', 'POST /api/auth/[...nextauth]']);
  });

  it('gives every route that takes input more than the unknown-id cases', () => {
    const takesInput = CORPUS.filter((c) => /^(POST|PUT|PATCH) /.test(c.route) || c.cases.some((k) => k.query));
    for (const corpus of takesInput) {
      const beyondIds = corpus.cases.filter((k) => !k.name.startsWith('unknown :'));
      expect([corpus.route, beyondIds.length > 5]).toEqual([corpus.route, true]);
    }
    // Every write route meets malformed JSON, wrong JSON types, broken UTF-8 and a body over the limit.
    for (const corpus of CORPUS.filter((c) => /^(POST|PUT|PATCH) /.test(c.route))) {
      const names = corpus.cases.map((k) => k.name);
      for (const must of ['malformed JSON', 'JSON array of the good body', 'JSON null', 'broken UTF-8 C3 28 (bad continuation)', `over ${MAX_BODY_BYTES} bytes, length declared`]) {
        expect([corpus.route, names.includes(must) ? must : `missing: ${must}`]).toEqual([corpus.route, must]);
      }
    }
  });

  it('builds each malformed body from the good one, so only the named fault differs', () => {
    for (const [name, good] of Object.entries(GOOD)) {
      const body = good(f);
      // Broken bytes go inside a string (or key); without them the body is the good one again.
      expect([name, JSON.parse(withBrokenBytes(body, []).toString('utf8'))]).toEqual([name, body]);
      expect([name, withBrokenBytes(body, [0xc3, 0x28]).length]).toEqual([name, Buffer.byteLength(JSON.stringify(body)) + 2]);
      // The oversized body is the good one plus padding, exactly one byte over the limit.
      const big = jsonOfSize(body, OVER);
      expect([name, big.length]).toEqual([name, OVER]);
      expect([name, { ...JSON.parse(big.toString('utf8')), padding: undefined }]).toEqual([name, { ...body, padding: undefined }]);
    }
  });
});
