// An assignment after a PUT: a field left out keeps its assignee, null clears it.
import type { AssignmentBody } from '@/lib/validation/assignments';
import type { AssignmentDto } from '../claims/claim-dto';

export const nextAssignment = (before: AssignmentDto, input: AssignmentBody): AssignmentDto => ({
  editorId: input.editorId === undefined ? before.editorId : input.editorId,
  reviewerId: input.reviewerId === undefined ? before.reviewerId : input.reviewerId,
});

/** Only the assignees an assignment changes (the others were checked when they were given the work). */
export const changedOnly = (before: AssignmentDto, after: AssignmentDto): AssignmentDto => ({
  editorId: after.editorId !== before.editorId ? after.editorId : null,
  reviewerId: after.reviewerId !== before.reviewerId ? after.reviewerId : null,
});
