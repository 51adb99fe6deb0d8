// What a serializer needs beyond the report model. Structurally identical to
// ExportContext in lib/server/export/renderers.ts, since lib/domain never
// imports lib/server. Also the IRIs the machine formats (ClaimReview, W3C) share.
import { safeHref } from './html-escape';
import type { ReportModel } from './report-types';

export interface ExportContext {
  /** the publishing organisation, from ORGANIZATION_NAME / ORGANIZATION_URL */
  organization: { name: string; url: string | null };
  /** absolute base URL of this workbench, no trailing slash */
  appUrl: string;
}

/** The original article's http(s) URL; null when unknown or of any other scheme. */
export function originalArticleUrl(model: ReportModel): string | null {
  return safeHref(model.article.url);
}

/** Where the article can be read: the original, else its page in this workbench. */
export function articleIri(model: ReportModel, context: ExportContext): string {
  return originalArticleUrl(model) ?? `${context.appUrl}/articles/${encodeURIComponent(model.article.id)}`;
}
