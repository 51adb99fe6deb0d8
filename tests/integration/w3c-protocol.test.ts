// The read side of the W3C Web Annotation Protocol (issue 15): every
// annotation id the workbench hands out is a public IRI that dereferences,
// without a session, to that annotation as the public page shows it; each
// published article has a container (an LDP BasicContainer and
// AnnotationCollection) paged per the protocol, with its headers, ETags and
// Prefer. What is not on a page that is up now is one and the same 404.
// Page size 2 here (the constant is mocked), so five claims make three pages.
import { GET as exportRoute } from '@/app/api/articles/[id]/export/route';
import { DELETE as unpublishRoute, POST as publishRoute } from '@/app/api/articles/[id]/publication/route';
import { POST as createArticleRoute } from '@/app/api/articles/route';
import { DELETE as deleteClaimRoute } from '@/app/api/claims/[id]/route';
import * as annotationRoute from '@/app/annotations/[claimId]/route';
import * as containerRoute from '@/app/fact-checks/[slug]/annotations/route';
import { ANNOTATION_PAGE_SIZE } from '@/lib/domain/publication/public-annotations';
import { annotationContainerUrl, annotationUrl, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { expectWebAnnotationMusts, type MustOptions } from '../helpers/web-annotation-musts';
import { apiRouteFiles, routeMatcher } from './helpers/api-routes';
import { approvedClaim, createClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { request, seedWorld } from './helpers/world';

jest.mock('@/lib/domain/publication/public-annotations', () => ({ ...jest.requireActual('@/lib/domain/publication/public-annotations'), ANNOTATION_PAGE_SIZE: 2 }));

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, any>;

const APP_URL = 'http://localhost:3000';
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const CONTAINER_TYPE_LINK = '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"';
const CONSTRAINED_BY_LINK = '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"';
const PREFER = (iri: string) => `return=representation; include="${iri}"`;
const IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';
const DESCRIPTIONS = 'http://www.w3.org/ns/oa#PreferContainedDescriptions';
const MINIMAL = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';

// --------------------------------------------- following IRIs like a client --

// The public routes outside app/api at the paths Next.js serves them (the container's with its "/",
// which proxy.ts keeps: tests/unit/trailing-slash.test.ts), then every route under app/api.
const ROUTES = [
  { ...routeMatcher('/annotations/:claimId'), module: annotationRoute as unknown as Record<string, Handler> },
  { ...routeMatcher('/fact-checks/:slug/annotations/'), module: containerRoute as unknown as Record<string, Handler> },
  ...apiRouteFiles({ except: ['auth'] })
    .filter((route) => route.method === 'GET')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((route) => ({ ...routeMatcher(route.url), module: require(route.file) as Record<string, Handler> })),
];

/** What a client on the web gets for an IRI the app gave out: the handler its path names, called without a session. */
async function dereference(iri: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  expect(iri.startsWith(`${APP_URL}/`)).toBe(true);
  const url = new URL(iri);
  for (const { pattern, names, module } of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match || !module[method]) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    return module[method](await request(method, `${url.pathname}${url.search}`, { headers }), { params: Promise.resolve(values) });
  }
  throw new Error(`no route serves ${method} ${iri}`);
}

/** GET `iri`, expecting 200 JSON-LD; the body. */
async function fetchJsonLd(iri: string, headers: Record<string, string> = {}): Promise<Json> {
  const res = await dereference(iri, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${iri}: ${res.status} ${text}`);
  expect(res.headers.get('content-type')).toBe(MEDIA_TYPE);
  return JSON.parse(text);
}

/** Every page of a collection, from `first` through `next`, each fetched on its own (the embedded first page too). */
async function walkPages(collection: Json): Promise<Json[]> {
  const pages: Json[] = [];
  let next: string | undefined = typeof collection.first === 'string' ? collection.first : collection.first?.id;
  while (next) {
    const page = await fetchJsonLd(next);
    pages.push(page);
    next = page.next;
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

// ------------------------------------------------------------------ world --

const EMOJI_HEAD = '🇮🇶 Breaking 👍🏽: ';
const CENTCOM = 'CENTCOM announced that the U.S. military had conducted airstrikes against multiple known ISIS camps in Syria earlier this month';
const PUBLISHED_QUOTES = [QUOTES.wounded, QUOTES.nine, QUOTES.hamrin, CENTCOM, QUOTES.troops];

let world: Awaited<ReturnType<typeof seedWorld>>;
type Article = ArticleRef & { slug: string };
let article: Article;
let published: { id: string; quote: string }[];
let draftId: string;
let lateId: string;
let unpublished: Article & { claimId: string };
let withdrawn: Article & { claimId: string };
let emptied: Article & { claimId: string };

async function newArticle(title: string, text: string): Promise<Article> {
  const created = (await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body: { title, text } })).article;
  return { id: created.id, slug: created.slug, text };
}

const publish = async (a: Article) => sendOk(200, publishRoute, 'POST', `/api/articles/${a.id}/publication`, { as: world.reviewer }, { id: a.id });
const containerOf = (a: Article) => annotationContainerUrl(APP_URL, a.slug);
// The export's target is the workbench's page of the article; the public annotations' the fact-check page: the same text.
const musts = (a: Article): MustOptions => ({ textOf: (iri) => ([`${APP_URL}/articles/${a.id}`, factCheckUrl(APP_URL, a.slug)].includes(iri) ? a.text : undefined) });

beforeAll(async () => {
  world = await seedWorld();
  // Every quote comes after emoji (2 UTF-16 code units each, 1 code point), so UTF-16 offsets would be off.
  article = await newArticle('Raid 🔥 in Iraq', `${EMOJI_HEAD}${world.revision.text}`);
  published = [];
  for (const quote of PUBLISHED_QUOTES) published.push({ id: (await approvedClaim(world.editor, world.reviewer, article, quote)).id, quote });
  draftId = (await createClaimAs(world.editor, article, 'Several ISIS operatives were killed in the attack', { verdict: 'false', statement: 'Never approved' })).id;
  await publish(article);
  lateId = (await approvedClaim(world.editor, world.reviewer, article, 'the announcement of the end of the United Nations military mission in Iraq has been postponed')).id;

  const side = async (title: string) => {
    const a = await newArticle(title, world.revision.text);
    return { ...a, claimId: (await approvedClaim(world.editor, world.reviewer, a, QUOTES.nine)).id };
  };
  unpublished = await side('Never published');
  withdrawn = await side('Taken down');
  await publish(withdrawn);
  expect((await send(unpublishRoute, 'DELETE', `/api/articles/${withdrawn.id}/publication`, { as: world.reviewer }, { id: withdrawn.id })).status).toBe(204);
  emptied = await side('Emptied');
  await publish(emptied);
  // Its only published claim deleted by its author: the page is up with nothing on it.
  expect((await send(deleteClaimRoute, 'DELETE', `/api/claims/${emptied.claimId}`, { as: world.editor }, { id: emptied.claimId })).status).toBe(204);
}, 120_000);

/** The published claims' ids in reading order (the quotes are in PUBLISHED_QUOTES in text order). */
const readingOrder = () => [...published].sort((a, b) => article.text.indexOf(a.quote) - article.text.indexOf(b.quote)).map((c) => c.id);

// ------------------------------------------------------------------ tests --

describe('annotation ids dereference, without a session, to the annotation', () => {
  it("the w3c export's ids: each claim on the public page answers its annotation; one approved after publishing is 404 until published again", async () => {
    const res = await send(exportRoute, 'GET', `/api/articles/${article.id}/export?format=w3c&scope=published`, { as: world.editor }, { id: article.id });
    const collection = JSON.parse(await res.text());
    const ids = collection.first.items.map((item: Json) => item.id);
    expect(ids.sort()).toEqual([...published.map((c) => annotationUrl(APP_URL, c.id)), annotationUrl(APP_URL, lateId)].sort());
    for (const item of collection.first.items) {
      const answer = await dereference(item.id);
      if (item.id === annotationUrl(APP_URL, lateId)) {
        expect(answer.status).toBe(404);
        continue;
      }
      expect([item.id, answer.status]).toEqual([item.id, 200]);
      expect(answer.headers.get('content-type')).toBe(MEDIA_TYPE);
      const annotation = await answer.json();
      // The same annotation; only the creator and where the text is read differ: the export names the
      // author and the workbench's pages (behind its sign-in), the public one the organisation and the fact-check page.
      const publicOnly = ({ creator: _creator, target: { source: _source, state: _state, ...target }, ...rest }: Json) => ({ ...rest, target });
      const { creator, '@context': context } = annotation;
      expect(publicOnly({ ...annotation, '@context': undefined })).toEqual(publicOnly({ ...item, '@context': undefined }));
      expect(context).toBe(ANNO);
      expect(creator).toEqual({ type: 'Organization', name: expect.any(String) });
    }
  });

  it('every item on every page of the container, followed by first and next, is its own id: the same annotation, with its @context', async () => {
    const collection = await fetchJsonLd(containerOf(article));
    const pages = await walkPages(collection);
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    expect(pages[0]).toEqual({ '@context': ANNO, ...collection.first, partOf: { id: collection.id, total: 5 } });
    const items = pages.flatMap((page) => page.items);
    expect(items.map((item) => item.id)).toEqual(readingOrder().map((id) => annotationUrl(APP_URL, id)));
    for (const item of items) {
      const annotation = await fetchJsonLd(item.id);
      expect(annotation).toEqual({ '@context': ANNO, ...item });
      expectWebAnnotationMusts(annotation, musts(article));
    }
  });

  it('offsets count code points against the text the page shows (emoji before every quote)', async () => {
    for (const { id, quote } of published) {
      const annotation = await fetchJsonLd(annotationUrl(APP_URL, id));
      const [quoteSelector, position] = annotation.target.selector;
      const utf16Start = article.text.indexOf(quote);
      expect(quoteSelector.exact).toBe(quote);
      expect(position.start).toBe([...article.text.slice(0, utf16Start)].length);
      expect(position.start).toBeLessThan(utf16Start);
      expect([...article.text].slice(position.start, position.end).join('')).toBe(quote);
    }
  });

  it("an annotation's headers: the protocol's media type, an LDP Resource, Allow, Vary, a strong ETag and 304", async () => {
    const iri = annotationUrl(APP_URL, published[0].id);
    const res = await dereference(iri, { headers: { accept: MEDIA_TYPE } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(MEDIA_TYPE);
    expect(res.headers.get('link')).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('vary')).toBe('Accept');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const body = await res.text();
    // The same content, the same tag; no Accept at all is JSON-LD too (the protocol's default).
    const again = await dereference(iri);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const cached = await dereference(iri, { headers: { 'if-none-match': ifNoneMatch } });
      expect([ifNoneMatch, cached.status]).toEqual([ifNoneMatch, 304]);
      expect(await cached.text()).toBe('');
      expect(cached.headers.get('etag')).toBe(etag);
      expect(cached.headers.get('vary')).toBe('Accept');
    }
    expect((await dereference(iri, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200);
  });
});

describe('the container', () => {
  it("answers an AnnotationCollection (an LDP BasicContainer) at the IRI ending in '/': total, first page embedded, last, and the protocol's headers", async () => {
    const iri = containerOf(article);
    expect(iri).toBe(`${APP_URL}/fact-checks/${article.slug}/annotations/`);
    const res = await dereference(iri, { headers: { accept: MEDIA_TYPE } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(MEDIA_TYPE);
    expect(res.headers.get('link')).toContain(CONTAINER_TYPE_LINK);
    expect(res.headers.get('link')).toContain(CONSTRAINED_BY_LINK);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('vary')).toBe('Accept, Prefer');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers.get('content-location')).toBe(iri);
    const collection = await res.json();
    expect(collection).toMatchObject({
      '@context': [ANNO, 'http://www.w3.org/ns/ldp.jsonld'],
      id: iri,
      type: ['BasicContainer', 'AnnotationCollection'],
      label: 'Fact-check: Raid 🔥 in Iraq',
      total: 5,
      first: { id: `${iri}?page=0`, type: 'AnnotationPage', partOf: iri, startIndex: 0, next: `${iri}?page=1` },
      last: `${iri}?page=2`,
    });
    expect(collection.first.items).toHaveLength(ANNOTATION_PAGE_SIZE);
    expect(collection.first.prev).toBeUndefined();
    expectWebAnnotationMusts(collection, musts(article));
  });

  it('pages at ?page=N (from 0): partOf with the total, startIndex, prev and next where they exist, no container Link', async () => {
    const iri = containerOf(article);
    const pages = await Promise.all([0, 1, 2].map((n) => dereference(`${iri}?page=${n}`)));
    const bodies = await Promise.all(pages.map((res) => res.json()));
    expect(bodies.map((page) => ({ id: page.id, startIndex: page.startIndex, prev: page.prev, next: page.next, partOf: page.partOf, '@context': page['@context'] }))).toEqual([
      { id: `${iri}?page=0`, startIndex: 0, prev: undefined, next: `${iri}?page=1`, partOf: { id: iri, total: 5 }, '@context': ANNO },
      { id: `${iri}?page=1`, startIndex: 2, prev: `${iri}?page=0`, next: `${iri}?page=2`, partOf: { id: iri, total: 5 }, '@context': ANNO },
      { id: `${iri}?page=2`, startIndex: 4, prev: `${iri}?page=1`, next: undefined, partOf: { id: iri, total: 5 }, '@context': ANNO },
    ]);
    for (const [i, res] of pages.entries()) {
      expect(res.headers.get('vary')).toBe('Accept, Prefer');
      expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
      // A page is not a container (protocol 4.3).
      expect(res.headers.get('link')).toBeNull();
      expect(bodies[i].type).toBe('AnnotationPage');
      expectWebAnnotationMusts(bodies[i], musts(article));
    }
    // A page's Prefer is ignored: its IRI already names its view.
    const preferred = await dereference(`${iri}?page=1`, { headers: { prefer: PREFER(IRIS) } });
    expect((await preferred.json()).items[0].type).toBe('Annotation');
  });

  it('refuses a page past the last (404) and a malformed page number or view (400), in the error shape', async () => {
    const iri = containerOf(article);
    const cases: [string, number][] = [
      ['?page=3', 404],
      ['?page=99999999999999999999999999999999', 404],
      ['?iris=1&page=3', 404],
      ['?page=-1', 400],
      ['?page=abc', 400],
      ['?page=1.5', 400],
      ['?page=01', 400],
      ['?page=', 400],
      ['?page=%200', 400],
      ['?page=0&page=1', 400],
      ['?iris=0', 400],
      ['?iris=yes&page=0', 400],
    ];
    for (const [query, status] of cases) {
      const res = await dereference(`${iri}${query}`);
      const body = await res.json();
      expect([query, res.status]).toEqual([query, status]);
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toEqual({ code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: expect.any(String) });
      expect(res.headers.get('etag')).toBeNull();
    }
  });

  it('Prefer: PreferContainedIRIs answers the IRIs under ?iris=1 (Content-Location, pages to match); Descriptions or none the annotations; Minimal links the first page', async () => {
    const iri = containerOf(article);
    const irisRes = await dereference(iri, { headers: { prefer: PREFER(IRIS) } });
    const iris = await irisRes.json();
    expect(irisRes.headers.get('content-location')).toBe(`${iri}?iris=1`);
    expect(irisRes.headers.get('preference-applied')).toBe('return=representation');
    expect(iris).toMatchObject({ id: `${iri}?iris=1`, total: 5, first: { id: `${iri}?iris=1&page=0`, partOf: `${iri}?iris=1`, next: `${iri}?iris=1&page=1` }, last: `${iri}?iris=1&page=2` });
    expectWebAnnotationMusts(iris);
    const listed = (await walkPages(iris)).flatMap((page) => page.items);
    expect(listed).toEqual(readingOrder().map((id) => annotationUrl(APP_URL, id)));
    // The view's own IRI answers the same without the header.
    expect(await fetchJsonLd(`${iri}?iris=1`)).toEqual(iris);

    const plain = await dereference(iri);
    const described = await dereference(iri, { headers: { prefer: `return=representation;include="${DESCRIPTIONS}"` } });
    expect(await described.json()).toEqual(await plain.json());
    expect(described.headers.get('etag')).toBe(plain.headers.get('etag'));
    expect(plain.headers.get('preference-applied')).toBeNull();
    expect(irisRes.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    // Both at once is the client's mistake: the default.
    expect((await fetchJsonLd(iri, { prefer: `return=representation; include="${IRIS} ${DESCRIPTIONS}"` })).id).toBe(iri);

    const minimal = await fetchJsonLd(iri, { prefer: `return=representation; include="${MINIMAL} ${IRIS}"` });
    expect(minimal).toMatchObject({ id: `${iri}?iris=1`, total: 5, first: `${iri}?iris=1&page=0`, last: `${iri}?iris=1&page=2` });
    expectWebAnnotationMusts(minimal);
  });

  it('ETag and If-None-Match on the container: 304 with its headers, 200 for another view', async () => {
    const iri = containerOf(article);
    const res = await dereference(iri);
    const etag = res.headers.get('etag')!;
    const cached = await dereference(iri, { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    expect(cached.headers.get('etag')).toBe(etag);
    expect(cached.headers.get('link')).toContain(CONTAINER_TYPE_LINK);
    expect(cached.headers.get('vary')).toBe('Accept, Prefer');
    expect((await dereference(iri, { headers: { 'if-none-match': etag, prefer: PREFER(IRIS) } })).status).toBe(200);
  });

  it('an article whose published claims are all gone: total 0 and no first or last page (a page holds one or more)', async () => {
    const iri = containerOf(emptied);
    const collection = await fetchJsonLd(iri);
    expect(collection).toEqual({ '@context': [ANNO, 'http://www.w3.org/ns/ldp.jsonld'], id: iri, type: ['BasicContainer', 'AnnotationCollection'], label: 'Fact-check: Emptied', total: 0 });
    expectWebAnnotationMusts(collection);
    expect((await dereference(`${iri}?page=0`)).status).toBe(404);
    expect((await dereference(annotationUrl(APP_URL, emptied.claimId))).status).toBe(404);
  });
});

describe('for anyone, from anywhere', () => {
  it('points its readers only at public addresses: the target is the fact-check page (the article has no URL of its own), and so is its state', async () => {
    const annotation = await fetchJsonLd(annotationUrl(APP_URL, published[0].id));
    const page = factCheckUrl(APP_URL, article.slug);
    expect(annotation.target.source.id).toBe(page);
    expect(annotation.target.state).toEqual({ id: page });
    // The page is public: no address of the workbench (behind its sign-in) anywhere in the annotation.
    expect(JSON.stringify(annotation)).not.toMatch(new RegExp(`${APP_URL}/(api|articles)/`));
  });

  it('lets a browser client on another site read it (CORS, no credentials), the refusals too, and answers its preflight', async () => {
    const cross = { origin: 'https://annotator.example' };
    for (const res of [
      await dereference(annotationUrl(APP_URL, published[0].id), { headers: cross }),
      await dereference(containerOf(article), { headers: cross }),
      await dereference(annotationUrl(APP_URL, draftId), { headers: cross }),
    ]) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    }
    const preflight = await dereference(containerOf(article), { method: 'OPTIONS', headers: { ...cross, 'access-control-request-method': 'GET', 'access-control-request-headers': 'prefer' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Prefer');
  });
});

describe('HEAD and OPTIONS', () => {
  it.each([
    ['an annotation', () => annotationUrl(APP_URL, published[0].id)],
    ['the container', () => containerOf(article)],
    ['a page', () => `${containerOf(article)}?page=1`],
  ])('%s: HEAD has the status and headers of GET without a body; OPTIONS says what is allowed', async (_name, iri) => {
    const get = await dereference(iri());
    const head = await dereference(iri(), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Object.fromEntries(head.headers)).toEqual(Object.fromEntries(get.headers));
    const options = await dereference(iri(), { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('HEAD of what is not public is 404 too; OPTIONS reads nothing, so it answers alike for everything', async () => {
    expect((await dereference(annotationUrl(APP_URL, draftId), { method: 'HEAD' })).status).toBe(404);
    expect((await dereference(containerOf(unpublished), { method: 'HEAD' })).status).toBe(404);
    const known = await dereference(containerOf(article), { method: 'OPTIONS' });
    const unknown = await dereference(containerOf({ ...article, slug: 'no-such-article' }), { method: 'OPTIONS' });
    expect(Object.fromEntries(unknown.headers)).toEqual(Object.fromEntries(known.headers));
    expect(known.headers.get('link')).toContain(CONSTRAINED_BY_LINK);
    const claimOptions = await dereference(annotationUrl(APP_URL, 'no-such-claim'), { method: 'OPTIONS' });
    expect(claimOptions.status).toBe(204);
  });
});

describe('what is not on a page that is up now: one and the same 404, nothing told', () => {
  it('a draft, a claim approved after publishing, a claim of an unpublished, a taken-down or an emptied article, unknown ids', async () => {
    const ids: [string, string][] = [
      ['draft', draftId],
      ['approved after publishing', lateId],
      ['unpublished article', unpublished.claimId],
      ['taken-down article', withdrawn.claimId],
      ['deleted after publishing', emptied.claimId],
      ['unknown', 'no-such-claim'],
      ['NUL', '\u0000'],
      ['5,000 characters', 'x'.repeat(5_000)],
    ];
    const answers = [];
    for (const [name, id] of ids) {
      const res = await dereference(annotationUrl(APP_URL, id));
      const text = await res.text();
      answers.push({ name, status: res.status, text, headers: [...res.headers.keys()].sort() });
      for (const secret of [id, 'Never approved', article.slug, withdrawn.slug]) if (secret.length > 1) expect([name, text.includes(secret)]).toEqual([name, false]);
    }
    expect(new Set(answers.map(({ status, text, headers }) => JSON.stringify({ status, text, headers }))).size).toBe(1);
    expect(answers[0].status).toBe(404);
    expect(JSON.parse(answers[0].text)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(answers[0].headers).not.toContain('etag');
  });

  it('the container of an unpublished, a taken-down and an unknown article, and their pages', async () => {
    const answers = [];
    for (const slug of [unpublished.slug, withdrawn.slug, 'no-such-article', '\u0000']) {
      for (const query of ['', '?page=0', '?iris=1']) {
        const res = await dereference(`${APP_URL}/fact-checks/${encodeURIComponent(slug)}/annotations/${query}`);
        answers.push({ status: res.status, text: await res.text() });
      }
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0].status).toBe(404);
    expect(JSON.parse(answers[0].text).error.code).toBe('NOT_FOUND');
  });
});

describe('publishing again', () => {
  it('puts a claim approved since then on the page: its id answers, the container counts it, and its ETag changes', async () => {
    const iri = containerOf(article);
    const before = await dereference(iri);
    await publish(article);
    const after = await dereference(iri);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const collection = await after.json();
    expect(collection.total).toBe(6);
    expect(collection.last).toBe(`${iri}?page=2`);
    const items = (await walkPages(collection)).flatMap((page) => page.items);
    expect(items.map((item) => item.id)).toContain(annotationUrl(APP_URL, lateId));
    const late = await fetchJsonLd(annotationUrl(APP_URL, lateId));
    expectWebAnnotationMusts(late, musts(article));
    expect((await dereference(`${iri}?page=2`, { headers: { 'if-none-match': before.headers.get('etag')! } })).status).toBe(200);
  });
});
