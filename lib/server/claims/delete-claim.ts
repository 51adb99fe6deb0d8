// Deletes a claim with its sources and reviews. The audit event keeps a full
// snapshot: AuditEvent has no foreign key to Claim, so the record outlives it.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';

export interface DeleteClaimOptions {
  actor: Actor;
  claimId: string;
}

export async function deleteClaim({ actor, claimId }: DeleteClaimOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'claim:delete', { authorId: claim.authorId });
    await tx.claim.delete({ where: { id: claim.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      articleId: claim.articleId,
      action: 'claim.deleted',
      before: toClaimDto(claim),
    });
  });
}
