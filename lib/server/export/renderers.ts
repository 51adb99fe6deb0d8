// One entry per export format: its content type, file extension and the pure
// serializer from lib/domain/export that renders the shared report model.
// Rendering runs on the work pool (the renderExport job): a long article with
// a thousand claims takes seconds as PDF and a while in the other formats too.
import { buildReportModel, type ReportInput, type ReportModel } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { renderJsonExport } from '@/lib/domain/export/json-export';
import { renderPdfReport } from '@/lib/domain/export/pdf-report';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { renderCsvExport } from '@/lib/domain/export/csv-export';
import { renderClaimReviewExport } from '@/lib/domain/export/claimreview-export';
import { renderW3cExport } from '@/lib/domain/export/w3c-export';
import type { ExportFormat } from '@/lib/validation/export';
import { pdfFonts } from './pdf-fonts';

/** What a serializer may need beyond the report model: who publishes, and where the app lives. */
export interface ExportContext {
  /** the publishing organisation (ClaimReview `author`), from ORGANIZATION_NAME / ORGANIZATION_URL */
  organization: { name: string; url: string | null };
  /** absolute base URL of this workbench (for IRIs such as W3C annotation ids) */
  appUrl: string;
}

export interface Renderer {
  contentType: string;
  extension: string;
  render: (model: ReportModel, context: ExportContext) => string | Uint8Array | Promise<string | Uint8Array>;
}

// A Record over every format of docs/api.md#export: the compiler refuses a format without a renderer.
export const RENDERERS: Record<ExportFormat, Renderer> = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtmlReport },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: (model) => JSON.stringify(renderJsonExport(model), null, 2) },
  pdf: { contentType: 'application/pdf', extension: 'pdf', render: async (model, context) => renderPdfReport(model, await pdfFonts(), { author: context.organization.name }) },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', render: renderMarkdownReport },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', render: renderCsvExport },
  // ".claimreview.jsonld" so it never overwrites the W3C ".jsonld" download of the same article.
  claimreview: { contentType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld', render: (model, context) => JSON.stringify(renderClaimReviewExport(model, context), null, 2) },
  w3c: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: 'jsonld', render: (model, context) => JSON.stringify(renderW3cExport(model, context), null, 2) },
};

/** The file's body in `format`, from the loaded report input (the renderExport job of the work pool). */
export function renderExport({ format, input, context }: { format: ExportFormat; input: ReportInput; context: ExportContext }) {
  return RENDERERS[format].render(buildReportModel(input), context);
}
