// The API's Review shape.
import { z } from 'zod';
import type { ReviewDecision } from '@/lib/domain/types';
import { personRef, reviewDecision, timestamp } from '../contract/parts';

export const REVIEW_INCLUDE = { reviewer: { select: { id: true, name: true } } };

export const reviewDto = z
  .object({
    id: z.string(),
    claimId: z.string(),
    reviewerId: z.string(),
    reviewer: personRef,
    decision: reviewDecision,
    comment: z.string().nullable(),
    claimVersion: z.number().int().meta({ description: 'the claim version this review judged' }),
    createdAt: timestamp,
  })
  .meta({ id: 'Review' });
export type ReviewDto = z.infer<typeof reviewDto>;

interface ReviewRow {
  id: string;
  claimId: string;
  reviewerId: string;
  reviewer: { id: string; name: string };
  decision: ReviewDecision;
  comment: string | null;
  claimVersion: number;
  createdAt: Date;
}

export function toReviewDto(row: ReviewRow): ReviewDto {
  return {
    id: row.id,
    claimId: row.claimId,
    reviewerId: row.reviewerId,
    reviewer: row.reviewer,
    decision: row.decision,
    comment: row.comment,
    claimVersion: row.claimVersion,
    createdAt: row.createdAt.toISOString(),
  };
}
