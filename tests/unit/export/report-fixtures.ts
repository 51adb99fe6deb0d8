// Builders for export tests: claims on the sample article, shaped like the
// API's ClaimDto plus reviews, so the tests exercise what the route will pass.
import { buildSelector } from '@/lib/domain/anchoring/selector';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import type { ClaimLike, PublishedVersion, ReportInput, ReviewLike } from '@/lib/domain/export/report-model';
import { ARTICLE_TEXT, locate } from '../fixture-article';

export type InputClaim = ClaimLike & { reviews: ReviewLike[]; published: PublishedVersion | null };

/** The claim's current content as its last approval froze it (what a fresh approval records). */
export function publishedOf(claim: ClaimLike, approvedAt = '2024-10-31T10:00:00.000Z'): PublishedVersion {
  return {
    statement: claim.statement,
    verdict: claim.verdict,
    rationale: claim.rationale,
    claimant: claim.claimant ?? null,
    appearance: claim.appearance ?? null,
    selector: { ...claim.selector },
    sources: claim.sources.map((source) => ({ ...source })),
    approvedAt,
    approvedBy: { id: 'u-reviewer', name: 'Rita Reviewer' },
    claimVersion: claim.version,
  };
}

let counter = 0;

/** A claim on `text`; an APPROVED one is published as it stands unless `overrides.published` says otherwise. */
export function claimOn(exact: string, overrides: Partial<InputClaim> = {}, text = ARTICLE_TEXT): InputClaim {
  counter += 1;
  const { start, end } = locate(exact, text);
  const verdict = DEFAULT_VERDICT_SCALE.find((o) => o.key === 'false')!;
  const claim: Omit<InputClaim, 'published'> = {
    id: `claim-${counter}`,
    selector: buildSelector(text, start, end),
    anchorStatus: 'INTACT',
    statement: `Statement ${counter}`,
    verdict: { key: verdict.key, label: verdict.label, color: verdict.color },
    rationale: `Rationale ${counter}`,
    status: 'APPROVED',
    author: { id: 'u-editor', name: 'Edna Editor' },
    version: 3,
    sources: [
      {
        id: `source-${counter}`,
        url: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/',
        title: 'CENTCOM press release',
        publisher: 'U.S. Central Command',
        quote: 'Several ISIS operatives were killed',
        accessedAt: '2024-10-30T09:00:00.000Z',
        archivedUrl: 'https://web.archive.org/web/2024/https://www.centcom.mil/',
      },
    ],
    reviews: (overrides.status ?? 'APPROVED') === 'APPROVED' ? [{ reviewerName: 'Rita Reviewer', decision: 'APPROVE', comment: null, createdAt: '2024-10-31T10:00:00.000Z' }] : [],
    createdAt: `2024-10-30T10:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-10-31T10:00:00.000Z',
    ...overrides,
  };
  const published = 'published' in overrides ? (overrides.published ?? null) : claim.status === 'APPROVED' ? publishedOf(claim) : null;
  return { ...claim, published };
}

export function reportInput(claims: InputClaim[], overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    article: {
      id: 'article-1',
      slug: 'us-iraq-raid',
      title: 'U.S.-Iraq raid kills ISIS operatives',
      outlet: 'CNN',
      url: 'https://edition.cnn.com/2024/10/30/politics/us-iraq-raid',
      byline: 'Haley Britzky',
      publishedAt: '2024-10-30T00:00:00.000Z',
    },
    revision: { id: 'rev-1', number: 2, text: ARTICLE_TEXT, createdAt: '2024-10-30T08:00:00.000Z' },
    claims,
    verdicts: DEFAULT_VERDICT_SCALE,
    scope: 'published',
    generatedAt: '2024-11-01T12:34:56.000Z',
    ...overrides,
  };
}
