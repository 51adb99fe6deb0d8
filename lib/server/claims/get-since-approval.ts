// What changed in a claim since it was last approved: its latest ClaimApproval
// record (the published version) against the claim as it is now.
import { approvalSnapshot, changedFields, type ApprovalSnapshot, type SnapshotField } from '@/lib/domain/approval-snapshot';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';
import { LATEST_APPROVAL, toPublishedVersion } from './published-version';

export interface SinceApproval {
  approvedAt: string | null;
  approvedBy: { id: string; name: string } | null;
  /** null when never approved */
  approved: ApprovalSnapshot | null;
  current: ApprovalSnapshot;
  /** empty when there is no approval to compare with */
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
  const [record] = await db.claimApproval.findMany({ where: { claimId }, ...LATEST_APPROVAL });
  const published = record ? toPublishedVersion(record) : null;
  const approved = published ? approvalSnapshot(published) : null;
  return {
    approvedAt: published?.approvedAt ?? null,
    approvedBy: published?.approvedBy ?? null,
    approved,
    current,
    changed: approved ? changedFields(approved, current) : [],
  };
}
