// Request bodies of the claim endpoints (docs/api.md#claims). Shared by route
// handlers and the workbench forms.
import { z } from './zod';
import { httpUrl, isoDate, text } from './fields';

/** A selection in an article's latest revision, as a client sends it (the server recomputes context). */
export const selectorSchema = z.object({
  exact: z.string().min(1, 'select some text').max(10_000),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  prefix: z.string().max(1_000).optional(),
  suffix: z.string().max(1_000).optional(),
});

export const createClaimSchema = z.object({
  selector: selectorSchema,
  statement: text(5_000).optional(),
  verdict: z.string().min(1).max(100).nullable().optional(),
  rationale: text(50_000).optional(),
});
export type CreateClaimBody = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({
    version: z.number().int().positive(),
    statement: text(5_000).optional(),
    verdict: z.string().min(1).max(100).nullable().optional(),
    rationale: text(50_000).optional(),
  })
  .strict();
export type UpdateClaimBody = z.infer<typeof updateClaimSchema>;

export const addSourceSchema = z.object({
  url: httpUrl,
  title: text(500).optional(),
  publisher: text(300).optional(),
  quote: text(10_000).optional(),
  accessedAt: isoDate.optional(),
  archivedUrl: httpUrl.optional().or(z.literal('')),
  reliabilityNote: text(2_000).optional(),
});
export type AddSourceBody = z.infer<typeof addSourceSchema>;

/** Correcting a source: the fields sent replace the stored ones ('' clears an optional field). */
export const updateSourceSchema = addSourceSchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'send at least one field to change' });
export type UpdateSourceBody = z.infer<typeof updateSourceSchema>;

/** Optional guard against acting on a claim someone changed since the caller loaded it. */
const expectedVersion = z.number().int().positive().optional();

export const submitClaimSchema = z.object({ version: expectedVersion }).strict();
export type SubmitClaimBody = z.infer<typeof submitClaimSchema>;

export const reviewSchema = z
  .object({
    version: expectedVersion,
    decision: z.enum(['approve', 'request_changes']),
    comment: text(10_000).optional(),
  })
  .refine((body) => body.decision !== 'request_changes' || (body.comment ?? '').trim().length > 0, {
    path: ['comment'],
    message: 'say what needs to change',
  });
export type ReviewBody = z.infer<typeof reviewSchema>;

/** Re-attaching a claim to words of the latest revision: always against a known version. */
export const reattachClaimSchema = z
  .object({
    version: z.number().int().positive(),
    selector: selectorSchema,
  })
  .strict();
export type ReattachClaimBody = z.infer<typeof reattachClaimSchema>;
