// What changed in a claim since it was last approved: the snapshot frozen in
// the latest 'claim.approved' audit event against the claim as it is now.
import { approvalSnapshot, changedFields, type ApprovalSnapshot, type SnapshotField } from '@/lib/domain/approval-snapshot';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';

export interface SinceApproval {
  approvedAt: string | null;
  approvedBy: { id: string; name: string } | null;
  /** null when never approved, or approved before approvals kept a snapshot */
  approved: ApprovalSnapshot | null;
  current: ApprovalSnapshot;
  /** empty when there is no snapshot to compare with */
  changed: SnapshotField[];
}

export interface GetSinceApprovalOptions {
  actor: Actor;
  claimId: string;
}

export async function getSinceApproval({ actor, claimId }: GetSinceApprovalOptions): Promise<SinceApproval> {
  authorize(actor, 'article:read');
  const claim = await loadClaim(db, claimId);
  const current = approvalSnapshot(toClaimDto(claim));
  const event = await db.auditEvent.findFirst({
    where: { claimId, action: 'claim.approved' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { createdAt: true, after: true, actor: { select: { id: true, name: true } } },
  });
  const approved = event?.after ? ((JSON.parse(event.after) as { snapshot?: ApprovalSnapshot }).snapshot ?? null) : null;
  return {
    approvedAt: event ? event.createdAt.toISOString() : null,
    approvedBy: event?.actor ?? null,
    approved,
    current,
    changed: approved ? changedFields(approved, current) : [],
  };
}
