// What changed in a claim since a reviewer last sent it back: the claim as it
// was judged then (frozen into the claim.changes_requested event by
// review-claim.ts) against the claim now, so whoever reviews it again checks
// what was done about the request rather than re-reading everything. Only while
// that request is the claim's latest decision: after an approval the approved
// version is what to compare with (get-since-approval.ts), and a restored claim
// starts over.
import { z } from 'zod';
import { approvalSnapshot, approvalSnapshotSchema, changedFields, SNAPSHOT_FIELDS } from '@/lib/domain/approval-snapshot';
import { auditEvent } from '@/lib/domain/audit-events';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { personRef, timestamp } from '../contract/parts';
import { toClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';

export const sinceChangesRequested = z
  .object({
    requestedAt: timestamp.nullable(),
    requestedBy: personRef.nullable(),
    comment: z.string().nullable().meta({ description: "the reviewer's request" }),
    requested: approvalSnapshotSchema.nullable().meta({
      description: 'the claim as it was sent back; null when its latest decision is not a request for changes, or the request was made before such snapshots were kept',
    }),
    current: approvalSnapshotSchema,
    changed: z.array(z.enum(SNAPSHOT_FIELDS)).meta({ description: 'empty when there is no request to compare with' }),
  })
  .meta({ id: 'SinceChangesRequested' });
export type SinceChangesRequested = z.infer<typeof sinceChangesRequested>;

export interface GetSinceChangesRequestedOptions {
  actor: Actor;
  claimId: string;
}

/** The events that end what a request for changes asked: a decision after it, or the claim's restore. */
const LATEST_WORD = ['claim.approved', 'claim.changes_requested', 'claim.restored'];

export async function getSinceChangesRequested({ actor, claimId }: GetSinceChangesRequestedOptions): Promise<SinceChangesRequested> {
  authorize(actor, 'article:read');
  const claim = await loadClaim(db, claimId);
  const current = approvalSnapshot(toClaimDto(claim));
  const last = await db.auditEvent.findFirst({
    where: { claimId, action: { in: LATEST_WORD } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { actor: { select: { id: true, name: true } } },
  });
  const read = last ? auditEvent.safeParse({ action: last.action, entityType: last.entityType, before: parse(last.before), after: parse(last.after) }) : null;
  const request = read?.success && read.data.action === 'claim.changes_requested' ? read.data : null;
  const requested = request?.after.snapshot ?? null;
  return {
    requestedAt: request && last ? last.createdAt.toISOString() : null,
    requestedBy: request ? (last?.actor ?? null) : null,
    comment: request?.after.comment ?? null,
    requested,
    current,
    changed: requested ? changedFields(requested, current) : [],
  };
}

function parse(value: string | null): unknown {
  return value === null ? null : JSON.parse(value);
}
