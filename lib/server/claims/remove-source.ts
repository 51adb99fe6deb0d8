// Detaches a source from a claim: like adding one, a change to the evidence
// (same permission, same return to review, the remover becomes a contributor).
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toSourceDto } from './claim-dto';
import { markSourcesChanged } from './claim-version';
import { loadClaim } from './load-claim';
import { recordContributor } from './record-contributor';

export interface RemoveSourceOptions {
  actor: Actor;
  claimId: string;
  sourceId: string;
}

export async function removeSource({ actor, claimId, sourceId }: RemoveSourceOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'source:remove', { authorId: claim.authorId });
    // A source id under another claim's path is as good as unknown.
    const source = claim.sources.find((s) => s.id === sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'No such source on this claim');
    await tx.source.delete({ where: { id: source.id } });
    const { before, after, version } = await markSourcesChanged(tx, claim.id, claim.status);
    await recordContributor(tx, claim.id, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Source',
      entityId: source.id,
      claimId: claim.id,
      action: 'source.removed',
      before: { ...toSourceDto(source), status: before },
      after: { status: after, version },
    });
  });
}
