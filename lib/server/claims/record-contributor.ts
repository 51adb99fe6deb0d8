// Notes who changed a claim's content or sources, in the transaction of the
// change: four eyes (lib/domain/permissions.ts, claim:review) refuses them as
// its reviewer until the claim is next approved, which clears the list.
import type { Tx } from '../db';

export async function recordContributor(tx: Tx, claimId: string, userId: string): Promise<void> {
  await tx.claimContributor.upsert({
    where: { claimId_userId: { claimId, userId } },
    create: { claimId, userId },
    update: {},
  });
}
