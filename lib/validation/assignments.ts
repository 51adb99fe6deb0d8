// Body of PUT /api/articles/:id/assignment and PUT /api/claims/:id/assignment:
// who works on it and who reviews it. A field left out keeps its assignee;
// null takes the assignment away.
import { z } from './zod';

const userId = z.string().min(1).max(100, 'not a user id');

export const assignmentSchema = z
  .object({
    editorId: userId.nullable().optional().meta({ description: 'who checks it; null: nobody' }),
    reviewerId: userId.nullable().optional().meta({ description: 'who reviews it (a reviewer or an admin); null: nobody' }),
  })
  .strict()
  .refine((body) => body.editorId !== undefined || body.reviewerId !== undefined, { message: 'send editorId, reviewerId or both' });
export type AssignmentBody = z.infer<typeof assignmentSchema>;
