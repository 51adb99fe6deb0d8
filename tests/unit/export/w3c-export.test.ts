import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderW3cExport } from '@/lib/domain/export/w3c-export';
import { annotationUrl } from '@/lib/domain/publication/public-urls';
import { ARTICLE_TEXT, NINE_KILLED } from '../fixture-article';
import { expectWebAnnotationMusts, webAnnotationProblems } from '../../helpers/web-annotation-musts';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const CONTEXT = { organization: { name: 'Desk', url: null }, appUrl: 'https://workbench.example' };
const ARTICLE_URL = 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid';
type Input = Parameters<typeof reportInput>[1];
const collectionOf = (claims: InputClaim[], input: Input = {}) =>
  JSON.parse(JSON.stringify(renderW3cExport(buildReportModel(reportInput(claims, { scope: 'published', ...input })), CONTEXT))) as Record<string, any>;
const isAbsolute = (iri: string) => /^https?:\/\/[^/]+\//.test(iri);
const textOf = (text: string) => (iri: string) => (iri === ARTICLE_URL ? text : undefined);

describe('renderW3cExport: the collection', () => {
  it('is an AnnotationCollection with one page of the claims in scope, first and last', () => {
    const claims = [claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'DRAFT' })];
    const published = collectionOf(claims);
    const id = 'https://workbench.example/api/articles/article-1/export?format=w3c&scope=published';
    expect(published).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'AnnotationCollection',
      label: 'Fact-check: U.S.-Iraq raid kills ISIS operatives',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0, partOf: id },
    });
    expect(published.first.items).toHaveLength(1);
    expect(published.last).toBe(published.first.id);
    expect(isAbsolute(published.first.id)).toBe(true);
    const all = collectionOf(claims, { scope: 'all' });
    expect(all.total).toBe(2);
    expect(all.id).toMatch(/scope=all$/);
  });

  it('an empty collection has total 0 and no pages (a page holds one or more annotations)', () => {
    const empty = collectionOf([claimOn(NINE_KILLED, { status: 'DRAFT' })]);
    expect(empty).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://workbench.example/api/articles/article-1/export?format=w3c&scope=published',
      type: 'AnnotationCollection',
      label: 'Fact-check: U.S.-Iraq raid kills ISIS operatives',
      total: 0,
    });
    expectWebAnnotationMusts(empty);
  });

  it.each([
    ['one claim', () => [claimOn(NINE_KILLED)]],
    [
      'many claims, unapproved and orphaned ones included',
      () => [claimOn(NINE_KILLED), claimOn('ISIS members were killed'), claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' }), claimOn('the attack', { anchorStatus: 'ORPHANED' })],
    ],
  ])('meets every MUST of the Web Annotation model: %s', (_name, claims) => {
    for (const scope of ['published', 'all'] as const) expectWebAnnotationMusts(collectionOf(claims(), { scope }), { textOf: textOf(ARTICLE_TEXT) });
  });
});

