// A reviewer approves a claim or sends it back. The permission matrix checks
// the reviewer role and four eyes (not its author, nor anyone who changed it
// since it was last approved); the status machine decides whether the claim
// is reviewable at all. An approval freezes what was approved into a
// ClaimApproval record (the published version) and clears the contributors;
// a comment given with the decision also opens or continues the thread.
import { approvalSnapshot } from '@/lib/domain/approval-snapshot';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { submitProblems } from '@/lib/domain/workflow';
import type { ReviewBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { notifyAboutClaim } from '../notifications/notify-about-claim';
import { recordAudit } from '../audit';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { checkExpectedVersion, updateClaimAtVersion } from './claim-version';
import { loadClaim } from './load-claim';
import { recordApproval } from './record-approval';
import { requireTransition } from './require-transition';
import { REVIEW_INCLUDE, toReviewDto, type ReviewDto } from './review-dto';

export interface ReviewClaimOptions {
  actor: Actor;
  claimId: string;
  input: ReviewBody;
}

export async function reviewClaim({ actor, claimId, input }: ReviewClaimOptions): Promise<{ claim: ClaimDto; review: ReviewDto }> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'claim:review', { authorId: claim.authorId, contributorIds: claim.contributors.map((c) => c.userId) });
    checkExpectedVersion(claim, input.version);
    const approve = input.decision === 'approve';
    const status = requireTransition(claim.status, approve ? 'approve' : 'request_changes');
    // Sources or the verdict may have been removed while the claim waited in
    // the queue; an approval must never publish a claim without them.
    const problems = approve ? submitProblems({ verdictKey: claim.verdict?.key ?? null, sourceCount: claim.sources.length }) : {};
    if (Object.keys(problems).length > 0) throw new AppError('INVALID', 'The claim lacks what an approval needs', problems);

    const review = await tx.review.create({
      data: {
        claimId: claim.id,
        reviewerId: actor.id,
        decision: approve ? 'APPROVE' : 'REQUEST_CHANGES',
        comment: input.comment?.trim() || null,
        claimVersion: claim.version,
      },
      include: REVIEW_INCLUDE,
    });
    // The review's own audit event below records the comment: no second event for it.
    if (review.comment) await tx.comment.create({ data: { claimId: claim.id, authorId: actor.id, body: review.comment, reviewId: review.id } });
    if (approve) {
      // What was loaded is what is approved: the version check of the update
      // below fails (and all of this rolls back) if anything changed since.
      await recordApproval(tx, { claim, reviewId: review.id, approvedById: actor.id });
      await tx.claimContributor.deleteMany({ where: { claimId: claim.id } });
    }
    const updated = await updateClaimAtVersion(tx, claim.id, claim.version, { status });
    const event = { actorId: actor.id, entityType: 'Review', entityId: review.id, claimId: claim.id, articleId: claim.articleId, before: { status: claim.status, version: claim.version } } as const;
    // Both decisions freeze what was judged: an approval as the published version, a request for
    // changes so that the claim, when it comes back, shows what changed since (get-since-changes-requested.ts).
    const after = { status, version: updated.version, comment: review.comment, snapshot: approvalSnapshot(toClaimDto(updated)) };
    await recordAudit(tx, approve ? { ...event, action: 'claim.approved', after } : { ...event, action: 'claim.changes_requested', after });
    // The author (and the claim's editor) hear of the decision; a comment given with it is part of it, not a second notification.
    await notifyAboutClaim(tx, { kind: approve ? 'APPROVED' : 'SENT_BACK', claimId: claim.id, actorId: actor.id });
    return { claim: toClaimDto(updated), review: toReviewDto(review) };
  });
}
