// Who hears about what (issue 16): the in-app notifications an event causes.
// Pure: the services pass what they know of the claim and the event, and
// write one Notification per recipient in the event's own transaction.
// Nobody is told of their own doing, and nobody twice for one event.

export const NOTIFICATION_KINDS = ['SENT_BACK', 'APPROVED', 'COMMENT', 'ASSIGNED', 'RESUBMITTED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a claim's people are, as far as notifications go. */
export interface ClaimPeople {
  authorId: string;
  /** the claim's editor: its own assignment, else its article's */
  editorAssigneeId: string | null;
  /** the claim's reviewer: its own assignment, else its article's */
  reviewerAssigneeId: string | null;
  /** who sent it back last, when someone did */
  lastSentBackBy?: string | null;
}

/** The effective assignee of a claim: its own, else its article's. */
export const effectiveAssignee = (own: string | null, article: string | null): string | null => own ?? article;

/**
 * The recipients of a notification of `kind` about a claim, caused by `actorId`:
 * - SENT_BACK, APPROVED, COMMENT: the claim's author and its editor;
 * - RESUBMITTED: whoever sent it back last and its reviewer;
 * - ASSIGNED: handled by assignmentRecipients.
 */
export function claimRecipients(kind: Exclude<NotificationKind, 'ASSIGNED'>, people: ClaimPeople, actorId: string): string[] {
  const candidates = kind === 'RESUBMITTED' ? [people.lastSentBackBy ?? null, people.reviewerAssigneeId] : [people.authorId, people.editorAssigneeId];
  return distinctOthers(candidates, actorId);
}

/** Whoever was newly given work by an assignment (not the one assigning, not someone who already had it). */
export function assignmentRecipients(before: { editorId: string | null; reviewerId: string | null }, after: { editorId: string | null; reviewerId: string | null }, actorId: string): string[] {
  const added = [after.editorId !== before.editorId ? after.editorId : null, after.reviewerId !== before.reviewerId ? after.reviewerId : null];
  return distinctOthers(added, actorId);
}

function distinctOthers(ids: ReadonlyArray<string | null>, actorId: string): string[] {
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))];
}
