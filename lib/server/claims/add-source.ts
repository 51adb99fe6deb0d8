// Attaches a source to a claim. Evidence is content: only those who may edit
// the claim may add one, and the change is recorded as every change to the
// evidence is (record-source-change: back to review when approved, the adder
// a contributor, a new version so a stale copy learns the evidence changed).
import type { Actor } from '@/lib/domain/types';
import type { AddSourceBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toClaimDto, toSourceDto, type ClaimDto, type SourceDto } from './claim-dto';
import { loadClaim } from './load-claim';
import { recordSourceChange } from './record-source-change';
import { sourceData } from './source-data';

export interface AddSourceOptions {
  actor: Actor;
  claimId: string;
  input: AddSourceBody;
}

/** The new source, and the claim as it now is (new version, perhaps back in review): the card needs both. */
export async function addSource({ actor, claimId, input }: AddSourceOptions): Promise<{ source: SourceDto; claim: ClaimDto }> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'source:add', { authorId: claim.authorId });
    const source = toSourceDto(await tx.source.create({ data: { claimId: claim.id, createdById: actor.id, ...sourceData(input) } }));
    await recordSourceChange(tx, { actor, claim, sourceId: source.id, action: 'source.added', after: source });
    return { source, claim: toClaimDto(await loadClaim(tx, claim.id)) };
  });
}
