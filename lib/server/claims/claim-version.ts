// Optimistic concurrency for claims. Every change bumps `version`; a write
// names the version it was based on and fails with 409 (carrying the current
// claim, so the client can show what changed) when someone got there first.
import { AppError } from '@/lib/domain/errors';
import type { ClaimStatus } from '@/lib/domain/types';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from '../db';
import { toClaimDto } from './claim-dto';
import { loadClaim, type LoadedClaim } from './load-claim';
import { requireTransition } from './require-transition';

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
export async function updateClaimAtVersion(tx: Tx, claimId: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput = {}): Promise<LoadedClaim> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 } },
  });
  const current = await loadClaim(tx, claimId);
  if (count === 0) throw staleVersion(current);
  return current;
}

/**
 * After a source was added, edited or removed: moves the claim's version on
 * and its status as the workflow says for 'change_sources' (an approved claim
 * goes back to review). The caller named no version, so a concurrent change
 * is not a conflict; the status written is computed from the status the row
 * has when it is updated (the WHERE re-checks it, and a changed row is read
 * again), so a submit or an approval that landed meanwhile is never undone.
 */
export async function markSourcesChanged(tx: Tx, claimId: string, statusSeen: ClaimStatus): Promise<{ before: ClaimStatus; after: ClaimStatus; version: number }> {
  let current = statusSeen;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const next = requireTransition(current, 'change_sources');
    const { count } = await tx.claim.updateMany({ where: { id: claimId, status: current }, data: { status: next, version: { increment: 1 } } });
    if (count === 1) {
      const { version } = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
      return { before: current, after: next, version };
    }
    const row = await tx.claim.findUnique({ where: { id: claimId }, select: { status: true } });
    if (!row) throw new AppError('NOT_FOUND', 'No such claim');
    current = row.status;
  }
  throw new AppError('CONFLICT', 'The claim kept changing while its sources were saved; try again');
}
