// A claim's comment thread, oldest first. Anyone who may read the claim may
// read what was said about it.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadClaim } from '../claims/load-claim';
import { COMMENT_INCLUDE, toCommentDto, type CommentDto } from './comment-dto';

export interface ListCommentsOptions {
  actor: Actor;
  claimId: string;
}

export async function listComments({ actor, claimId }: ListCommentsOptions): Promise<CommentDto[]> {
  authorize(actor, 'article:read');
  await loadClaim(db, claimId);
  const rows = await db.comment.findMany({
    where: { claimId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: COMMENT_INCLUDE,
  });
  return rows.map(toCommentDto);
}
