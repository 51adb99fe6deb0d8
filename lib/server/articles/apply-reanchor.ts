// Writes re-anchoring plans inside the revision's transaction: one bulk update
// for claims whose words merely moved to the new revision unchanged, one
// guarded update and one audit event for every claim whose anchoring or
// status changed, so its history keeps the quote it had before.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { Tx } from '../db';
import { recordAuditMany, type AuditInput } from '../audit';
import type { ClaimAnchoring, ReanchorPlan } from './plan-reanchor';

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
  for (const plan of updated) {
    const { after } = plan;
    // The version in the WHERE clause keeps a concurrent edit from being overwritten.
    const { count } = await tx.claim.updateMany({
      where: { id: plan.claimId, version: plan.version },
      data: { ...after.selector, revisionId: after.revisionId, anchorStatus: after.anchorStatus, status: after.status, version: { increment: 1 } },
    });
    if (count !== 1) throw claimsChanged();
  }
  await recordAuditMany(tx, updated.map((plan) => reanchoredEvent(actor, plan, revision)));
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
