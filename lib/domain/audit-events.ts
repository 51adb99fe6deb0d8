// Every kind of audit event, declared once: its action, the kind of record it
// is about, and what it keeps of that record before and after the change.
// Writers go through recordAudit (lib/server/audit.ts), whose input is this
// union, so a field named wrong for its action does not compile; readers parse
// what is stored with it (lib/server/claims/get-claim-history.ts) and narrow on
// `action` (components/claims/history-lines.ts). Stored events are not
// rewritten by the code: a shape changed here in a way old events do not match
// needs a data migration (as 20261207000000_audit_verdict_field renamed
// claim.updated's `verdictKey` to `verdict`).
import { z } from '@/lib/validation/zod';
import { verdictOptionSchema } from '@/lib/validation/verdicts';
import { approvalSnapshotSchema } from './approval-snapshot';
import { anchorStatus, appearance, claimant, claimStatus, reanchorMethod, role, textSelector } from './schema-parts';

/** No record on this side of the change (nothing before a creation, nothing after a deletion); stored as null. */
const nothing = z.null().default(null);

const version = z.number().int().meta({ description: "the claim's version" });
const count = z.number().int();

/** A claim's status (and, after a change, the version the change gave it). */
const claimStatusAt = z.object({ status: claimStatus, version });

// Records as the API showed them when the change happened (a Source, a
// Comment, ...). Each names what the trail relies on; the rest of the record
// is kept as it was written (a loose object), since the API's shapes grow and
// an event keeps the fields its record had then.
const sourceRecord = z.looseObject({ id: z.string(), claimId: z.string(), url: z.string(), title: z.string().nullable() }).meta({ description: 'the Source as it was' });
const commentRecord = z.looseObject({ id: z.string(), claimId: z.string(), body: z.string() }).meta({ description: 'the Comment as written' });
const claimRecord = z.looseObject({ id: z.string(), statement: z.string(), selector: textSelector, status: claimStatus, version }).meta({ description: 'the whole Claim as it was' });
const userRecord = z.looseObject({ id: z.string(), email: z.string(), name: z.string(), role, active: z.boolean(), mustChangePassword: z.boolean() }).meta({ description: 'the User as it was' });
const articleRecord = z.looseObject({ id: z.string(), slug: z.string(), title: z.string() }).meta({ description: 'the Article as created' });

/** What a claim says: the fields an editor changes (`verdict` is a key of the verdict scale). */
export const claimContent = z.object({ statement: z.string(), verdict: z.string().nullable(), rationale: z.string() });
export type ClaimContent = z.infer<typeof claimContent>;

/** Who made a claim and where it appeared: content a reviewer judges like the statement (null when not set). */
export const claimAttribution = z.object({ claimant: claimant.nullable(), appearance: appearance.nullable() });
export type ClaimAttribution = z.infer<typeof claimAttribution>;

/** Where a claim's words are, with its status and version. */
const claimAnchoring = z.object({ selector: textSelector, revisionId: z.string(), anchorStatus, status: claimStatus, version });

const revisionRef = z.object({ id: z.string(), number: z.number().int(), contentHash: z.string(), length: count });

export const claimCreatedEvent = z
  .object({
    action: z.literal('claim.created'),
    entityType: z.literal('Claim'),
    before: nothing,
    after: claimContent.extend({ selector: textSelector, status: claimStatus, claimant: claimant.nullable().optional().meta({ description: 'absent in events written before claimants' }) }),
  })
  .meta({ id: 'ClaimCreatedEvent' });

export const claimUpdatedEvent = z
  .object({
    action: z.literal('claim.updated'),
    entityType: z.literal('Claim'),
    before: claimContent.extend(claimAttribution.shape).partial().extend(claimStatusAt.shape).meta({ description: 'only the fields that changed' }),
    after: claimContent.extend(claimAttribution.shape).partial().extend(claimStatusAt.shape).meta({ description: 'only the fields that changed' }),
  })
  .meta({ id: 'ClaimUpdatedEvent' });

export const claimSubmittedEvent = z.object({ action: z.literal('claim.submitted'), entityType: z.literal('Claim'), before: claimStatusAt, after: claimStatusAt }).meta({ id: 'ClaimSubmittedEvent' });

const reviewComment = z.string().nullable().meta({ description: "the reviewer's comment, also posted to the thread" });

