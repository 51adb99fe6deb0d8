// The verdict scale, for pickers and exports.
import type { Actor, VerdictOptionData } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { loadVerdictScale } from './verdict-scale';

export interface ListVerdictsOptions {
  actor: Actor;
}

export async function listVerdicts({ actor }: ListVerdictsOptions): Promise<VerdictOptionData[]> {
  authorize(actor, 'article:read');
  return loadVerdictScale(db);
}
