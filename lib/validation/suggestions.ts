// Query of GET /api/articles/:id/suggestions and body of
// POST /api/articles/:id/suggestions/dismissals.
import { z } from 'zod';
import { text } from './fields';

// An empty parameter (`?limit=`) counts as absent rather than invalid, like the review queue's filters.
const absentWhenEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const SUGGESTIONS_DEFAULT_LIMIT = 50;
export const SUGGESTIONS_MAX_LIMIT = 200;

const limit = z
  .string()
  .regex(/^[0-9]{1,4}$/, `a whole number from 1 to ${SUGGESTIONS_MAX_LIMIT}`)
  .transform(Number)
  .pipe(z.number().int().min(1, 'at least 1').max(SUGGESTIONS_MAX_LIMIT, `at most ${SUGGESTIONS_MAX_LIMIT}`));

const threshold = z
  .string()
  .regex(/^(0(\.[0-9]{1,6})?|1(\.0{1,6})?|\.[0-9]{1,6})$/, 'a number from 0 to 1')
  .transform(Number)
  .pipe(z.number().min(0, 'at least 0').max(1, 'at most 1'));

export const suggestionsQuerySchema = z.object({
  limit: absentWhenEmpty(limit),
  threshold: absentWhenEmpty(threshold),
});
export type SuggestionsQuery = z.infer<typeof suggestionsQuerySchema>;

/** A suggestion's range in the latest revision (UTF-16 offsets, end exclusive) and the words it covers. */
export const dismissSuggestionSchema = z
  .object({
    start: z.number().int('a whole number').min(0, 'at least 0'),
    end: z.number().int('a whole number').min(1, 'at least 1'),
    exact: text(10_000).min(1, 'the suggested words'),
  })
  .strict()
  .refine((value) => value.end > value.start, { path: ['end'], message: 'must be after start' });
export type DismissSuggestionBody = z.infer<typeof dismissSuggestionSchema>;
