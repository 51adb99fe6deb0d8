// Every export format over the real route, read back the way its consumer
// would, and the promise that a published export never leaks unapproved work.
import { parse } from 'csv-parse/sync';
import { GET } from '@/app/api/articles/[id]/export/route';
import { addSourceAs, approvedClaim, createClaimAs, QUOTES, reviewAs, send, submitAs, submittedClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';
import { expectWebAnnotationMusts } from '../helpers/web-annotation-musts';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
const ids: Record<string, string> = {};
// Distinctive strings that only unpublished work carries; letters and digits
// only, so no format's escaping can disguise them.
const SECRETS = ['UnapprovedRationale7731', 'SentBackComment4410', 'EarlierRoundComment9902', 'DraftStatement5521'];

beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  ids.approved = (await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine, 'mostly-false')).id;
  // Sent back once with a comment, then approved: published, but the comment stays internal.
  const resubmitted = await submittedClaimAs(world.editor, article, QUOTES.troops, 'true');
  await reviewAs(world.reviewer, resubmitted.id, { decision: 'request_changes', comment: SECRETS[2] });
  await submitAs(world.editor, resubmitted.id);
  ids.resubmitted = (await reviewAs(world.reviewer, resubmitted.id, { decision: 'approve' })).claim.id;
  // Unapproved: sent back with a comment, its rationale a marker.
  const rejected = await createClaimAs(world.editor, article, QUOTES.hamrin, { verdict: 'false', rationale: SECRETS[0], statement: SECRETS[3] });
  await addSourceAs(world.editor, rejected.id);
  await submitAs(world.editor, rejected.id);
  ids.rejected = (await reviewAs(world.reviewer, rejected.id, { decision: 'request_changes', comment: SECRETS[1] })).claim.id;
});

const fetchExport = (query: string, as: typeof world.editor | null = world.editor) => send(GET, 'GET', `/api/articles/${article.id}/export?${query}`, { as: as ?? undefined }, { id: article.id });

