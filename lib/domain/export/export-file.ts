// How an export reaches the person who asked for it: the file's name, which says
// which scope it holds (a published report and a working draft of one article
// must never overwrite each other in a downloads folder), and whether the
// browser shows it or saves it.
import { EXPORT_FILES, type ExportDisposition, type ExportFormat } from '@/lib/validation/export';
import type { ReportScope } from './report-types';

/** The word a file name gives each scope: `all` is the working draft. */
const SCOPE_NAMES: Record<ReportScope, string> = { published: 'published', all: 'draft' };

/** `<slug>.published.html`, `<slug>.draft.excel.csv`, ... */
export function exportFileName(slug: string, scope: ReportScope, format: ExportFormat): string {
  return `${slug}.${SCOPE_NAMES[scope]}.${EXPORT_FILES[format].extension}`;
}

/**
 * The HTML report is a page to read: the browser shows it (in the tab the
 * workbench opens for it). Every other format is a file for another program,
 * saved. A caller may ask for either (the workbench's "download" link asks
 * for the HTML report as an attachment).
 */
export function exportDisposition(format: ExportFormat, requested?: ExportDisposition): ExportDisposition {
  return requested ?? (format === 'html' ? 'inline' : 'attachment');
}
