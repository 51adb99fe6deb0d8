// Attaches a source to a claim. The claim's version moves on too, so an
// editor working from a stale copy learns that the evidence changed.
import type { Actor } from '@/lib/domain/types';
import type { AddSourceBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toSourceDto, type SourceDto } from './claim-dto';
import { bumpClaimVersion } from './claim-version';
import { loadClaim } from './load-claim';

export interface AddSourceOptions {
  actor: Actor;
  claimId: string;
  input: AddSourceBody;
}

export async function addSource({ actor, claimId, input }: AddSourceOptions): Promise<SourceDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'source:add', { authorId: claim.authorId });
    const source = await tx.source.create({
      data: {
        claimId: claim.id,
        url: input.url,
        title: blankToNull(input.title),
        publisher: blankToNull(input.publisher),
        quote: blankToNull(input.quote),
        accessedAt: input.accessedAt ? new Date(input.accessedAt) : null,
        archivedUrl: blankToNull(input.archivedUrl),
        reliabilityNote: blankToNull(input.reliabilityNote),
        createdById: actor.id,
      },
    });
    await bumpClaimVersion(tx, claim.id);
    const dto = toSourceDto(source);
    await recordAudit(tx, { actorId: actor.id, entityType: 'Source', entityId: source.id, claimId: claim.id, action: 'source.added', after: dto });
    return dto;
  });
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
