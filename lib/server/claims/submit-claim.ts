// Sends a claim to review: DRAFT or CHANGES_REQUESTED -> IN_REVIEW, once it
// has a verdict and at least one source.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { submitProblems } from '@/lib/domain/workflow';
import type { SubmitClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { notifyAboutClaim } from '../notifications/notify-about-claim';
import { recordAudit } from '../audit';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { checkExpectedVersion, updateClaimAtVersion } from './claim-version';
import { loadClaim } from './load-claim';
import { requireTransition } from './require-transition';

export interface SubmitClaimOptions {
  actor: Actor;
  claimId: string;
  input: SubmitClaimBody;
}

export async function submitClaim({ actor, claimId, input }: SubmitClaimOptions): Promise<ClaimDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'claim:submit', { authorId: claim.authorId });
    checkExpectedVersion(claim, input.version);
    const status = requireTransition(claim.status, 'submit');
    const problems = submitProblems({ verdictKey: claim.verdict?.key ?? null, sourceCount: claim.sources.length });
    if (Object.keys(problems).length > 0) throw new AppError('INVALID', 'The claim is not ready for review', problems);

    const updated = await updateClaimAtVersion(tx, claim.id, claim.version, { status });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      articleId: claim.articleId,
      action: 'claim.submitted',
      before: { status: claim.status, version: claim.version },
      after: { status, version: updated.version },
    });
    // Back after changes were requested: whoever asked for them (and the claim's reviewer) hears of it.
    if (claim.status === 'CHANGES_REQUESTED') await notifyAboutClaim(tx, { kind: 'RESUBMITTED', claimId: claim.id, actorId: actor.id });
    return toClaimDto(updated);
  });
}
