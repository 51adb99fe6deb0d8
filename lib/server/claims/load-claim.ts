// The one way services fetch a claim they are about to read or change:
// with everything the Claim DTO needs, or a 404.
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { CLAIM_INCLUDE } from './claim-dto';

export async function loadClaim(client: Tx, claimId: string) {
  const claim = await client.claim.findUnique({ where: { id: claimId }, include: CLAIM_INCLUDE });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim');
  return claim;
}

export type LoadedClaim = Awaited<ReturnType<typeof loadClaim>>;
