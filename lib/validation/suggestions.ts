// Query of GET /api/articles/:id/suggestions and body of
// POST /api/articles/:id/suggestions/dismissals.
import { z } from './zod';
import { text } from './fields';
import { absentWhenEmpty, limitParam, scoreParam } from './query-params';

export const SUGGESTIONS_DEFAULT_LIMIT = 50;
export const SUGGESTIONS_MAX_LIMIT = 200;

export const suggestionsQuerySchema = z.object({
  limit: absentWhenEmpty(limitParam(SUGGESTIONS_MAX_LIMIT)),
  threshold: absentWhenEmpty(scoreParam()),
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
