// Replaces the verdict scale. Options are updated in place by key, so claims
// keep their verdicts; a key still used by a claim cannot be dropped (409),
// because that would silently strip verdicts from published work.
import { AppError } from '@/lib/domain/errors';
import type { Actor, VerdictOptionData } from '@/lib/domain/types';
import type { ReplaceVerdictsBody } from '@/lib/validation/verdicts';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { loadVerdictScale } from './verdict-scale';

export interface ReplaceVerdictsOptions {
  actor: Actor;
  input: ReplaceVerdictsBody;
}

export async function replaceVerdicts({ actor, input }: ReplaceVerdictsOptions): Promise<VerdictOptionData[]> {
  authorize(actor, 'verdicts:manage');
  return db.$transaction(async (tx) => {
    const before = await loadVerdictScale(tx);
    const keys = input.verdicts.map((option) => option.key);
    const inUse = await tx.claim.groupBy({
      by: ['verdictKey'],
      where: { verdictKey: { notIn: keys, not: null } },
      _count: { _all: true },
    });
    if (inUse.length > 0) {
      const usage = Object.fromEntries(inUse.map((group) => [group.verdictKey as string, group._count._all]));
      throw new AppError('CONFLICT', `Verdicts still used by claims cannot be removed: ${Object.keys(usage).join(', ')}`, { keysInUse: usage });
    }
    await tx.verdictOption.deleteMany({ where: { key: { notIn: keys } } });
    for (const option of input.verdicts) {
      await tx.verdictOption.upsert({ where: { key: option.key }, create: option, update: option });
    }
    const after = await loadVerdictScale(tx);
    await recordAudit(tx, { actorId: actor.id, entityType: 'VerdictOption', entityId: 'scale', action: 'verdicts.replaced', before, after });
    return after;
  });
}
