// Assigns an article to an editor and a reviewer (PUT /api/articles/:id/assignment):
// its claims without an assignment of their own are theirs (the review queue's
// "assigned to me", the notifications). With its audit event and the
// assignees' notifications in one transaction.
import { AppError } from '@/lib/domain/errors';
import { assignmentRecipients } from '@/lib/domain/notifications';
import type { Actor } from '@/lib/domain/types';
import type { AssignmentBody } from '@/lib/validation/assignments';
import { authorize } from '../auth/authorize';
import { recordAudit } from '../audit';
import type { AssignmentDto } from '../claims/claim-dto';
import { db } from '../db';
import { notify } from '../notifications/notify';
import { changedOnly, nextAssignment } from './next-assignment';
import { requireAssignees } from './require-assignees';

export interface AssignArticleOptions {
  actor: Actor;
  articleId: string;
  input: AssignmentBody;
}

export async function assignArticle({ actor, articleId, input }: AssignArticleOptions): Promise<AssignmentDto> {
  authorize(actor, 'assignment:set');
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { editorAssigneeId: true, reviewerAssigneeId: true } });
    if (!article) throw new AppError('NOT_FOUND', 'No such article');
    const before = { editorId: article.editorAssigneeId, reviewerId: article.reviewerAssigneeId };
    const after = nextAssignment(before, input);
    if (after.editorId === before.editorId && after.reviewerId === before.reviewerId) return after;
    await requireAssignees(tx, changedOnly(before, after));
    await tx.article.update({ where: { id: articleId }, data: { editorAssigneeId: after.editorId, reviewerAssigneeId: after.reviewerId } });
    await recordAudit(tx, { actorId: actor.id, entityType: 'Article', entityId: articleId, articleId, action: 'article.assigned', before, after });
    await notify(tx, { kind: 'ASSIGNED', articleId, actorId: actor.id, recipients: assignmentRecipients(before, after, actor.id) });
    return after;
  });
}
