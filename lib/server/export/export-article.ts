// Renders an article's fact-check in one of the export formats (the query
// schema has already refused unknown ones with a 422).
import { exportDisposition, exportFileName } from '@/lib/domain/export/export-file';
import type { ReportScope } from '@/lib/domain/export/report-model';
import type { Actor } from '@/lib/domain/types';
import { EXPORT_FILES, type ExportDisposition, type ExportFormat } from '@/lib/validation/export';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadReportInput } from './load-report-input';
import { publicSite } from '../publication/public-site';
import { runJob } from '../work/run-job';

export interface ExportArticleOptions {
  actor: Actor;
  articleId: string;
  format: ExportFormat;
  scope: ReportScope;
  /** shown or saved; absent, the format's own (exportDisposition) */
  disposition?: ExportDisposition;
  /** absolute base URL of the request, used when APP_URL / NEXTAUTH_URL are unset */
  requestOrigin?: string;
}

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
  disposition: ExportDisposition;
}

export async function exportArticle({ actor, articleId, format, scope, disposition, requestOrigin }: ExportArticleOptions): Promise<ExportFile> {
  authorize(actor, 'export:read');
  const file = EXPORT_FILES[format];
  const input = await loadReportInput({ client: db, articleId, scope });
  return {
    body: await runJob('renderExport', { format, input, context: publicSite(requestOrigin) }),
    contentType: file.contentType,
    filename: exportFileName(input.article.slug, scope, format),
    disposition: exportDisposition(format, disposition),
  };
}
