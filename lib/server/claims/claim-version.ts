// Optimistic concurrency for claims. Every change bumps `version`; a write
// names the version it was based on and fails with 409 (carrying the current
// claim, so the client can show what changed) when someone got there first.
import { AppError } from '@/lib/domain/errors';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from '../db';
import { toClaimDto } from './claim-dto';
import { loadClaim, type LoadedClaim } from './load-claim';

export function staleVersion(current: LoadedClaim): AppError {
  return new AppError('CONFLICT', 'Someone else changed this claim; reload it and try again', {
    currentVersion: current.version,
    claim: toClaimDto(current),
  });
}

/** Fails early when the caller said which version they saw and it is no longer current. */
export function checkExpectedVersion(claim: LoadedClaim, expected: number | undefined): void {
  if (expected !== undefined && expected !== claim.version) throw staleVersion(claim);
}

/**
 * Applies `data` only if the claim is still at `version`, bumping it. The
 * version in the WHERE clause (not an earlier read) is what makes this safe
 * against a concurrent writer.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claimId: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput = {},
): Promise<LoadedClaim> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 } },
  });
  const current = await loadClaim(tx, claimId);
  if (count === 0) throw staleVersion(current);
  return current;
}

/**
 * Moves the claim's version on whatever it is now: for writes whose caller
 * named no version (adding or removing a source), where a concurrent change
 * is not a conflict. The row lock of the UPDATE orders concurrent writers
 * (PostgreSQL runs their transactions side by side), so none is lost.
 */
export async function bumpClaimVersion(tx: Tx, claimId: string): Promise<void> {
  await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } }, select: { id: true } });
}
