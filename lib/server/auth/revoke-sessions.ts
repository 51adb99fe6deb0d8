// Ends every session of a user (but `except`, the caller's own, when given).
// Called with the transaction of the change that makes the sessions stale (a
// new password, a reset, deactivation, another role), so the change and the
// sign-out of its old sessions land together.
import type { Tx } from '../db';

export async function revokeSessions(tx: Tx, userId: string, { except }: { except?: string } = {}): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
