// The verdict scale, for pickers and exports.
import { z } from 'zod';
import type { Actor, VerdictOptionData } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { verdictClass } from '../contract/parts';
import type { Equal, Expect } from '../contract/type-checks';
import { loadVerdictScale } from './verdict-scale';

export const verdictOption = z
  .object({
    key: z.string(),
    label: z.string(),
    ratingValue: z.number().nullable().meta({ description: 'ClaimReview reviewRating.ratingValue; null for verdicts off the scale' }),
    normalized: verdictClass,
    color: z.string(),
    order: z.number().int(),
  })
  .meta({ id: 'VerdictOption' });
export type VerdictOptionMatchesDomain = Expect<Equal<z.infer<typeof verdictOption>, VerdictOptionData>>;

export interface ListVerdictsOptions {
  actor: Actor;
}

export async function listVerdicts({ actor }: ListVerdictsOptions): Promise<VerdictOptionData[]> {
  authorize(actor, 'article:read');
  return loadVerdictScale(db);
}
