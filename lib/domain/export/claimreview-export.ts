// schema.org ClaimReview JSON-LD, one object per APPROVED claim whatever the
// scope: search engines and fact-check aggregators must never see a verdict
// that has not been approved. Google's required fields (url, claimReviewed,
// author, reviewRating.alternateName) are always present; claims without a
// verdict are skipped since they have no rating to publish.
import { ratingBounds } from '../verdicts';
import { claimAnchorIri, originalArticleUrl, type ExportContext } from './export-context';
import { formatDate } from './html-escape';
import type { ReportClaim, ReportModel } from './report-types';

type JsonObject = Record<string, unknown>;

function organization(context: ExportContext): JsonObject {
  const url = context.organization.url;
  return { '@type': 'Organization', name: context.organization.name, ...(url ? { url } : {}) };
}

/** The byline names a person; without one the outlet stands as the claim's author. */
function claimAuthor(model: ReportModel): JsonObject | null {
  const byline = model.article.byline?.replace(/^\s*by\s+/i, '').trim();
  if (byline) return { '@type': 'Person', name: byline };
  if (model.article.outlet) return { '@type': 'Organization', name: model.article.outlet };
  return null;
}

function reviewRating(claim: ReportClaim, model: ReportModel): JsonObject {
  const verdict = claim.verdict!;
  const bounds = ratingBounds(model.verdictScale);
  if (verdict.ratingValue === null || !bounds) return { '@type': 'Rating', alternateName: verdict.label };
  return { '@type': 'Rating', alternateName: verdict.label, ratingValue: verdict.ratingValue, ...bounds };
}

function claimReview(claim: ReportClaim, model: ReportModel, context: ExportContext): JsonObject {
  const author = claimAuthor(model);
  const articleUrl = originalArticleUrl(model);
  const appearance: JsonObject = { '@type': 'CreativeWork', ...(articleUrl ? { url: articleUrl } : {}), headline: model.article.title };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimAnchorIri(model, context, claim.number),
    // An empty statement would leave nothing to review: the quoted words stand in.
    claimReviewed: claim.statement.trim() || claim.selector.exact,
    datePublished: formatDate(claim.approval?.approvedAt ?? claim.updatedAt),
    author: organization(context),
    reviewRating: reviewRating(claim, model),
    itemReviewed: {
      '@type': 'Claim',
      appearance,
      ...(author ? { author } : {}),
      ...(model.article.publishedAt ? { datePublished: formatDate(model.article.publishedAt) } : {}),
    },
  };
}

export function renderClaimReviewExport(model: ReportModel, context: ExportContext): JsonObject[] {
  return model.claims.filter((claim) => claim.approved && claim.verdict).map((claim) => claimReview(claim, model, context));
}
