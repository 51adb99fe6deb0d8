// The verdict scale as an admin replaces it (PUT /api/verdicts).
import { z } from './zod';
import { VERDICT_CLASSES } from '@/lib/domain/types';

// Keys end up in exports and URLs: keep them plain.
export const verdictKeySchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens only');

export const verdictOptionSchema = z.object({
  key: verdictKeySchema,
  label: z.string().trim().min(1, 'give the verdict a label').max(100),
  ratingValue: z.number().int().min(1).max(100).nullable(),
  normalized: z.enum(VERDICT_CLASSES),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a7f37'),
  // The column is a 32-bit integer: a larger order would be stored by SQLite and refused by PostgreSQL.
  order: z.int32('a whole number (32-bit)'),
});

export const replaceVerdictsSchema = z.object({
  verdicts: z
    .array(verdictOptionSchema)
    .min(1, 'the scale needs at least one verdict')
    .max(50)
    .superRefine((options, ctx) => {
      const seen = new Set<string>();
      options.forEach((option, index) => {
        if (seen.has(option.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `"${option.key}" appears twice` });
        seen.add(option.key);
      });
    }),
});
export type ReplaceVerdictsBody = z.infer<typeof replaceVerdictsSchema>;
