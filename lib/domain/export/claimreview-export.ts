// schema.org ClaimReview JSON-LD, one object per APPROVED claim with a
// verdict whatever the scope: search engines and fact-check aggregators must
// never see a verdict that has not been approved (claims without a verdict
// have no rating to publish). Built to Google's fact-check documentation:
// - url: the desk's own public page with the claim's anchor (the page that
//   carries this markup), never the reviewed outlet's article;
// - author: the fact-checking organisation (ORGANIZATION_NAME / _URL);
// - itemReviewed: a Claim whose author is who MADE the claim (the claimant,
//   with sameAs when known), not the article's byline; its appearance is where
//   it was made, by default the reviewed article, whose outlet and byline are
//   that work's author;
// - reviewRating: the verdict's label as alternateName (required) and name
//   (recommended), numbers only when the scale gives them.
// The page and the export use these objects as they are; serializeJsonLd
// (json-ld.ts) makes them safe inside a <script> block.
import { claimReviewUrl } from '../publication/public-urls';
import { ratingBounds } from '../verdicts';
import { originalArticleUrl, type ExportContext } from './export-context';
import { formatDate } from './html-escape';
import type { ReportClaim, ReportModel } from './report-types';

type JsonObject = Record<string, unknown>;

function organization(context: ExportContext): JsonObject {
  const url = context.organization.url;
  return { '@type': 'Organization', name: context.organization.name, ...(url ? { url } : {}) };
}

/** Who wrote or published the reviewed article: the appearance's author, not the claim's. */
function articleAuthor(model: ReportModel): JsonObject[] {
  const authors: JsonObject[] = [];
  const byline = model.article.byline?.replace(/^\s*by\s+/i, '').trim();
  if (byline) authors.push({ '@type': 'Person', name: byline });
  if (model.article.outlet) authors.push({ '@type': 'Organization', name: model.article.outlet });
  return authors;
}

function claimant(claim: ReportClaim): JsonObject | null {
  if (!claim.claimant) return null;
  const { name, type, url } = claim.claimant;
  return { '@type': type, name, ...(url ? { sameAs: url } : {}) };
}

/** Where the claim was made: its own appearance when set, else the reviewed article. */
function appearance(claim: ReportClaim, model: ReportModel): JsonObject | null {
  const own = claim.appearance?.url;
  if (own) return { '@type': 'CreativeWork', url: own };
  const url = originalArticleUrl(model);
  if (!url) return null;
  const authors = articleAuthor(model);
  return {
    '@type': 'CreativeWork',
    url,
    headline: model.article.title,
    ...(authors.length ? { author: authors.length === 1 ? authors[0] : authors } : {}),
    ...(model.article.publishedAt ? { datePublished: formatDate(model.article.publishedAt) } : {}),
  };
}

function reviewRating(claim: ReportClaim, model: ReportModel): JsonObject {
  const verdict = claim.verdict!;
  const bounds = ratingBounds(model.verdictScale);
  const label = { '@type': 'Rating', alternateName: verdict.label, name: verdict.label };
  if (verdict.ratingValue === null || !bounds) return label;
  return { ...label, ratingValue: verdict.ratingValue, ...bounds };
}

function claimReview(claim: ReportClaim, model: ReportModel, context: ExportContext): JsonObject {
  const author = claimant(claim);
  const where = appearance(claim, model);
  const madeOn = claim.appearance?.date ?? (claim.appearance?.url ? null : model.article.publishedAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimReviewUrl(context.appUrl, model.article.slug, claim.id),
    // An empty statement would leave nothing to review: the quoted words stand in.
    claimReviewed: claim.statement.trim() || claim.selector.exact,
    datePublished: formatDate(claim.approval?.approvedAt ?? claim.updatedAt),
    author: organization(context),
    reviewRating: reviewRating(claim, model),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(madeOn ? { datePublished: formatDate(madeOn) } : {}),
      ...(where ? { appearance: where } : {}),
    },
  };
}

export function renderClaimReviewExport(model: ReportModel, context: ExportContext): JsonObject[] {
  return model.claims.filter((claim) => claim.approved && claim.verdict).map((claim) => claimReview(claim, model, context));
}
