// Request bodies of the claim endpoints (docs/api.md#claims). Shared by route
// handlers and the workbench forms.
import { CLAIMANT_NAME_MAX_LENGTH, CLAIMANT_TYPES } from '@/lib/domain/types';
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

/** A link a form may leave empty: absent, null and '' all mean none. */
const optionalLink = httpUrl.or(z.literal('')).nullable().optional();

/** Who made the claim: the whole of it is sent and replaces what was there. */
export const claimantSchema = z
  .object({
    name: z.string().trim().min(1, 'say who made the claim').max(CLAIMANT_NAME_MAX_LENGTH, `at most ${CLAIMANT_NAME_MAX_LENGTH} characters`),
    type: z.enum(CLAIMANT_TYPES),
    url: optionalLink,
  })
  .strict();
export type ClaimantBody = z.infer<typeof claimantSchema>;

// Year 0 and before are valid ISO dates that PostgreSQL's timestamp cannot hold.
const appearanceDate = isoDate.refine((value) => new Date(value).getUTCFullYear() >= 1, 'a date from the year 1 on');

/** Where and when the claim appeared; neither given means the article itself (what consumers fall back to). */
export const appearanceSchema = z.object({ url: optionalLink, date: appearanceDate.or(z.literal('')).nullable().optional() }).strict();
export type AppearanceBody = z.infer<typeof appearanceSchema>;

export const createClaimSchema = z.object({
  selector: selectorSchema,
  statement: text(5_000).optional(),
  verdict: z.string().min(1).max(100).nullable().optional(),
  rationale: text(50_000).optional(),
  claimant: claimantSchema.nullable().optional().meta({ description: 'who made the claim; absent: the one its sentence names ("..., Ryder said"), if any; null: nobody' }),
});
export type CreateClaimBody = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({
    version: z.number().int().positive(),
    statement: text(5_000).optional(),
    verdict: z.string().min(1).max(100).nullable().optional(),
    rationale: text(50_000).optional(),
    claimant: claimantSchema.nullable().optional().meta({ description: 'who made the claim; null clears it' }),
    appearance: appearanceSchema.nullable().optional().meta({ description: 'where and when it appeared, when not in the article itself; null clears it' }),
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

/** Restoring a deleted claim takes no options (it comes back from its deletion record): no body, or `{}`. */
export const restoreClaimSchema = z.object({}).strict();
export type RestoreClaimBody = z.infer<typeof restoreClaimSchema>;

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
