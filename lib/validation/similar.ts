// Query of GET /api/claims/:id/similar.
import { z } from './zod';
import { absentWhenEmpty, limitParam, scoreParam } from './query-params';

export const SIMILAR_DEFAULT_LIMIT = 10;
export const SIMILAR_MAX_LIMIT = 50;

export const similarQuerySchema = z.object({
  limit: absentWhenEmpty(limitParam(SIMILAR_MAX_LIMIT)),
  threshold: absentWhenEmpty(scoreParam()),
});
export type SimilarQuery = z.infer<typeof similarQuerySchema>;
