// Assigns a claim to an editor and a reviewer (PUT /api/claims/:id/assignment).
// Assignment is not content: the claim's version and status stay, so nobody's
// edit goes stale because the work was handed out. The change, its audit event
// and the assignees' notifications land in one transaction.
import { assignmentRecipients } from '@/lib/domain/notifications';
import type { Actor } from '@/lib/domain/types';
import type { AssignmentBody } from '@/lib/validation/assignments';
import { authorize } from '../auth/authorize';
import { recordAudit } from '../audit';
import { CLAIM_INCLUDE, toClaimDto, type ClaimDto } from '../claims/claim-dto';
import { loadClaim } from '../claims/load-claim';
import { db } from '../db';
import { notify } from '../notifications/notify';
import { changedOnly, nextAssignment } from './next-assignment';
import { requireAssignees } from './require-assignees';

export interface AssignClaimOptions {
  actor: Actor;
  claimId: string;
  input: AssignmentBody;
}

export async function assignClaim({ actor, claimId, input }: AssignClaimOptions): Promise<ClaimDto> {
  authorize(actor, 'assignment:set');
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    const before = { editorId: claim.editorAssigneeId, reviewerId: claim.reviewerAssigneeId };
    const after = nextAssignment(before, input);
    if (after.editorId === before.editorId && after.reviewerId === before.reviewerId) return toClaimDto(claim);
    await requireAssignees(tx, changedOnly(before, after), { authorId: claim.authorId });
    const updated = await tx.claim.update({ where: { id: claim.id }, data: { editorAssigneeId: after.editorId, reviewerAssigneeId: after.reviewerId }, include: CLAIM_INCLUDE });
    await recordAudit(tx, { actorId: actor.id, entityType: 'Claim', entityId: claim.id, articleId: claim.articleId, action: 'claim.assigned', before, after });
    await notify(tx, { kind: 'ASSIGNED', articleId: claim.articleId, claimId: claim.id, actorId: actor.id, recipients: assignmentRecipients(before, after, actor.id) });
    return toClaimDto(updated);
  });
}
