// The API's Review shape.
import type { ReviewDecision } from '@/lib/domain/types';

export const REVIEW_INCLUDE = { reviewer: { select: { id: true, name: true } } };

export interface ReviewDto {
  id: string;
  claimId: string;
  reviewerId: string;
  reviewer: { id: string; name: string };
  decision: ReviewDecision;
  comment: string | null;
  claimVersion: number;
  createdAt: string;
}

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
