// The API's Comment shape. `decision` comes from the review the comment was
// written with, so a thread can show "Approved: ..." next to the words.
import type { ReviewDecision, Role } from '@/lib/domain/types';
import type { Prisma } from '../generated/prisma/client';

export const COMMENT_INCLUDE = {
  author: { select: { id: true, name: true, role: true } },
  review: { select: { decision: true } },
};

export type CommentRow = Prisma.CommentGetPayload<{ include: typeof COMMENT_INCLUDE }>;

export interface CommentDto {
  id: string;
  claimId: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string; role: Role };
  reviewId: string | null;
  decision: ReviewDecision | null;
}

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