describe('renderW3cExport: each annotation', () => {
  it('makes each claim an assessing annotation with absolute IRIs, bodies and both selectors', () => {
    const claim = claimOn(NINE_KILLED);
    const [item] = collectionOf([claim]).first.items;
    expect(item).toMatchObject({
      // The public IRI that dereferences (GET /annotations/:claimId), never the API's claim behind a login.
      id: `https://workbench.example/annotations/${claim.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: claim.createdAt,
      modified: claim.updatedAt,
    });
    expect(item.id).toBe(annotationUrl(CONTEXT.appUrl, claim.id));
    expect(item.body).toEqual([
      { type: 'TextualBody', value: 'False', format: 'text/plain', purpose: 'assessing' },
      { type: 'TextualBody', value: claim.rationale, format: 'text/plain', purpose: 'describing' },
      { type: 'TextualBody', value: claim.statement, format: 'text/plain', purpose: 'commenting' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/', 'dcterms:title': 'CENTCOM press release', 'dcterms:publisher': { name: 'U.S. Central Command' } },
      },
    ]);
    const { exact, prefix, suffix, start, end } = claim.selector;
    expect(item.target).toEqual({
      type: 'SpecificResource',
      source: { id: ARTICLE_URL },
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
      state: { id: 'https://workbench.example/api/articles/article-1/revisions/2' },
    });
    for (const iri of [item.id, item.target.source.id, item.target.state.id]) expect(isAbsolute(iri)).toBe(true);
  });

  it('names its creator without an IRI: there is no public page of a user to point at', () => {
    const [item] = collectionOf([claimOn(NINE_KILLED)]).first.items;
    expect(item.creator).toEqual({ type: 'Person', name: 'Edna Editor' });
  });

  it('leaves out an empty rationale, sources that are not http(s), and a source title or publisher not given', () => {
    const claim = claimOn(NINE_KILLED, {
      rationale: '',
      sources: [
        { id: 's', url: 'javascript:alert(1)', title: 'Evil', publisher: null, quote: null, accessedAt: null, archivedUrl: null },
        { id: 't', url: 'https://example.org/a', title: null, publisher: null, quote: null, accessedAt: null, archivedUrl: null },
      ],
    });
    const [item] = collectionOf([claim]).first.items;
    expect(item.body.map((b: { purpose: string }) => b.purpose)).toEqual(['assessing', 'commenting', 'linking']);
    expect(item.body[2].source).toEqual({ id: 'https://example.org/a' });
  });

  it('scope=all marks every annotation with its review status (schema:creativeWorkStatus); unapproved ones are not "Approved"', () => {
    const claims = [
      claimOn(NINE_KILLED),
      claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' }),
      claimOn('Hamrin Mountains', { status: 'DRAFT' }),
      claimOn('the attack', { status: 'CHANGES_REQUESTED' }),
    ];
    const statuses = Object.fromEntries(collectionOf(claims, { scope: 'all' }).first.items.map((item: Record<string, any>) => [item.target.selector[0].exact, item['schema:creativeWorkStatus']]));
    expect(statuses).toEqual({ [NINE_KILLED]: 'Approved', 'wounded two U.S. service members': 'In review', 'Hamrin Mountains': 'Draft', 'the attack': 'Changes requested' });
    for (const item of collectionOf([claimOn(NINE_KILLED)]).first.items) expect(item['schema:creativeWorkStatus']).toBe('Approved');
  });

  it("gives bodies and the target's source the article's language when it is known", () => {
    const article = { ...reportInput([]).article, language: 'en-GB' };
    const [item] = collectionOf([claimOn(NINE_KILLED)], { article }).first.items;
    expect(item.target.source).toEqual({ id: ARTICLE_URL, language: 'en-GB' });
    for (const body of item.body.filter((b: { type: string }) => b.type === 'TextualBody')) expect(body.language).toBe('en-GB');
    // A source's own language is not the article's: it is left unsaid.
    expect(item.body[3].source.language).toBeUndefined();
    const [unknown] = collectionOf([claimOn(NINE_KILLED)], { article: { ...article, language: 'not a tag!' } }).first.items;
    expect(JSON.stringify(unknown)).not.toContain('"language"');
  });
});

describe('renderW3cExport: offsets in code points', () => {
  // UTF-16 counts each emoji below as 2; the model counts code points, 1 each.
  const text = `${'🚀'.repeat(3)} Breaking 👍🏽: 🔥${'x'.repeat(31)}Nine ISIS 🧨 members were killed in the attack, officials said 😀.`;
  const quote = 'Nine ISIS 🧨 members were killed';

  it('TextPositionSelector start and end count code points: emoji before and inside the claim', () => {
    const claim = claimOn(quote, {}, text);
    const model = reportInput([claim], { revision: { id: 'r', number: 2, text, createdAt: '2024-10-30T08:00:00.000Z' } });
    const collection = JSON.parse(JSON.stringify(renderW3cExport(buildReportModel(model), CONTEXT)));
    const [quoteSelector, position] = collection.first.items[0].target.selector;
    const utf16Start = text.indexOf(quote);
    expect(claim.selector.start).toBe(utf16Start);
    expect(position.start).toBe([...text.slice(0, utf16Start)].length);
    expect(position.end - position.start).toBe([...quote].length);
    expect([...text].slice(position.start, position.end).join('')).toBe(quote);
    expect(position.start).toBeLessThan(utf16Start);
    // The 32-character prefix would start between the halves of the fire emoji; it starts after it instead.
    expect(quoteSelector.prefix).toBe('x'.repeat(31));
    expectWebAnnotationMusts(collection, { textOf: textOf(text) });
  });

  it('the MUST checks catch UTF-16 offsets and a cut surrogate pair', () => {
    const annotation = (selector: object[]) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://workbench.example/a/1',
      type: 'Annotation',
      target: { source: ARTICLE_URL, selector },
    });
    const utf16Start = text.indexOf(quote);
    const problems = webAnnotationProblems(
      annotation([
        { type: 'TextQuoteSelector', exact: quote, prefix: `\udd25${'x'.repeat(31)}` },
        { type: 'TextPositionSelector', start: utf16Start, end: utf16Start + quote.length },
      ]),
      { textOf: textOf(text) },
    );
    expect(problems).toEqual([expect.stringMatching(/MUST count code points/), expect.stringMatching(/prefix: MUST be whole code points/)]);
  });
});

describe('the Web Annotation MUST checks', () => {
  it('refuse what the model forbids', () => {
    expect(
      webAnnotationProblems({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://x.example/c',
        type: 'AnnotationCollection',
        total: 0,
        first: { id: 'https://x.example/p', type: 'AnnotationPage', items: [] },
      }),
    ).toEqual(['$.first: an empty Collection has no pages (each page MUST have 1 or more Annotations)', '$.first.items: an AnnotationPage MUST have exactly 1 items list with 1 or more Annotations']);
    expect(webAnnotationProblems({ '@context': ['http://www.w3.org/ns/anno.jsonld'], id: 'not an iri', type: 'Annotation', body: 'x', bodyValue: 'y' })).toEqual([
      '$.@context: a single @context value MUST be provided as a string',
      '$.id: an Annotation MUST have exactly 1 IRI that identifies it',
      '$.target: an Annotation MUST have 1 or more targets',
      '$: there MUST NOT be a bodyValue property if there is a body property',
      '$.body[0]: a resource given by reference MUST be an IRI',
    ]);
    expect(webAnnotationProblems({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/c', type: 'AnnotationCollection', total: 2 })).toEqual([
      '$.first: a Collection with Annotations MUST link to or embed its first AnnotationPage',
    ]);
  });
});