export const claimApprovedEvent = z
  .object({
    action: z.literal('claim.approved'),
    entityType: z.literal('Review'),
    before: claimStatusAt,
    after: claimStatusAt.extend({ comment: reviewComment, snapshot: approvalSnapshotSchema }),
  })
  .meta({ id: 'ClaimApprovedEvent' });

export const claimChangesRequestedEvent = z
  .object({
    action: z.literal('claim.changes_requested'),
    entityType: z.literal('Review'),
    before: claimStatusAt,
    after: claimStatusAt.extend({
      comment: reviewComment,
      snapshot: approvalSnapshotSchema.optional().meta({ description: 'the claim as it was sent back (absent in events written before such snapshots were kept)' }),
    }),
  })
  .meta({ id: 'ClaimChangesRequestedEvent' });

export const claimReattachedEvent = z
  .object({ action: z.literal('claim.reattached'), entityType: z.literal('Claim'), before: claimAnchoring, after: claimAnchoring.extend({ revisionNumber: z.number().int() }) })
  .meta({ id: 'ClaimReattachedEvent' });

export const claimReanchoredEvent = z
  .object({
    action: z.literal('claim.reanchored'),
    entityType: z.literal('Claim'),
    before: claimAnchoring,
    after: claimAnchoring.extend({
      revisionNumber: z.number().int(),
      method: reanchorMethod,
      score: z.number().meta({ description: '1 for exact matches, the fuzzy score otherwise, 0 for orphaned' }),
      reason: z.string().meta({ description: 'one readable sentence: why the words moved or changed' }),
    }),
  })
  .meta({ id: 'ClaimReanchoredEvent', description: 'a new revision of the article moved or changed the claimed words; the actor saved the revision' });

export const claimDeletedEvent = z.object({ action: z.literal('claim.deleted'), entityType: z.literal('Claim'), before: claimRecord, after: nothing }).meta({ id: 'ClaimDeletedEvent' });

export const claimRestoredEvent = z
  .object({
    action: z.literal('claim.restored'),
    entityType: z.literal('Claim'),
    before: z.object({ deletedAt: z.string().meta({ description: 'when the claim.deleted event it was restored from was written (ISO 8601)' }) }),
    after: claimRecord.meta({ description: 'the whole Claim as restored: a draft again, on the latest revision (or orphaned), without the reviews, comments and approvals deleted with it' }),
  })
  .meta({ id: 'ClaimRestoredEvent', description: 'a deleted claim put back from its claim.deleted record (POST /api/claims/:id/restore)' });

export const sourceAddedEvent = z
  .object({ action: z.literal('source.added'), entityType: z.literal('Source'), before: claimStatusAt.pick({ status: true }), after: sourceRecord.extend(claimStatusAt.shape) })
  .meta({ id: 'SourceAddedEvent' });

export const sourceUpdatedEvent = z
  .object({ action: z.literal('source.updated'), entityType: z.literal('Source'), before: sourceRecord.extend({ status: claimStatus }), after: sourceRecord.extend(claimStatusAt.shape) })
  .meta({ id: 'SourceUpdatedEvent' });

export const sourceRemovedEvent = z
  .object({ action: z.literal('source.removed'), entityType: z.literal('Source'), before: sourceRecord.extend({ status: claimStatus }), after: claimStatusAt })
  .meta({ id: 'SourceRemovedEvent' });

export const commentAddedEvent = z.object({ action: z.literal('comment.added'), entityType: z.literal('Comment'), before: nothing, after: commentRecord }).meta({ id: 'CommentAddedEvent' });

export const articleCreatedEvent = z
  .object({
    action: z.literal('article.created'),
    entityType: z.literal('Article'),
    before: nothing,
    after: articleRecord.extend({ revision: revisionRef.omit({ id: true }) }),
  })
  .meta({ id: 'ArticleCreatedEvent' });

export const articleRevisedEvent = z
  .object({
    action: z.literal('article.revised'),
    entityType: z.literal('ArticleRevision'),
    before: z.object({ revision: revisionRef }),
    after: z.object({
      articleId: z.string(),
      revision: revisionRef.extend({ note: z.string().nullable() }),
      claims: z
        .object({ total: count, INTACT: count, CHANGED: count, ORPHANED: count, unchanged: count, reanchored: count, backToReview: count })
        .meta({ description: 'how re-anchoring went: anchor statuses after it, claims only moved (no event of their own), claims with a claim.reanchored event, claims sent back to review' }),
    }),
  })
  .meta({ id: 'ArticleRevisedEvent' });

