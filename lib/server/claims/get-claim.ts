// Reads one claim.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { loadClaim } from './load-claim';

export interface GetClaimOptions {
  actor: Actor;
  claimId: string;
}

export async function getClaim({ actor, claimId }: GetClaimOptions): Promise<ClaimDto> {
  authorize(actor, 'article:read');
  return toClaimDto(await loadClaim(db, claimId));
}
