// The people an assignment names must be able to do the work: an active
// account, and for a review a reviewer or an admin who did not write the
// claim (four eyes: nobody reviews their own claim). Refused by field (422).
import { AppError } from '@/lib/domain/errors';
import { canReviewAny } from '@/lib/domain/permissions';
import type { AssignmentDto } from '../claims/claim-dto';
import type { Tx } from '../db';

export async function requireAssignees(tx: Tx, assignment: AssignmentDto, { authorId }: { authorId?: string } = {}): Promise<void> {
  const ids = [assignment.editorId, assignment.reviewerId].filter((id): id is string => !!id);
  if (ids.length === 0) return;
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, active: true } });
  const problems: Record<string, string> = {};
  const editor = users.find((user) => user.id === assignment.editorId);
  if (assignment.editorId && !editor?.active) problems.editorId = 'not an active account';
  const reviewer = users.find((user) => user.id === assignment.reviewerId);
  if (assignment.reviewerId) {
    if (!reviewer?.active) problems.reviewerId = 'not an active account';
    else if (!canReviewAny(reviewer)) problems.reviewerId = 'only reviewers and admins review';
    else if (reviewer.id === authorId) problems.reviewerId = 'nobody reviews a claim they wrote';
  }
  if (Object.keys(problems).length > 0) throw new AppError('INVALID', 'This assignment cannot be made', problems);
}
