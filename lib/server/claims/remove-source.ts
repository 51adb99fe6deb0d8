// Detaches a source from a claim: like adding one, a change to the evidence
// (same permission, recorded by record-source-change).
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toSourceDto } from './claim-dto';
import { loadClaim } from './load-claim';
import { recordSourceChange } from './record-source-change';

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
    await recordSourceChange(tx, { actor, claim, sourceId: source.id, action: 'source.removed', before: toSourceDto(source) });
  });
}
