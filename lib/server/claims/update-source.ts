// Corrects a source of a claim (a wrong URL, a missing publisher). A change
// to the evidence like adding or removing one: same permission, an approved
// claim goes back to review, the editor becomes a contributor.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { UpdateSourceBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { toSourceDto, type SourceDto } from './claim-dto';
import { markSourcesChanged } from './claim-version';
import { loadClaim } from './load-claim';
import { recordContributor } from './record-contributor';
import { sourceData } from './source-data';

export interface UpdateSourceOptions {
  actor: Actor;
  claimId: string;
  sourceId: string;
  input: UpdateSourceBody;
}

export async function updateSource({ actor, claimId, sourceId, input }: UpdateSourceOptions): Promise<SourceDto> {
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
    if (changed.length === 0) return before;

    const updated = await tx.source.update({ where: { id: source.id }, data: merged });
    const status = await markSourcesChanged(tx, claim.id, claim.status);
    await recordContributor(tx, claim.id, actor.id);
    const after = toSourceDto(updated);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Source',
      entityId: source.id,
      claimId: claim.id,
      action: 'source.updated',
      before: { ...before, status: status.before },
      after: { ...after, status: status.after, version: status.version },
    });
    return after;
  });
}

const comparable = (value: string | Date | null) => (value instanceof Date ? value.toISOString() : value);