const FORMATS = [
  ['html', 'text/html; charset=utf-8', 'html'],
  ['md', 'text/markdown; charset=utf-8', 'md'],
  ['csv', 'text/csv; charset=utf-8', 'csv'],
  ['csv-excel', 'text/csv; charset=utf-8', 'excel.csv'],
  ['json', 'application/json; charset=utf-8', 'json'],
  ['claimreview', 'application/ld+json; charset=utf-8', 'claimreview.jsonld'],
  ['w3c', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', 'jsonld'],
] as const;

describe.each(FORMATS)('GET /api/articles/:id/export?format=%s', (format, contentType, extension) => {
  // The HTML report is read in the browser's tab; every other format is saved.
  const disposition = format === 'html' ? 'inline' : 'attachment';

  it('answers 200 with the exact content type and a file name that says the scope', async () => {
    const res = await fetchExport(`format=${format}&scope=all`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
    expect(res.headers.get('content-disposition')).toBe(`${disposition}; filename="cnn-us-iraq-raid.draft.${extension}"`);
    const published = await fetchExport(`format=${format}&scope=published`);
    expect(published.headers.get('content-disposition')).toBe(`${disposition}; filename="cnn-us-iraq-raid.published.${extension}"`);
    // The default scope is the published one, and so is its name.
    expect((await fetchExport(`format=${format}`)).headers.get('content-disposition')).toBe(`${disposition}; filename="cnn-us-iraq-raid.published.${extension}"`);
    // The draft export does hold the markers, so their absence below means something.
    const body = await res.text();
    if (format !== 'claimreview') expect(body).toContain(SECRETS[0]);
  });

  it('disposition=attachment or inline asks for the other (a download link, a file to view)', async () => {
    for (const [asked, scope, name] of [
      ['attachment', 'published', 'published'],
      ['inline', 'all', 'draft'],
    ] as const) {
      const res = await fetchExport(`format=${format}&scope=${scope}&disposition=${asked}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`${asked}; filename="cnn-us-iraq-raid.${name}.${extension}"`);
    }
  });

  it('published scope (the default) carries no unapproved claim, rationale or review comment', async () => {
    const body = await (await fetchExport(`format=${format}`)).text();
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(body).not.toContain(ids.rejected);
  });
});

describe('the exports read back', () => {
  it('Markdown: text, verdict table and one footnote per published claim', async () => {
    const md = await (await fetchExport('format=md')).text();
    expect(md).toContain('**Published report: approved verdicts only**');
    expect(md).toContain('| Mostly false | 1 |');
    expect([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1])).toEqual(['1', '2']);
    expect(md).toContain(`**${QUOTES.nine}**[^1]`);
  });

  it('CSV: one row per claim in scope, parsed by csv-parse', async () => {
    const rows = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;
    const published = rows(await (await fetchExport('format=csv')).text());
    expect(published.map((r) => r.claim_id).sort()).toEqual([ids.approved, ids.resubmitted].sort());
    const all = rows(await (await fetchExport('format=csv&scope=all')).text());
    expect(all).toHaveLength(3);
    expect(all.find((r) => r.claim_id === ids.rejected)).toMatchObject({ status: 'CHANGES_REQUESTED', approved: 'false', rationale: SECRETS[0], reviewer: '' });
    expect(all.find((r) => r.claim_id === ids.approved)).toMatchObject({ verdict: 'Mostly false', verdict_rating: '2', reviewer: world.reviewer.name, revision: '1' });
  });

  it('CSV for Excel: the same rows after a UTF-8 byte-order mark; plain CSV has none', async () => {
    const bytes = async (query: string) => Buffer.from(await (await fetchExport(query)).arrayBuffer());
    const excel = await bytes('format=csv-excel&scope=all');
    const plain = await bytes('format=csv&scope=all');
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain[0]).not.toBe(0xef);
    expect(excel.subarray(3).equals(plain)).toBe(true);
  });

  it('ClaimReview: approved claims only even for scope=all, required fields present', async () => {
    const reviews = await (await fetchExport('format=claimreview&scope=all')).json();
    expect(reviews).toHaveLength(2);
    for (const review of reviews) {
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Organization' }, reviewRating: { '@type': 'Rating' } });
      // The desk's own public page, anchored by the claim's id (issue 15), not the outlet's article.
      expect(review.url).toMatch(/^https?:\/\/[^/]+\/fact-checks\/[a-z0-9-]+#claim-[a-z0-9]+$/);
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.reviewRating.alternateName).toEqual(expect.any(String));
    }
  });

  it("W3C: an AnnotationCollection whose selectors equal the claims'", async () => {
    const collection = await (await fetchExport('format=w3c&scope=all')).json();
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(collection.id).toBe(`http://localhost:3000/api/articles/${article.id}/export?format=w3c&scope=all`);
    const item = collection.first.items.find((i: { id: string }) => i.id.endsWith(`/annotations/${ids.approved}`));
    const start = article.text.indexOf(QUOTES.nine);
    expect(item.motivation).toBe('assessing');
    expect(item.target.selector).toEqual([expect.objectContaining({ type: 'TextQuoteSelector', exact: QUOTES.nine }), { type: 'TextPositionSelector', start, end: start + QUOTES.nine.length }]);
    expect(item.id).toMatch(/^http:\/\/localhost:3000\//);
    expectWebAnnotationMusts(collection, { textOf: (iri) => (iri === item.target.source.id ? article.text : undefined) });
    expect(collection.first.items.filter((i: Record<string, string>) => i['schema:creativeWorkStatus'] !== 'Approved').map((i: { id: string }) => i.id)).toEqual([
      expect.stringMatching(new RegExp(`/annotations/${ids.rejected}$`)),
    ]);
  });

  it('JSON: a draft export keeps review comments for re-import; a published one drops them', async () => {
    const all = await (await fetchExport('format=json&scope=all')).json();
    const rejected = all.claims.find((c: { id: string }) => c.id === ids.rejected);
    expect(rejected.reviews).toEqual([expect.objectContaining({ decision: 'REQUEST_CHANGES', comment: SECRETS[1] })]);
    const published = await (await fetchExport('format=json')).json();
    const resubmitted = published.claims.find((c: { id: string }) => c.id === ids.resubmitted);
    expect(resubmitted.reviews.map((r: { comment: unknown }) => r.comment)).toEqual([null, null]);
  });
});

describe('export errors', () => {
  it('answers 422 for an unknown format or disposition and 401 without a session', async () => {
    const unknown = await fetchExport('format=docx');
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.details).toHaveProperty(['format']);
    const disposition = await fetchExport('format=html&disposition=download');
    expect(disposition.status).toBe(422);
    expect((await disposition.json()).error.details).toHaveProperty(['disposition']);
    for (const [format] of FORMATS) expect((await fetchExport(`format=${format}`, null)).status).toBe(401);
  });
});
