// Query of GET /api/articles/:id/export: the formats of docs/api.md#export (each has a
// renderer in lib/server/export/renderers.ts) and the scope.
import { z } from 'zod';

export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, `one of ${EXPORT_FORMATS.join(', ')}`),
  scope: z.enum(['published', 'all'], 'published or all').default('published'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
