import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderClaimReviewExport } from '@/lib/domain/export/claimreview-export';
import type { ExportContext } from '@/lib/domain/export/export-context';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const CONTEXT: ExportContext = { organization: { name: 'Fact-check desk', url: 'https://desk.example/' }, appUrl: 'https://workbench.example' };
type Review = Record<string, any>;
const reviews = (claims: InputClaim[], input: Parameters<typeof reportInput>[1] = {}, context = CONTEXT) =>
  JSON.parse(JSON.stringify(renderClaimReviewExport(buildReportModel(reportInput(claims, input)), context))) as Review[];

describe('renderClaimReviewExport', () => {
  it('describes an approved claim with every field Google requires', () => {
    const claim = claimOn(NINE_KILLED, { statement: 'Nine ISIS members died in the raid.' });
    expect(reviews([claim])).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid#claim-1',
        claimReviewed: 'Nine ISIS members died in the raid.',
        datePublished: '2024-10-31',
        author: { '@type': 'Organization', name: 'Fact-check desk', url: 'https://desk.example/' },
        reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
        itemReviewed: {
          '@type': 'Claim',
          appearance: { '@type': 'CreativeWork', url: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid', headline: 'U.S.-Iraq raid kills ISIS operatives' },
          author: { '@type': 'Person', name: 'Haley Britzky' },
          datePublished: '2024-10-30',
        },
      },
    ]);
  });

  it('includes approved claims only, whatever the scope', () => {
    const claims = () => [claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' }), claimOn(NINE_KILLED)];
    for (const scope of ['published', 'all'] as const) {
      expect(reviews(claims(), { scope }).map((r) => r.url)).toEqual([`https://edition.cnn.com/2024/10/30/politics/us-iraq-raid#claim-${scope === 'all' ? 2 : 1}`]);
    }
  });

  it('rates verdicts without a number by name only', () => {
    const [review] = reviews([claimOn(NINE_KILLED, { verdict: { key: 'misleading', label: 'Misleading', color: '#a40e26' } })]);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
  });

  it('falls back to the workbench URL and leaves unknown article facts out', () => {
    const article = { id: 'a 1', slug: 's', title: 'T', outlet: null, url: null, byline: null, publishedAt: null };
    const [review] = reviews([claimOn(NINE_KILLED, { statement: '  ' })], { article }, { ...CONTEXT, organization: { name: 'Desk', url: null } });
    expect(review.url).toBe('https://workbench.example/articles/a%201#claim-1');
    expect(review.claimReviewed).toBe(NINE_KILLED);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', appearance: { '@type': 'CreativeWork', headline: 'T' } });
  });

  it('replaces a fragment the article URL already has', () => {
    const article = { id: 'a', slug: 's', title: 'T', outlet: 'Outlet', url: 'https://news.example/story#top', byline: null, publishedAt: null };
    const [review] = reviews([claimOn(NINE_KILLED)], { article });
    expect(review.url).toBe('https://news.example/story#claim-1');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Outlet' });
  });
});
