// Adds a comment to a claim's thread. A comment is talk about the claim, not
// part of it: the claim's version and status stay as they are, so nobody's
// edit goes stale because someone replied.
import type { Actor } from '@/lib/domain/types';
import type { AddCommentBody } from '@/lib/validation/comments';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { loadClaim } from '../claims/load-claim';
import { notifyAboutClaim } from '../notifications/notify-about-claim';
import { COMMENT_INCLUDE, toCommentDto, type CommentDto } from './comment-dto';

export interface AddCommentOptions {
  actor: Actor;
  claimId: string;
  input: AddCommentBody;
}

export async function addComment({ actor, claimId, input }: AddCommentOptions): Promise<CommentDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'comment:add', { authorId: claim.authorId });
    const row = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.id, body: input.body },
      include: COMMENT_INCLUDE,
    });
    const comment = toCommentDto(row);
    await recordAudit(tx, { actorId: actor.id, entityType: 'Comment', entityId: comment.id, claimId: claim.id, articleId: claim.articleId, action: 'comment.added', after: comment });
    await notifyAboutClaim(tx, { kind: 'COMMENT', claimId: claim.id, actorId: actor.id });
    return comment;
  });
}
