// What every change to a claim's evidence (a source added, corrected or
// removed) does besides the change itself, in its transaction: the claim's
// version and status move on as the workflow says ('change_sources': an
// approved claim goes back to review), the person becomes a contributor whom
// four eyes keeps from approving it, and the audit event records the source
// with the claim's status before and after.
import type { Actor, ClaimStatus } from '@/lib/domain/types';
import type { Tx } from '../db';
import { recordAudit } from '../audit';
import type { SourceDto } from './claim-dto';
import { markSourcesChanged } from './claim-version';
import { recordContributor } from './record-contributor';

export interface SourceChange {
  actor: Actor;
  claim: { id: string; status: ClaimStatus };
  sourceId: string;
  action: 'source.added' | 'source.updated' | 'source.removed';
  /** the source before the change (none when added) */
  before?: SourceDto;
  /** the source after the change (none when removed) */
  after?: SourceDto;
}

export async function recordSourceChange(tx: Tx, { actor, claim, sourceId, action, before, after }: SourceChange): Promise<void> {
  const status = await markSourcesChanged(tx, claim.id, claim.status);
  await recordContributor(tx, claim.id, actor.id);
  await recordAudit(tx, {
    actorId: actor.id,
    entityType: 'Source',
    entityId: sourceId,
    claimId: claim.id,
    action,
    before: { ...before, status: status.before },
    after: { ...after, status: status.after, version: status.version },
  });
}
