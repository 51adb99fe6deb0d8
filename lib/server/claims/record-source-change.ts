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

/** The change, by action: a source added has no before, a source removed no after. */
export type SourceChange = {
  actor: Actor;
  claim: { id: string; status: ClaimStatus; articleId: string };
  sourceId: string;
} & ({ action: 'source.added'; after: SourceDto } | { action: 'source.updated'; before: SourceDto; after: SourceDto } | { action: 'source.removed'; before: SourceDto });

export async function recordSourceChange(tx: Tx, change: SourceChange): Promise<void> {
  const { actor, claim, sourceId } = change;
  const status = await markSourcesChanged(tx, claim.id, claim.status);
  await recordContributor(tx, claim.id, actor.id);
  const event = { actorId: actor.id, entityType: 'Source', entityId: sourceId, claimId: claim.id, articleId: claim.articleId } as const;
  const after = { status: status.after, version: status.version };
  switch (change.action) {
    case 'source.added':
      return recordAudit(tx, { ...event, action: change.action, before: { status: status.before }, after: { ...change.after, ...after } });
    case 'source.updated':
      return recordAudit(tx, { ...event, action: change.action, before: { ...change.before, status: status.before }, after: { ...change.after, ...after } });
    case 'source.removed':
      return recordAudit(tx, { ...event, action: change.action, before: { ...change.before, status: status.before }, after });
  }
}
