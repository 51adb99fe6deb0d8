// Points a claim at words of the latest revision: how an editor rescues an
// orphaned claim, or corrects one the engine moved to the wrong place. The
// claim's old quote stays in its history; an approved verdict goes back to
// review, since it was given on other words.
import type { Actor } from '@/lib/domain/types';
import type { ReattachClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadLatestRevision } from '../articles/load-latest-revision';
import { recordAudit } from '../audit';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { checkExpectedVersion, updateClaimAtVersion } from './claim-version';
import { loadClaim, type LoadedClaim } from './load-claim';
import { requireSelector } from './require-selector';
import { recordContributor } from './record-contributor';
import { requireTransition } from './require-transition';

export interface ReattachClaimOptions {
  actor: Actor;
  claimId: string;
  input: ReattachClaimBody;
}

export async function reattachClaim({ actor, claimId, input }: ReattachClaimOptions): Promise<ClaimDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'claim:edit', { authorId: claim.authorId });
    checkExpectedVersion(claim, input.version);
    const latest = await loadLatestRevision(tx, claim.articleId, { id: true, number: true, text: true });
    const selector = requireSelector(latest.text, input.selector);

    // Confirming the anchor a claim already has is not a change: no new version, no review lost.
    const unchanged = claim.revisionId === latest.id && claim.anchorStatus === 'INTACT' && claim.start === selector.start && claim.end === selector.end;
    if (unchanged) return toClaimDto(claim);

    const status = requireTransition(claim.status, 'anchor_changed');
    await recordContributor(tx, claim.id, actor.id);
    const updated = await updateClaimAtVersion(tx, claim.id, input.version, {
      ...selector,
      revisionId: latest.id,
      anchorStatus: 'INTACT',
      status,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      articleId: claim.articleId,
      action: 'claim.reattached',
      before: { ...anchoring(claim), version: claim.version },
      after: { ...anchoring(updated), version: updated.version, revisionNumber: latest.number },
    });
    return toClaimDto(updated);
  });
}

function anchoring(claim: LoadedClaim) {
  return {
    selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end },
    revisionId: claim.revisionId,
    anchorStatus: claim.anchorStatus,
    status: claim.status,
  };
}
