// Attaches a source to a claim. Evidence is content: only those who may edit
// the claim may add one, an approved claim goes back to review (the workflow's
// 'change_sources'), and the adder becomes a contributor whom four eyes keeps
// from approving it. The version moves on too, so an editor working from a
// stale copy learns that the evidence changed.
import type { Actor } from '@/lib/domain/types';
import type { AddSourceBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toSourceDto, type SourceDto } from './claim-dto';
import { markSourcesChanged } from './claim-version';
import { loadClaim } from './load-claim';
import { recordContributor } from './record-contributor';
import { sourceData } from './source-data';

export interface AddSourceOptions {
  actor: Actor;
  claimId: string;
  input: AddSourceBody;
}

export async function addSource({ actor, claimId, input }: AddSourceOptions): Promise<SourceDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'source:add', { authorId: claim.authorId });
    const source = await tx.source.create({ data: { claimId: claim.id, createdById: actor.id, ...sourceData(input) } });
    const { before, after, version } = await markSourcesChanged(tx, claim.id, claim.status);
    await recordContributor(tx, claim.id, actor.id);
    const dto = toSourceDto(source);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Source',
      entityId: source.id,
      claimId: claim.id,
      action: 'source.added',
      before: { status: before },
      after: { ...dto, status: after, version },
    });
    return dto;
  });
}
