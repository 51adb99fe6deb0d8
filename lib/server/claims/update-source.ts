// Corrects a source of a claim (a wrong URL, a missing publisher). A change
// to the evidence like adding or removing one: same permission, recorded by
// record-source-change.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { UpdateSourceBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toClaimDto, toSourceDto, type ClaimDto, type SourceDto } from './claim-dto';
import { loadClaim } from './load-claim';
import { recordSourceChange } from './record-source-change';
import { sourceData } from './source-data';

export interface UpdateSourceOptions {
  actor: Actor;
  claimId: string;
  sourceId: string;
  input: UpdateSourceBody;
}

/** The corrected source, and the claim as it now is (new version, perhaps back in review). */
export async function updateSource({ actor, claimId, sourceId, input }: UpdateSourceOptions): Promise<{ source: SourceDto; claim: ClaimDto }> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'source:edit', { authorId: claim.authorId });
    const source = claim.sources.find((s) => s.id === sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'No such source on this claim');

    const before = toSourceDto(source);
    const merged = sourceData({
      url: input.url ?? source.url,
      title: input.title ?? source.title ?? undefined,
      publisher: input.publisher ?? source.publisher ?? undefined,
      quote: input.quote ?? source.quote ?? undefined,
      accessedAt: input.accessedAt ?? before.accessedAt?.slice(0, 10),
      archivedUrl: input.archivedUrl ?? source.archivedUrl ?? undefined,
      reliabilityNote: input.reliabilityNote ?? source.reliabilityNote ?? undefined,
    });
    const fields = Object.keys(merged) as (keyof typeof merged)[];
    const changed = fields.filter((field) => comparable(merged[field]) !== comparable(source[field]));
    // Saving what is already there is not a change: no review lost.
    if (changed.length === 0) return { source: before, claim: toClaimDto(claim) };

    const after = toSourceDto(await tx.source.update({ where: { id: source.id }, data: merged }));
    await recordSourceChange(tx, { actor, claim, sourceId: source.id, action: 'source.updated', before, after });
    return { source: after, claim: toClaimDto(await loadClaim(tx, claim.id)) };
  });
}

const comparable = (value: string | Date | null) => (value instanceof Date ? value.toISOString() : value);
