// The JSON-LD a public fact-check page embeds: one ClaimReview per published
// claim with a verdict (claimreview-export.ts), each the text of its own
// <script type="application/ld+json"> block, made safe there by serializeJsonLd
// (no field can close the block). The page and its tests
// (tests/integration/claimreview-jsonld.test.ts) share this one function, so
// what the tests parse is what the page emits.
import { renderClaimReviewExport } from '../export/claimreview-export';
import type { ExportContext } from '../export/export-context';
import { serializeJsonLd } from '../export/json-ld';
import type { ReportModel } from '../export/report-types';

/** The text of each ClaimReview script block on the page of `model`, published by `site`. */
export function factCheckJsonLd({ model, site }: { model: ReportModel; site: ExportContext }): string[] {
  return renderClaimReviewExport(model, site).map((review) => serializeJsonLd(review));
}
