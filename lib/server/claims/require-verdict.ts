import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { CLAIM_INCLUDE } from './claim-dto';

/** The verdict option (as a claim shows it) if the key is on the organisation's scale; 422 otherwise. */
export async function requireVerdict(tx: Tx, key: string) {
  const option = await tx.verdictOption.findUnique({ where: { key }, select: CLAIM_INCLUDE.verdict.select });
  if (!option) throw new AppError('INVALID', 'Unknown verdict', { verdict: `"${key}" is not on the verdict scale` });
  return option;
}
