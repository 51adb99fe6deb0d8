// Request body of POST /api/claims/:id/comments.
import { z } from './zod';
import { text } from './fields';

export const addCommentSchema = z
  .object({
    body: text(10_000).trim().min(1, 'write something'),
  })
  .strict();
export type AddCommentBody = z.infer<typeof addCommentSchema>;
