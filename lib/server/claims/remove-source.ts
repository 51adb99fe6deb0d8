// Detaches a source from a claim (and bumps the claim's version).
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toSourceDto } from './claim-dto';
import { bumpClaimVersion } from './claim-version';
import { loadClaim } from './load-claim';

export interface RemoveSourceOptions {
  actor: Actor;
  claimId: string;
  sourceId: string;
}

export async function removeSource({ actor, claimId, sourceId }: RemoveSourceOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    // A source id under another claim's path is as good as unknown.
    const source = claim.sources.find((s) => s.id === sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'No such source on this claim');
    authorize(actor, 'source:remove', { authorId: claim.authorId, sourceAddedById: source.createdById });
    await tx.source.delete({ where: { id: source.id } });
    await bumpClaimVersion(tx, claim.id);
    await recordAudit(tx, { actorId: actor.id, entityType: 'Source', entityId: source.id, claimId: claim.id, action: 'source.removed', before: toSourceDto(source) });
  });
}
