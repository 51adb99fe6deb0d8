// Renders an article's fact-check in one of the export formats (the query
// schema has already refused unknown ones with a 422).
import type { ReportScope } from '@/lib/domain/export/report-model';
import type { Actor } from '@/lib/domain/types';
import { EXPORT_FILES, type ExportFormat } from '@/lib/validation/export';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadReportInput } from './load-report-input';
import { runJob } from '../work/run-job';
import type { ExportContext } from './renderers';

export interface ExportArticleOptions {
  actor: Actor;
  articleId: string;
  format: ExportFormat;
  scope: ReportScope;
  /** absolute base URL of the request, used when APP_URL / NEXTAUTH_URL are unset */
  requestOrigin?: string;
}

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

function exportContext(requestOrigin?: string): ExportContext {
  const appUrl = (process.env.APP_URL || process.env.NEXTAUTH_URL || requestOrigin || 'http://localhost:3000').replace(/\/+$/, '');
  return {
    organization: { name: process.env.ORGANIZATION_NAME || 'Fact-check desk', url: process.env.ORGANIZATION_URL || null },
    appUrl,
  };
}

export async function exportArticle({ actor, articleId, format, scope, requestOrigin }: ExportArticleOptions): Promise<ExportFile> {
  authorize(actor, 'export:read');
  const file = EXPORT_FILES[format];
  const input = await loadReportInput({ client: db, articleId, scope });
  return {
    body: await runJob('renderExport', { format, input, context: exportContext(requestOrigin) }),
    contentType: file.contentType,
    filename: `${input.article.slug}-factcheck.${file.extension}`,
  };
}
