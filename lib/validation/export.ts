// Query of GET /api/articles/:id/export: the formats of docs/api.md#export (each has a
// renderer in lib/server/export/renderers.ts) and the scope.
import { z } from './zod';

export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'csv-excel', 'json', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Each format's file: its content type and extension (".claimreview.jsonld" so it never overwrites the W3C ".jsonld"
 * download of the same article; ".excel.csv" names the CSV that starts with a UTF-8 byte-order mark for Excel).
 */
export const EXPORT_FILES: Record<ExportFormat, { contentType: string; extension: string }> = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  'csv-excel': { contentType: 'text/csv; charset=utf-8', extension: 'excel.csv' },
  claimreview: { contentType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld' },
  w3c: { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: 'jsonld' },
};

export const EXPORT_DISPOSITIONS = ['inline', 'attachment'] as const;
export type ExportDisposition = (typeof EXPORT_DISPOSITIONS)[number];

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, `one of ${EXPORT_FORMATS.join(', ')}`),
  scope: z.enum(['published', 'all'], 'published or all').default('published'),
  // Absent: the format's own (exportDisposition, lib/domain/export/export-file.ts).
  disposition: z.enum(EXPORT_DISPOSITIONS, 'inline or attachment').optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
