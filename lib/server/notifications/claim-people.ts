// What lib/domain/notifications.ts needs to know of a claim's people, read
// in the transaction of the event: its author, its effective editor and
// reviewer (its own assignment, else its article's), who sent it back last.
import { effectiveAssignee, type ClaimPeople } from '@/lib/domain/notifications';
import type { Tx } from '../db';

export async function claimPeople(tx: Tx, claimId: string): Promise<ClaimPeople & { articleId: string }> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      articleId: true,
      authorId: true,
      editorAssigneeId: true,
      reviewerAssigneeId: true,
      article: { select: { editorAssigneeId: true, reviewerAssigneeId: true } },
      reviews: { where: { decision: 'REQUEST_CHANGES' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { reviewerId: true } },
    },
  });
  return {
    articleId: claim.articleId,
    authorId: claim.authorId,
    editorAssigneeId: effectiveAssignee(claim.editorAssigneeId, claim.article.editorAssigneeId),
    reviewerAssigneeId: effectiveAssignee(claim.reviewerAssigneeId, claim.article.reviewerAssigneeId),
    lastSentBackBy: claim.reviews[0]?.reviewerId ?? null,
  };
}
