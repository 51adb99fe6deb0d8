// Renders an article's fact-check in one of the export formats. Formats the
// API names but this version cannot produce yet are refused with a 422 that
// lists what is available, rather than a 404 or an empty file.
import { AppError } from '@/lib/domain/errors';
import { buildReportModel, type ReportModel, type ReportScope } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { renderJsonExport } from '@/lib/domain/export/json-export';
import type { Actor } from '@/lib/domain/types';
import type { ExportFormat } from '@/lib/validation/export';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadReportInput } from './load-report-input';

interface Renderer {
  contentType: string;
  extension: string;
  render: (model: ReportModel) => string;
}

const RENDERERS: Partial<Record<ExportFormat, Renderer>> = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtmlReport },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: (model) => JSON.stringify(renderJsonExport(model), null, 2) },
};

export const AVAILABLE_EXPORT_FORMATS = Object.keys(RENDERERS) as ExportFormat[];

export interface ExportArticleOptions {
  actor: Actor;
  articleId: string;
  format: ExportFormat;
  scope: ReportScope;
}

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

export async function exportArticle({ actor, articleId, format, scope }: ExportArticleOptions): Promise<ExportFile> {
  authorize(actor, 'export:read');
  const renderer = RENDERERS[format];
  if (!renderer) {
    const available = AVAILABLE_EXPORT_FORMATS.join(', ');
    throw new AppError('INVALID', `The ${format} export is not available yet; available formats: ${available}`, {
      format: `not available yet; use one of ${available}`,
    });
  }
  const input = await loadReportInput({ client: db, articleId, scope });
  return {
    body: renderer.render(buildReportModel(input)),
    contentType: renderer.contentType,
    filename: `${input.article.slug}-factcheck.${renderer.extension}`,
  };
}