/** What a public page shows: its slug, the revision's text, and the approval each claim shows. */
const publicationRecord = z
  .object({ slug: z.string(), revisionId: z.string(), claims: z.array(z.object({ claimId: z.string(), approvalId: z.string() })) })
  .meta({ description: 'the public page as published' });

export const articlePublishedEvent = z
  .object({ action: z.literal('article.published'), entityType: z.literal('Article'), before: publicationRecord.nullable().default(null), after: publicationRecord })
  .meta({ id: 'ArticlePublishedEvent', description: 'before: what the page showed until then (null when it was not public)' });

export const articleUnpublishedEvent = z
  .object({ action: z.literal('article.unpublished'), entityType: z.literal('Article'), before: publicationRecord, after: nothing })
  .meta({ id: 'ArticleUnpublishedEvent' });

/** Who works on an article or a claim and who reviews it (user ids; null: nobody). */
const assignmentRecord = z.object({ editorId: z.string().nullable(), reviewerId: z.string().nullable() }).meta({ description: 'the assignment' });

export const articleAssignedEvent = z
  .object({ action: z.literal('article.assigned'), entityType: z.literal('Article'), before: assignmentRecord, after: assignmentRecord })
  .meta({ id: 'ArticleAssignedEvent' });

export const claimAssignedEvent = z
  .object({ action: z.literal('claim.assigned'), entityType: z.literal('Claim'), before: assignmentRecord, after: assignmentRecord })
  .meta({ id: 'ClaimAssignedEvent' });

export const userCreatedEvent = z.object({ action: z.literal('user.created'), entityType: z.literal('User'), before: nothing, after: userRecord }).meta({ id: 'UserCreatedEvent' });

export const userUpdatedEvent = z.object({ action: z.literal('user.updated'), entityType: z.literal('User'), before: userRecord, after: userRecord }).meta({ id: 'UserUpdatedEvent' });

export const userPasswordChangedEvent = z
  .object({ action: z.literal('user.password_changed'), entityType: z.literal('User'), before: nothing, after: z.object({ otherSessionsEnded: count }) })
  .meta({ id: 'UserPasswordChangedEvent' });

export const userPasswordResetEvent = z
  .object({ action: z.literal('user.password_reset'), entityType: z.literal('User'), before: nothing, after: z.object({ mustChangePassword: z.literal(true), sessionsEnded: count }) })
  .meta({ id: 'UserPasswordResetEvent' });

export const verdictsReplacedEvent = z
  .object({ action: z.literal('verdicts.replaced'), entityType: z.literal('VerdictOption'), before: z.array(verdictOptionSchema), after: z.array(verdictOptionSchema) })
  .meta({ id: 'VerdictsReplacedEvent' });

export const auditEvent = z
  .discriminatedUnion('action', [
    articleCreatedEvent,
    articleRevisedEvent,
    articlePublishedEvent,
    articleUnpublishedEvent,
    articleAssignedEvent,
    claimAssignedEvent,
    claimCreatedEvent,
    claimUpdatedEvent,
    claimSubmittedEvent,
    claimApprovedEvent,
    claimChangesRequestedEvent,
    claimReattachedEvent,
    claimReanchoredEvent,
    claimDeletedEvent,
    claimRestoredEvent,
    sourceAddedEvent,
    sourceUpdatedEvent,
    sourceRemovedEvent,
    commentAddedEvent,
    userCreatedEvent,
    userUpdatedEvent,
    userPasswordChangedEvent,
    userPasswordResetEvent,
    verdictsReplacedEvent,
  ])
  .meta({ id: 'AuditEvent', description: 'what an audit event records, by action: the kind of record it is about and that record before and after the change' });

/** An event as stored and read back. */
export type AuditEvent = z.infer<typeof auditEvent>;
/** An event as a service writes it (a side with no record may be left out). */
export type AuditEventInput = z.input<typeof auditEvent>;
export type AuditAction = AuditEvent['action'];
export type AuditEntityType = AuditEvent['entityType'];
