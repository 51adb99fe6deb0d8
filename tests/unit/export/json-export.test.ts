import { buildReportModel } from '@/lib/domain/export/report-model';
import { JSON_EXPORT_FORMAT, renderJsonExport } from '@/lib/domain/export/json-export';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { ARTICLE_TEXT, NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput } from './report-fixtures';

type Exported = {
  format: string;
  generatedAt: string;
  scope: string;
  article: Record<string, unknown>;
  revision: { text: string; number: number };
  verdictScale: unknown[];
  claims: Array<Record<string, unknown> & { number: number; approved: boolean; status: string }>;
};

const exportOf = (scope: 'published' | 'all') => {
  const claims = [claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' }), claimOn(NINE_KILLED)];
  // A JSON round trip proves the export is plain data and is what a client would see.
  return JSON.parse(JSON.stringify(renderJsonExport(buildReportModel(reportInput(claims, { scope }))))) as Exported;
};

describe('renderJsonExport', () => {
  it('is versioned and carries the scope, article, revision text and verdict scale', () => {
    const json = exportOf('published');
    expect(json.format).toBe('factcheck-workbench/1');
    expect(JSON_EXPORT_FORMAT).toBe(json.format);
    expect(json.scope).toBe('published');
    expect(json.generatedAt).toBe('2024-11-01T12:34:56.000Z');
    expect(json.article).toMatchObject({ id: 'article-1', slug: 'us-iraq-raid', outlet: 'CNN' });
    expect(json.revision).toMatchObject({ id: 'rev-1', number: 2, text: ARTICLE_TEXT });
    expect(json.verdictScale).toEqual(DEFAULT_VERDICT_SCALE);
  });

  it('published scope exports approved claims only', () => {
    const json = exportOf('published');
    expect(json.claims.map((c) => [c.number, c.status, c.approved])).toEqual([[1, 'APPROVED', true]]);
  });

  it('all scope exports every claim in reading order, flagged', () => {
    const json = exportOf('all');
    expect(json.scope).toBe('all');
    expect(json.claims.map((c) => [c.number, c.status, c.approved])).toEqual([
      [1, 'IN_REVIEW', false],
      [2, 'APPROVED', true],
    ]);
  });

  it('gives each claim the documented fields', () => {
    const [claim] = exportOf('published').claims;
    for (const key of [
      'number',
      'id',
      'selector',
      'anchorStatus',
      'statement',
      'verdict',
      'rationale',
      'claimant',
      'appearance',
      'status',
      'approved',
      'author',
      'sources',
      'reviews',
      'createdAt',
      'updatedAt',
    ]) {
      expect(claim).toHaveProperty(key);
    }
    expect(claim.selector).toMatchObject({ exact: NINE_KILLED });
    expect(claim.verdict).toEqual(DEFAULT_VERDICT_SCALE.find((o) => o.key === 'false'));
    expect(claim.author).toEqual({ id: 'u-editor', name: 'Edna Editor' });
    expect(claim.reviews).toEqual([{ reviewerName: 'Rita Reviewer', decision: 'APPROVE', comment: null, createdAt: '2024-10-31T10:00:00.000Z' }]);
    expect((claim.sources as unknown[])[0]).toMatchObject({ url: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/', title: 'CENTCOM press release' });
  });

  it('carries the claimant and the appearance, null when not set', () => {
    const claimant = { name: 'Patrick Ryder', type: 'Person' as const, url: 'https://www.defense.gov/' };
    const appearance = { url: null, date: '2024-10-30T00:00:00.000Z' };
    const json = JSON.parse(JSON.stringify(renderJsonExport(buildReportModel(reportInput([claimOn(NINE_KILLED, { claimant, appearance }), claimOn('wounded two U.S. service members')])))));
    expect(json.claims.map((c: Record<string, unknown>) => [c.claimant, c.appearance])).toEqual([
      [null, null],
      [claimant, appearance],
    ]);
  });

  it('returns fresh objects: changing the export does not change the model', () => {
    const model = buildReportModel(reportInput([claimOn(NINE_KILLED)]));
    const json = renderJsonExport(model) as Exported;
    (json.claims[0].selector as { exact: string }).exact = 'changed';
    expect(model.claims[0].selector.exact).toBe(NINE_KILLED);
  });
});
