// Claims waiting for review that the caller may judge, longest waiting first,
// optionally narrowed to one article, author or verdict, or to claims waiting
// at least some hours. Editors may review nothing, so theirs is simply empty.
import { z } from 'zod';
import { decide } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import type { ReviewQueueQuery } from '@/lib/validation/review-queue';
import { db } from '../db';
import { COMMENT_INCLUDE, commentDto, toCommentDto, type CommentDto } from '../comments/comment-dto';
import { timestamp } from '../contract/parts';
import { CLAIM_INCLUDE, claimDto, toClaimDto } from './claim-dto';
import { reviewEntryTimes } from './review-entry-times';

export const queuedClaim = claimDto
  .extend({
    article: z.object({ id: z.string(), title: z.string() }),
    submittedAt: timestamp.meta({ description: 'when the claim last entered review (submitted, or sent back after approval)' }),
    comments: z.array(commentDto).meta({ description: "the claim's thread, oldest first: the queue shows it without a request per card" }),
  })
  .meta({ id: 'QueuedClaim' });
export type QueuedClaim = z.infer<typeof queuedClaim>;

export const reviewQueue = z.object({ claims: z.array(queuedClaim), total: z.number().int().meta({ description: 'how many claims match the filters' }) });
export type ReviewQueue = z.infer<typeof reviewQueue>;

export interface ListReviewQueueOptions {
  actor: Actor;
  query?: ReviewQueueQuery;
}

const HOUR_MS = 60 * 60 * 1000;

/** Whether the caller may judge a claim: the permission matrix decides, four eyes included. */
export const mayReview = (actor: Actor) => (claim: { authorId: string }) => decide(actor, 'claim:review', { authorId: claim.authorId }).allowed;

export async function listReviewQueue({ actor, query = {} }: ListReviewQueueOptions): Promise<ReviewQueue> {
  const rows = await db.claim.findMany({
    where: {
      status: 'IN_REVIEW',
      articleId: query.articleId,
      authorId: query.authorId,
      verdictKey: query.verdict,
      // The claim's own reviewer, else its article's (lib/domain/notifications.ts effectiveAssignee).
      ...(query.assignedTo === 'me' ? { OR: [{ reviewerAssigneeId: actor.id }, { reviewerAssigneeId: null, article: { reviewerAssigneeId: actor.id } }] } : {}),
    },
    include: { ...CLAIM_INCLUDE, article: { select: { id: true, title: true } } },
  });
  const reviewable = rows.filter(mayReview(actor));
  const entered = await reviewEntryTimes(
    db,
    reviewable.map((claim) => claim.id),
  );
  const cutoff = query.minAgeHours === undefined ? Infinity : Date.now() - query.minAgeHours * HOUR_MS;
  const threads = await commentsOf(claimIdsOf(reviewable));
  const claims = reviewable
    // A claim with no entry on record (written before the audit trail knew) waits since its last change.
    .map((claim) => ({ claim, since: entered.get(claim.id) ?? claim.updatedAt }))
    .filter(({ since }) => since.getTime() <= cutoff)
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.claim.id.localeCompare(b.claim.id))
    .map(({ claim, since }) => ({ ...toClaimDto(claim), article: claim.article, submittedAt: since.toISOString(), comments: threads.get(claim.id) ?? [] }));
  return { claims, total: claims.length };
}

const claimIdsOf = (claims: { id: string }[]) => claims.map((claim) => claim.id);

async function commentsOf(claimIds: string[]): Promise<Map<string, CommentDto[]>> {
  const rows = await db.comment.findMany({
    where: { claimId: { in: claimIds } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: COMMENT_INCLUDE,
  });
  const threads = new Map<string, CommentDto[]>();
  for (const row of rows) threads.set(row.claimId, [...(threads.get(row.claimId) ?? []), toCommentDto(row)]);
  return threads;
}
