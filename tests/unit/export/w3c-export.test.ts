import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderW3cExport } from '@/lib/domain/export/w3c-export';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const CONTEXT = { organization: { name: 'Desk', url: null }, appUrl: 'https://workbench.example' };
const collectionOf = (claims: InputClaim[], scope: 'published' | 'all' = 'published') =>
  JSON.parse(JSON.stringify(renderW3cExport(buildReportModel(reportInput(claims, { scope })), CONTEXT))) as Record<string, any>;
const isAbsolute = (iri: string) => /^https?:\/\/[^/]+\//.test(iri);

describe('renderW3cExport', () => {
  it('is an AnnotationCollection with one page of the claims in scope', () => {
    const claims = [claimOn(NINE_KILLED), claimOn('wounded two U.S. service members', { status: 'DRAFT' })];
    const published = collectionOf(claims);
    expect(published).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://workbench.example/api/articles/article-1/export?format=w3c&scope=published',
      type: 'AnnotationCollection',
      label: 'Fact-check: U.S.-Iraq raid kills ISIS operatives',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(published.first.items).toHaveLength(1);
    expect(isAbsolute(published.first.id)).toBe(true);
    const all = collectionOf(claims, 'all');
    expect(all.total).toBe(2);
    expect(all.id).toMatch(/scope=all$/);
  });

  it('makes each claim an assessing annotation with absolute IRIs, bodies and both selectors', () => {
    const claim = claimOn(NINE_KILLED);
    const [item] = collectionOf([claim]).first.items;
    expect(item).toMatchObject({
      id: `https://workbench.example/api/claims/${claim.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      creator: { id: 'https://workbench.example/users/u-editor', type: 'Person', name: 'Edna Editor' },
      created: claim.createdAt,
      modified: claim.updatedAt,
    });
    expect(item.body).toEqual([
      { type: 'TextualBody', value: 'False', format: 'text/plain', purpose: 'assessing' },
      { type: 'TextualBody', value: claim.rationale, format: 'text/plain', purpose: 'describing' },
      { type: 'TextualBody', value: claim.statement, format: 'text/plain', purpose: 'commenting' },
      { type: 'SpecificResource', source: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/', purpose: 'linking' },
    ]);
    const { exact, prefix, suffix, start, end } = claim.selector;
    expect(item.target).toEqual({
      source: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
      state: { id: 'https://workbench.example/api/articles/article-1/revisions/2' },
    });
    for (const iri of [item.id, item.creator.id, item.target.source, item.target.state.id]) expect(isAbsolute(iri)).toBe(true);
  });

  it('leaves out an empty rationale and sources that are not http(s)', () => {
    const claim = claimOn(NINE_KILLED, {
      rationale: '',
      sources: [{ id: 's', url: 'javascript:alert(1)', title: null, publisher: null, quote: null, accessedAt: null, archivedUrl: null }],
    });
    const [item] = collectionOf([claim]).first.items;
    expect(item.body.map((b: { purpose: string }) => b.purpose)).toEqual(['assessing', 'commenting']);
  });
});
