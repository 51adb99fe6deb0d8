// Query of GET /api/review-queue: every filter optional. An empty parameter
// (a form's "any" choice, `?verdict=`) counts as absent rather than invalid.
import { z } from './zod';
import { absentWhenEmpty } from './query-params';
import { verdictKeySchema } from './verdicts';

const id = z.string().max(100, 'not an id');

const hours = z
  .string()
  .regex(/^[0-9]{1,6}(\.[0-9]+)?$/, 'a number of hours, 0 or more')
  .transform(Number);

export const reviewQueueQuerySchema = z.object({
  articleId: absentWhenEmpty(id),
  authorId: absentWhenEmpty(id),
  verdict: absentWhenEmpty(verdictKeySchema),
  minAgeHours: absentWhenEmpty(hours),
  assignedTo: absentWhenEmpty(z.literal('me').meta({ description: "only claims whose reviewer is the caller (the claim's own assignment, else its article's)" })),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
