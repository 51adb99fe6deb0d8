// How many claims wait for the caller's review: the number the navigation
// shows. Counts exactly what listReviewQueue would list without filters.
import type { Actor } from '@/lib/domain/types';
import { db } from '../db';
import { mayReview } from './list-review-queue';

export interface CountReviewQueueOptions {
  actor: Actor;
}

export async function countReviewQueue({ actor }: CountReviewQueueOptions): Promise<number> {
  const waiting = await db.claim.findMany({ where: { status: 'IN_REVIEW' }, select: { authorId: true } });
  return waiting.filter(mayReview(actor)).length;
}
