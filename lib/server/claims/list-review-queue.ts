// Claims waiting for review that the caller may judge, longest waiting first.
// Editors may review nothing, so theirs is simply empty.
import { decide } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import { db } from '../db';
import { CLAIM_INCLUDE, toClaimDto, type ClaimDto } from './claim-dto';

export type QueuedClaim = ClaimDto & { article: { id: string; title: string } };

export interface ListReviewQueueOptions {
  actor: Actor;
}

export async function listReviewQueue({ actor }: ListReviewQueueOptions): Promise<QueuedClaim[]> {
  const claims = await db.claim.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { ...CLAIM_INCLUDE, article: { select: { id: true, title: true } } },
  });
  return claims
    .filter((claim) => decide(actor, 'claim:review', { authorId: claim.authorId }).allowed)
    .map((claim) => ({ ...toClaimDto(claim), article: claim.article }));
}

