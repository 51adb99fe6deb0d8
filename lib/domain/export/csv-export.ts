// The CSV export: one row per claim in scope, for spreadsheets and newsroom
// tools. RFC 4180 (CRLF, quotes doubled, fields with commas, quotes or line
// breaks quoted) via csv-stringify. Two encodings of the same rows: plain
// UTF-8 (`csv`, for scripts and tools, which may read a BOM as part of the
// first column's name) and UTF-8 after a byte-order mark (`csv-excel`).
import { stringify } from 'csv-stringify/sync';
import { originalArticleUrl } from './export-context';
import type { ReportClaim, ReportModel } from './report-types';

export const CSV_COLUMNS = [
  'number',
  'claim_id',
  'status',
  'approved',
  'verdict',
  'verdict_rating',
  'quote',
  'statement',
  'claimant',
  'claimant_type',
  'rationale',
  'start',
  'end',
  'anchor_status',
  'author',
  'reviewer',
  'reviewed_at',
  'sources',
  'revision',
  'article_url',
] as const;

/**
 * Spreadsheets run a cell starting with = + - @ (or tab / carriage return,
 * which some strip first) as a formula: =HYPERLINK(...) would be a live link.
 * A leading apostrophe (OWASP's advice) makes it text; applied to every cell,
 * since a number's cell is never affected and any text cell could be hostile.
 */
export function neutralizeCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(claim: ReportClaim, model: ReportModel): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    number: claim.number,
    claim_id: claim.id,
    status: claim.status,
    approved: claim.approved ? 'true' : 'false',
    verdict: claim.verdict?.label ?? '',
    verdict_rating: claim.verdict?.ratingValue ?? '',
    quote: claim.selector.exact,
    statement: claim.statement,
    claimant: claim.claimant?.name ?? '',
    claimant_type: claim.claimant?.type ?? '',
    rationale: claim.rationale,
    start: claim.selector.start,
    end: claim.selector.end,
    anchor_status: claim.anchorStatus,
    author: claim.author.name,
    reviewer: claim.approval?.reviewerName ?? '',
    reviewed_at: claim.approval?.approvedAt ?? '',
    sources: claim.sources.map((source) => source.url).join(' | '),
    revision: model.revision.number,
    // Only http(s) URLs: anything else is not an address a reader can open.
    article_url: originalArticleUrl(model) ?? '',
  };
}

export function renderCsvExport(model: ReportModel): string {
  const records = model.claims.map((claim) => CSV_COLUMNS.map((column) => neutralizeCsvCell(String(row(claim, model)[column]))));
  // csv-stringify quotes commas and quotes by itself but not line breaks, which
  // RFC 4180 requires quoted: quoted_match adds them.
  return stringify([[...CSV_COLUMNS], ...records], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** U+FEFF, which UTF-8 writes as the bytes EF BB BF. */
export const UTF8_BOM = '\ufeff';

/**
 * The same CSV for Microsoft Excel: without a byte-order mark Excel reads a
 * CSV in the system's legacy code page (Windows-1252 in Western Europe), so
 * "Zoë" opens as "ZoÃ«" and Arabic as noise; with it, Excel reads UTF-8.
 */
export function renderExcelCsvExport(model: ReportModel): string {
  return UTF8_BOM + renderCsvExport(model);
}
