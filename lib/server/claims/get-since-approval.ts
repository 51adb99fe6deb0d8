// What changed in a claim since it was last approved: its latest ClaimApproval
// record (the published version) against the claim as it is now.
import { z } from 'zod';
import { approvalSnapshot, approvalSnapshotSchema, changedFields, SNAPSHOT_FIELDS } from '@/lib/domain/approval-snapshot';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { personRef, timestamp } from '../contract/parts';
import { toClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';
import { LATEST_APPROVAL, toPublishedVersion } from './published-version';

export const sinceApproval = z
  .object({
    approvedAt: timestamp.nullable(),
    approvedBy: personRef.nullable(),
    approved: approvalSnapshotSchema.nullable().meta({ description: 'null when never approved' }),
    current: approvalSnapshotSchema,
    changed: z.array(z.enum(SNAPSHOT_FIELDS)).meta({ description: 'empty when there is no approval to compare with' }),
  })
  .meta({ id: 'SinceApproval' });
export type SinceApproval = z.infer<typeof sinceApproval>;

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
