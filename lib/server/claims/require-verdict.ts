import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';

/** The verdict key if it is on the organisation's scale; 422 otherwise. */
export async function requireVerdict(tx: Tx, key: string): Promise<string> {
  const option = await tx.verdictOption.findUnique({ where: { key }, select: { key: true } });
  if (!option) throw new AppError('INVALID', 'Unknown verdict', { verdict: `"${key}" is not on the verdict scale` });
  return option.key;
}
