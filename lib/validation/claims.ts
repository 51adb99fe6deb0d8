// Request bodies of the claim endpoints (API.md "Claims"). Shared by route
// handlers and the workbench forms.
import { z } from 'zod';

const text = (max: number) => z.string().max(max, `at most ${max} characters`);

export const createClaimSchema = z.object({
  selector: z.object({
    exact: z.string().min(1, 'select some text').max(10_000),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    prefix: z.string().max(1_000).optional(),
    suffix: z.string().max(1_000).optional(),
  }),
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

const httpUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

export const addSourceSchema = z.object({
  url: httpUrl,
  title: text(500).optional(),
  publisher: text(300).optional(),
  quote: text(10_000).optional(),
  accessedAt: z.iso.date().or(z.iso.datetime()).optional(),
  archivedUrl: httpUrl.optional().or(z.literal('')),
  reliabilityNote: text(2_000).optional(),
});
export type AddSourceBody = z.infer<typeof addSourceSchema>;

export const reviewSchema = z
  .object({
    decision: z.enum(['approve', 'request_changes']),
    comment: text(10_000).optional(),
  })
  .refine((body) => body.decision !== 'request_changes' || (body.comment ?? '').trim().length > 0, {
    path: ['comment'],
    message: 'say what needs to change',
  });
export type ReviewBody = z.infer<typeof reviewSchema>;
