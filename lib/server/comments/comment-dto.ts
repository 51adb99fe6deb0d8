// The API's Comment shape. `decision` comes from the review the comment was
// written with, so a thread can show "Approved: ..." next to the words.
import { z } from 'zod';
import { reviewDecision, role, timestamp } from '../contract/parts';
import type { Prisma } from '../generated/prisma/client';

export const COMMENT_INCLUDE = {
  author: { select: { id: true, name: true, role: true } },
  review: { select: { decision: true } },
};

export type CommentRow = Prisma.CommentGetPayload<{ include: typeof COMMENT_INCLUDE }>;

export const commentDto = z
  .object({
    id: z.string(),
    claimId: z.string(),
    body: z.string(),
    createdAt: timestamp,
    author: z.object({ id: z.string(), name: z.string(), role }),
    reviewId: z.string().nullable(),
    decision: reviewDecision.nullable().meta({ description: 'the decision of the review this comment was written with' }),
  })
  .meta({ id: 'Comment' });
export type CommentDto = z.infer<typeof commentDto>;

export function toCommentDto(row: CommentRow): CommentDto {
  return {
    id: row.id,
    claimId: row.claimId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: { id: row.author.id, name: row.author.name, role: row.author.role },
    reviewId: row.reviewId,
    decision: row.review?.decision ?? null,
  };
}
