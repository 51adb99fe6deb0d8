// One entry per export format: the pure serializer from lib/domain/export that
// renders the shared report model (its content type and extension are
// EXPORT_FILES, which the API contract documents too).
// Rendering runs on the work pool (the renderExport job): a long article with
// a thousand claims takes seconds as PDF and a while in the other formats too.
import { buildReportModel, type ReportInput, type ReportModel } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { renderJsonExport } from '@/lib/domain/export/json-export';
import { renderPdfReport } from '@/lib/domain/export/pdf-report';
import { renderMarkdownReport } from '@/lib/domain/export/markdown-report';
import { renderCsvExport, renderExcelCsvExport } from '@/lib/domain/export/csv-export';
import { renderClaimReviewExport } from '@/lib/domain/export/claimreview-export';
import { renderW3cExport } from '@/lib/domain/export/w3c-export';
import { serializeJsonLd } from '@/lib/domain/export/json-ld';
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
  render: (model: ReportModel, context: ExportContext) => string | Uint8Array | Promise<string | Uint8Array>;
}

// A Record over every format of docs/api.md#export: the compiler refuses a format without a renderer.
export const RENDERERS: Record<ExportFormat, Renderer> = {
  html: { render: renderHtmlReport },
  json: { render: (model) => JSON.stringify(renderJsonExport(model), null, 2) },
  pdf: { render: async (model, context) => renderPdfReport(model, await pdfFonts(), { author: context.organization.name }) },
  md: { render: renderMarkdownReport },
  csv: { render: renderCsvExport },
  'csv-excel': { render: renderExcelCsvExport },
  // JSON-LD is pasted into script blocks: serializeJsonLd keeps '</script>' in a statement from ending one.
  claimreview: { render: (model, context) => serializeJsonLd(renderClaimReviewExport(model, context), 2) },
  w3c: { render: (model, context) => serializeJsonLd(renderW3cExport(model, context), 2) },
};

/** The file's body in `format`, from the loaded report input (the renderExport job of the work pool). */
export function renderExport({ format, input, context }: { format: ExportFormat; input: ReportInput; context: ExportContext }) {
  return RENDERERS[format].render(buildReportModel(input), context);
}
