// ClaimReview to Google's fact-check documentation (issue 15). Before: `url`
// was the reviewed outlet's article with #claim-<number> (not the desk's page,
// and the number moved when another claim was approved), and
// itemReviewed.author was the article's byline, not who made the claim.
import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderClaimReviewExport } from '@/lib/domain/export/claimreview-export';
import type { ExportContext } from '@/lib/domain/export/export-context';
import { NINE_KILLED } from '../fixture-article';
import { claimOn, reportInput, type InputClaim } from './report-fixtures';

const CONTEXT: ExportContext = { organization: { name: 'Fact-check desk', url: 'https://desk.example/' }, appUrl: 'https://workbench.example' };
type Review = Record<string, any>;
const reviews = (claims: InputClaim[], input: Parameters<typeof reportInput>[1] = {}, context = CONTEXT) =>
  JSON.parse(JSON.stringify(renderClaimReviewExport(buildReportModel(reportInput(claims, input)), context))) as Review[];
const JOC = { name: 'Iraqi Joint Operations Command', type: 'Organization' as const, url: 'https://www.wikidata.org/wiki/Q-JOC' };

describe('renderClaimReviewExport', () => {
  it('describes an approved claim with every field Google requires and recommends', () => {
    const claim = claimOn(NINE_KILLED, { statement: 'Nine ISIS members died in the raid.', claimant: JOC });
    expect(reviews([claim])).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `https://workbench.example/fact-checks/us-iraq-raid#claim-${claim.id}`,
        claimReviewed: 'Nine ISIS members died in the raid.',
        datePublished: '2024-10-31',
        author: { '@type': 'Organization', name: 'Fact-check desk', url: 'https://desk.example/' },
        reviewRating: { '@type': 'Rating', alternateName: 'False', name: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: 'Iraqi Joint Operations Command', sameAs: 'https://www.wikidata.org/wiki/Q-JOC' },
          datePublished: '2024-10-30',
          appearance: {
            '@type': 'CreativeWork',
            url: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid',
            headline: 'U.S.-Iraq raid kills ISIS operatives',
            author: [
              { '@type': 'Person', name: 'Haley Britzky' },
              { '@type': 'Organization', name: 'CNN' },
            ],
            datePublished: '2024-10-30',
          },
        },
      },
    ]);
  });

  it("never names the article's byline as the claim's author", () => {
    const [review] = reviews([claimOn(NINE_KILLED)]);
    expect(review.itemReviewed.author).toBeUndefined();
    expect(review.itemReviewed.appearance.author).toContainEqual({ '@type': 'Person', name: 'Haley Britzky' });
  });

  it('anchors each review to its claim, so approving another claim moves nothing', () => {
    const wounded = claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' });
    const nine = claimOn(NINE_KILLED);
    const before = reviews([wounded, nine], { scope: 'all' }).map((r) => r.url);
    const after = reviews([{ ...wounded, status: 'APPROVED' }, nine], { scope: 'all' }).map((r) => r.url);
    expect(before).toEqual([`https://workbench.example/fact-checks/us-iraq-raid#claim-${nine.id}`]);
    expect(after).toContain(before[0]);
    expect(after).toHaveLength(2);
  });

  it('includes approved claims only, whatever the scope', () => {
    const claims = () => [claimOn('wounded two U.S. service members', { status: 'IN_REVIEW' }), claimOn(NINE_KILLED)];
    for (const scope of ['published', 'all'] as const) expect(reviews(claims(), { scope })).toHaveLength(1);
  });

  it('rates verdicts without a number by name only', () => {
    const [review] = reviews([claimOn(NINE_KILLED, { verdict: { key: 'misleading', label: 'Misleading', color: '#a40e26' } })]);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading', name: 'Misleading' });
  });

  it("uses the claim's own appearance (a person's statement elsewhere) and its date", () => {
    const claimant = { name: 'Pat Ryder', type: 'Person' as const, url: null };
    const appearance = { url: 'https://www.defense.gov/News/Transcripts/briefing', date: '2024-10-29T00:00:00.000Z' };
    const [review] = reviews([claimOn(NINE_KILLED, { claimant, appearance })]);
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Pat Ryder' },
      datePublished: '2024-10-29',
      appearance: { '@type': 'CreativeWork', url: 'https://www.defense.gov/News/Transcripts/briefing' },
    });
  });

  it('leaves unknown article facts out', () => {
    const article = { id: 'a 1', slug: 's', title: 'T', outlet: null, url: null, byline: null, publishedAt: null };
    const [review] = reviews([claimOn(NINE_KILLED, { statement: '  ' })], { article }, { ...CONTEXT, organization: { name: 'Desk', url: null } });
    expect(review.url).toMatch(/^https:\/\/workbench\.example\/fact-checks\/s#claim-/);
    expect(review.claimReviewed).toBe(NINE_KILLED);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    expect(review.itemReviewed).toEqual({ '@type': 'Claim' });
  });
});
