// The ClaimReview markup of the public fact-check page, read as JSON-LD the
// way search engines and fact-check aggregators read it (issue 15). Each
// script block the page embeds (factCheckJsonLd: the page's own function) is
// JSON-parsed, then expanded by jsonld.js against a copy of schema.org's
// context that the tests ship, with no network: the document loader serves that
// copy for schema.org's context URLs and refuses every other URL.
//
// The context copy, tests/fixtures/schemaorg-context.jsonld, is an excerpt of
// schema.org's own context as released: data/releases/30.0/schemaorgcontext.jsonld
// in the schemaorg/schemaorg repository (commit 420231f6bfac8372fc564abb121fae57ccb36a0c),
// its header (keywords, "@vocab": "http://schema.org/", every prefix) and, of
// its term definitions, those of the terms below, each copied as published
// (url, sameAs and image are "@type": "@id"; datePublished is "@type": "Date").
// tests/fixtures/README.md says the same. schema.org's context maps its terms
// to http://schema.org/ IRIs, so the expanded form below is in those.
//
// What Google's fact-check documentation (Search Central, "Fact check
// (ClaimReview) structured data") lists, checked in the expanded form:
//   ClaimReview  required:    claimReviewed, reviewRating, url
//                recommended: author (an Organization or Person with name and url),
//                             datePublished, itemReviewed
//   Claim        recommended: appearance (or firstAppearance: one of the two is enough),
//                             author, datePublished
//   Rating       required:    alternateName
//                recommended: bestRating, name, ratingValue, worstRating (the numbers
//                             only where the verdict scale defines them: claimreview-export.ts)
// Beyond Google's list: url is this page with the claim's own anchor, the
// claimant is the Claim's author with sameAs when known, the appearance
// carries its author, and expansion loses nothing (every key is a term the
// context defines, and as many properties come out as went in).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expand, type ContextDefinition, type JsonLdDocument, type Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { POST as createArticleRoute } from '@/app/api/articles/route';
import { POST as publishRoute } from '@/app/api/articles/[id]/publication/route';
import { formatDate } from '@/lib/domain/export/html-escape';
import { factCheckJsonLd } from '@/lib/domain/publication/fact-check-json-ld';
import { claimReviewUrl, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { getFactCheck, type FactCheckPage } from '@/lib/server/publication/get-fact-check';
import { addSourceAs, createClaimAs, getClaimAs, patchClaimAs, QUOTES, reviewAs, sendOk, submitAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

const CONTEXT_FILE = path.join(__dirname, '..', 'fixtures', 'schemaorg-context.jsonld');
const SCHEMA_ORG_CONTEXT = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': ContextDefinition };
/** The URLs a document may name schema.org's context by; the loader serves the shipped copy for these alone. */
const CONTEXT_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

/** Every URL jsonld.js asked the loader for, served or refused. */
const requested: string[] = [];
async function documentLoader(url: string): Promise<RemoteDocument> {
  requested.push(url);
  if (!CONTEXT_URLS.has(url)) throw new Error(`no network in this test: refused to load ${url}`);
  return { documentUrl: url, document: SCHEMA_ORG_CONTEXT };
}

/** jsonld.js expansion with the shipped context and its safe mode (fails on anything it would drop). */
async function expandJsonLd(document: object): Promise<Node[]> {
  const options: Options.Expand & { safe: boolean } = { documentLoader, safe: true };
  return (await expand(document as JsonLdDocument, options)) as Node[];
}

const S = 'http://schema.org/';
type Node = Record<string, unknown>;

const ENV = {
  APP_URL: 'https://desk.example',
  ORGANIZATION_NAME: 'Desk Example Fact Check',
  ORGANIZATION_URL: 'https://desk.example/about',
};
const ARTICLE = {
  title: "Joint U.S.-Iraq raid kills 'multiple ISIS operatives' and wounds two U.S. service members",
  outlet: 'CNN',
  byline: 'By Haley Britzky',
  url: 'https://edition.cnn.com/2024/08/30/middleeast/us-iraq-raid-isis-intl/index.html',
  publishedAt: '2024-08-30',
};
const RYDER = { name: 'Patrick Ryder', type: 'Person', url: 'https://www.defense.gov/About/Biographies/Biography/Article/2998564/' } as const;
const JOC = { name: 'Iraqi Joint Operations Command', type: 'Organization' } as const;
const BRIEFING = { url: 'https://www.defense.gov/News/Transcripts/', date: '2024-10-30' };
const HOSTILE = 'About 40,000 </script><script>alert(1)</script> troops & <b>more</b> > fewer';

// ---- reading the expanded form -------------------------------------------------

function valuesOf(node: Node, term: string): unknown[] {
  const value = node[S + term];
  return value === undefined ? [] : (value as unknown[]);
}

function only(node: Node, term: string): Node {
  const values = valuesOf(node, term);
  expect({ term, count: values.length }).toEqual({ term, count: 1 });
  return values[0] as Node;
}

/** A plain string literal (no datatype, no language), not empty. */
function text(node: Node, term: string): string {
  const value = only(node, term);
  expect(Object.keys(value).sort()).toEqual(['@value']);
  expect(typeof value['@value']).toBe('string');
  expect((value['@value'] as string).trim()).not.toBe('');
  return value['@value'] as string;
}

/** An IRI (the context types url and sameAs as "@id", so they expand to node references). */
function iri(node: Node, term: string): string {
  const value = only(node, term);
  expect(Object.keys(value)).toEqual(['@id']);
  expect(value['@id']).toMatch(/^https?:\/\//);
  return value['@id'] as string;
}

/** A schema.org Date (the context types datePublished "Date"): YYYY-MM-DD. */
function date(node: Node, term: string): string {
  const value = only(node, term);
  expect(value).toEqual({ '@type': `${S}Date`, '@value': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  return value['@value'] as string;
}

function numberOf(node: Node, term: string): number {
  const value = only(node, term);
  expect(Object.keys(value)).toEqual(['@value']);
  expect(typeof value['@value']).toBe('number');
  return value['@value'] as number;
}

function typeOf(node: Node): string[] {
  return (node['@type'] as string[] | undefined) ?? [];
}

/** Keys that name a property (and @type) in node objects, all the way down; value objects and node references carry none. */
function propertyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + propertyCount(item), 0);
  if (!value || typeof value !== 'object' || '@value' in value) return 0;
  return Object.entries(value).reduce((n, [key, inner]) => n + (key === '@type' || !key.startsWith('@') ? 1 : 0) + propertyCount(inner), 0);
}

/** Keys and @type values that the shipped context does not define as terms (schema.org's @vocab would still turn them into IRIs). */
function undefinedTerms(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(undefinedTerms);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const own = key.startsWith('@') ? [] : [key];
    const types = key === '@type' ? [inner].flat().map(String) : [];
    return [...own, ...types].filter((term) => !Object.hasOwn(SCHEMA_ORG_CONTEXT['@context'], term)).concat(key === '@context' ? [] : undefinedTerms(inner));
  });
}

// ---- the world -----------------------------------------------------------------

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef & { slug: string };
const saved: Record<string, string | undefined> = {};
beforeAll(async () => {
  for (const [key, value] of Object.entries(ENV)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  world = await seedWorld();
  const text = world.revision.text;
  const created = await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body: { ...ARTICLE, text } });
  article = { id: created.article.id, text, slug: created.article.slug };
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A claim through the API as a client makes one: drafted with a verdict and a source, its claimant (and appearance) set, submitted, approved by a second person. */
async function approved(quote: string, fields: { verdict: string; statement?: string; claimant: object | null; appearance?: object }) {
  const { verdict, statement, claimant, appearance } = fields;
  const draft = await createClaimAs(world.editor, article, quote, { verdict, rationale: 'The Joint Operations Command said so.', ...(statement ? { statement } : {}) });
  await addSourceAs(world.editor, draft.id, { url: 'https://www.centcom.mil/MEDIA/STATEMENTS/', title: 'CENTCOM statements' });
  // The claimant always explicitly: null is "nobody", whatever the claim finder suggested from the sentence.
  const { version } = await getClaimAs(world.editor, draft.id);
  await patchClaimAs(world.editor, draft.id, { version, claimant, ...(appearance ? { appearance } : {}) });
  await submitAs(world.editor, draft.id);
  return (await reviewAs(world.reviewer, draft.id, { decision: 'approve' })).claim as { id: string; statement: string };
}

describe('ClaimReview JSON-LD on the public fact-check page', () => {
  let troops: { id: string; statement: string }; // a person as claimant (with a URL), a numeric verdict, the article as appearance
  let nine: { id: string; statement: string }; // no claimant, a verdict with no number, its own appearance
  let wounded: { id: string; statement: string }; // an organisation as claimant (no URL), a statement that tries to leave the script block
  let publication: { url: string; claims: { claimId: string; url: string }[] };
  let page: FactCheckPage;
  let scripts: string[];
  const byClaim = new Map<string, { raw: string; parsed: Node; expanded: Node[] }>();

  beforeAll(async () => {
    troops = await approved(QUOTES.troops, { verdict: 'false', claimant: RYDER });
    nine = await approved(QUOTES.nine, { verdict: 'misleading', claimant: null, appearance: BRIEFING });
    wounded = await approved(QUOTES.wounded, { verdict: 'mostly-true', statement: HOSTILE, claimant: JOC });
    await createClaimAs(world.editor, article, QUOTES.hamrin, { verdict: 'false', statement: 'never approved' });

    publication = (await sendOk(200, publishRoute, 'POST', `/api/articles/${article.id}/publication`, { as: world.reviewer }, { id: article.id })).publication;
    page = await getFactCheck({ slug: article.slug });
    scripts = factCheckJsonLd(page);
    for (const raw of scripts) {
      const parsed = JSON.parse(raw) as Node;
      const id = decodeURIComponent(String(parsed.url).split('#claim-')[1] ?? '');
      byClaim.set(id, { raw, parsed, expanded: await expandJsonLd(parsed) });
    }
  });

  const review = (claim: { id: string }) => {
    const entry = byClaim.get(claim.id);
    if (!entry) throw new Error(`no ClaimReview for claim ${claim.id}`);
    expect(entry.expanded).toHaveLength(1);
    return entry.expanded[0];
  };

  it('has one block per approved claim with a verdict, and none for the draft', () => {
    expect(scripts).toHaveLength(3);
    expect([...byClaim.keys()].sort()).toEqual([troops.id, nine.id, wounded.id].sort());
    // The claims the publication answered, no more and no fewer.
    expect(publication.claims.map((c) => c.claimId).sort()).toEqual([...byClaim.keys()].sort());
  });

  it('expands against the shipped schema.org context: every key a defined term, nothing dropped', () => {
    for (const { parsed, expanded } of byClaim.values()) {
      expect(parsed['@context']).toBe('https://schema.org');
      expect(undefinedTerms(parsed)).toEqual([]);
      expect(propertyCount(expanded)).toBe(propertyCount(parsed));
      // Every property and type came out as a schema.org IRI.
      const keys = JSON.stringify(expanded)
        .match(/"[^"]+":/g)!
        .map((k) => k.slice(1, -2));
      expect(keys.filter((k) => !k.startsWith('@') && !k.startsWith(S))).toEqual([]);
    }
    // The context came from the shipped copy, asked for by the URL the markup names.
    expect(requested).toContain('https://schema.org');
  });

  it('the term checks bite: a misspelt property is not a term, and the loader fetches nothing but schema.org', async () => {
    const { parsed } = byClaim.get(troops.id)!;
    const { claimReviewed, ...rest } = parsed;
    expect(undefinedTerms({ ...rest, claimreviewed: claimReviewed })).toEqual(['claimreviewed']);
    await expect(expandJsonLd({ '@context': 'https://example.com/context.jsonld', name: 'x' })).rejects.toMatchObject({ details: { code: 'loading remote context failed' } });
    expect(requested).toContain('https://example.com/context.jsonld');
  });

  it('ClaimReview: the required claimReviewed, reviewRating and url', () => {
    for (const claim of [troops, nine, wounded]) {
      const node = review(claim);
      expect(typeOf(node)).toEqual([`${S}ClaimReview`]);
      expect(text(node, 'claimReviewed')).toBe(claim.statement);
      expect(typeOf(only(node, 'reviewRating'))).toEqual([`${S}Rating`]);
      // This page, with the claim's own anchor: the URL the publication answered for it.
      const url = iri(node, 'url');
      expect(url).toBe(`${factCheckUrl(ENV.APP_URL, article.slug)}#claim-${claim.id}`);
      expect(url).toBe(claimReviewUrl(page.site.appUrl, article.slug, claim.id));
      expect(publication.claims.find((c) => c.claimId === claim.id)?.url).toBe(url);
      expect(url.startsWith(`${publication.url}#`)).toBe(true);
    }
  });

  it('ClaimReview: the recommended author (the desk, with name and url), datePublished and itemReviewed', () => {
    for (const claim of [troops, nine, wounded]) {
      const node = review(claim);
      const author = only(node, 'author');
      expect(typeOf(author)).toEqual([`${S}Organization`]);
      expect(text(author, 'name')).toBe(ENV.ORGANIZATION_NAME);
      expect(iri(author, 'url')).toBe(ENV.ORGANIZATION_URL);
      const approvedAt = page.model.claims.find((c) => c.id === claim.id)!.approval!.approvedAt;
      expect(date(node, 'datePublished')).toBe(formatDate(approvedAt));
      expect(typeOf(only(node, 'itemReviewed'))).toEqual([`${S}Claim`]);
    }
  });

  it('Rating: alternateName and name the verdict; ratingValue, bestRating, worstRating only on a numeric verdict', () => {
    const numeric = only(review(troops), 'reviewRating');
    expect(text(numeric, 'alternateName')).toBe('False');
    expect(text(numeric, 'name')).toBe('False');
    const [value, best, worst] = ['ratingValue', 'bestRating', 'worstRating'].map((term) => numberOf(numeric, term));
    expect({ value, best, worst }).toEqual({ value: 1, best: 5, worst: 1 });
    expect(best).toBeGreaterThan(worst);

    const mostlyTrue = only(review(wounded), 'reviewRating');
    expect(text(mostlyTrue, 'alternateName')).toBe('Mostly true');
    expect(['ratingValue', 'bestRating', 'worstRating'].map((term) => numberOf(mostlyTrue, term))).toEqual([4, 5, 1]);

    // "Misleading" has no place on the numeric scale: a label, no numbers.
    const label = only(review(nine), 'reviewRating');
    expect(text(label, 'alternateName')).toBe('Misleading');
    expect(text(label, 'name')).toBe('Misleading');
    for (const term of ['ratingValue', 'bestRating', 'worstRating']) expect(valuesOf(label, term)).toEqual([]);
  });

  it('Claim: the claimant as author (sameAs when known), the date it was made, where it appeared and who wrote that', () => {
    // A person with a URL, on the reviewed article (the default appearance).
    const madeByRyder = only(review(troops), 'itemReviewed');
    const ryder = only(madeByRyder, 'author');
    expect(typeOf(ryder)).toEqual([`${S}Person`]);
    expect(text(ryder, 'name')).toBe(RYDER.name);
    expect(iri(ryder, 'sameAs')).toBe(RYDER.url);
    expect(date(madeByRyder, 'datePublished')).toBe(ARTICLE.publishedAt);
    const onArticle = only(madeByRyder, 'appearance');
    expect(typeOf(onArticle)).toEqual([`${S}CreativeWork`]);
    expect(iri(onArticle, 'url')).toBe(ARTICLE.url);
    expect(text(onArticle, 'headline')).toBe(ARTICLE.title);
    expect(date(onArticle, 'datePublished')).toBe(ARTICLE.publishedAt);
    // The article's byline and outlet wrote the appearance; neither made the claim.
    const writers = valuesOf(onArticle, 'author') as Node[];
    expect(writers.map((w) => [typeOf(w), text(w, 'name')])).toEqual([
      [[`${S}Person`], 'Haley Britzky'],
      [[`${S}Organization`], ARTICLE.outlet],
    ]);

    // An organisation without a URL: no sameAs, nothing invented.
    const madeByJoc = only(review(wounded), 'itemReviewed');
    const joc = only(madeByJoc, 'author');
    expect(typeOf(joc)).toEqual([`${S}Organization`]);
    expect(text(joc, 'name')).toBe(JOC.name);
    expect(valuesOf(joc, 'sameAs')).toEqual([]);
    expect(iri(only(madeByJoc, 'appearance'), 'url')).toBe(ARTICLE.url);

    // No claimant: no author rather than the article's byline; its own appearance and date.
    const unattributed = only(review(nine), 'itemReviewed');
    expect(valuesOf(unattributed, 'author')).toEqual([]);
    expect(date(unattributed, 'datePublished')).toBe(BRIEFING.date);
    const briefing = only(unattributed, 'appearance');
    expect(typeOf(briefing)).toEqual([`${S}CreativeWork`]);
    expect(iri(briefing, 'url')).toBe(BRIEFING.url);
  });

  it('a statement holding </script>, & < > stays inside its block and parses back unchanged', () => {
    const { raw, parsed } = byClaim.get(wounded.id)!;
    expect(raw).not.toMatch(/[<>&]/);
    expect(raw).toContain('\\u003c/script\\u003e');
    expect(parsed.claimReviewed).toBe(HOSTILE);
    expect(text(review(wounded), 'claimReviewed')).toBe(HOSTILE);
    for (const script of scripts) expect(script).not.toMatch(/[<>&]/);
  });
});
