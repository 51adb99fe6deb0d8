// Writes re-anchoring plans inside the revision's transaction: one bulk update
// for claims whose words merely moved to the new revision unchanged; for every
// claim whose anchoring or status changed, a version-guarded update (batched:
// update-claim-anchorings.ts) and one audit event, so its history keeps the
// quote it had before.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { Tx } from '../db';
import { recordAuditMany, type AuditInput } from '../audit';
import type { ClaimAnchoring, ReanchorPlan } from './plan-reanchor';
import { updateClaimAnchorings } from './update-claim-anchorings';

/** Keeps each bulk statement well under SQLite's limit on bound parameters. */
const CHUNK = 500;

export interface ApplyReanchorOptions {
  actor: Actor;
  plans: ReanchorPlan[];
  revision: { id: string; number: number };
}

export async function applyReanchor(tx: Tx, { actor, plans, revision }: ApplyReanchorOptions): Promise<void> {
  const moved = plans.filter((plan) => plan.kind === 'moved').map((plan) => plan.claimId);
  for (let i = 0; i < moved.length; i += CHUNK) {
    const ids = moved.slice(i, i + CHUNK);
    const { count } = await tx.claim.updateMany({
      where: { id: { in: ids } },
      data: { revisionId: revision.id, version: { increment: 1 } },
    });
    if (count !== ids.length) throw claimsChanged();
  }

  const updated = plans.filter((plan) => plan.kind === 'updated');
  // The version guard keeps a concurrent edit from being overwritten: one row not written and nothing is.
  const written = await updateClaimAnchorings(
    tx,
    updated.map(({ claimId, version, after }) => ({ claimId, version, selector: after.selector, revisionId: after.revisionId, anchorStatus: after.anchorStatus, status: after.status })),
  );
  if (written !== updated.length) throw claimsChanged();
  await recordAuditMany(
    tx,
    updated.map((plan) => reanchoredEvent(actor, plan, revision)),
  );
}

function reanchoredEvent(actor: Actor, plan: ReanchorPlan, revision: { id: string; number: number }): AuditInput {
  return {
    actorId: actor.id,
    entityType: 'Claim',
    entityId: plan.claimId,
    action: 'claim.reanchored',
    before: { ...anchoring(plan.before), version: plan.version },
    after: {
      ...anchoring(plan.after),
      version: plan.version + 1,
      revisionNumber: revision.number,
      method: plan.method,
      score: plan.score,
      reason: plan.reason,
    },
  };
}

function anchoring(value: ClaimAnchoring) {
  return { selector: value.selector, revisionId: value.revisionId, anchorStatus: value.anchorStatus, status: value.status };
}

function claimsChanged(): AppError {
  return new AppError('CONFLICT', 'A claim of this article changed while the revision was saved; try again');
}
