// Writes the search entry of a claim's statement, in the caller's transaction,
// so a claim and what it is found by never disagree. The full-text index
// follows by trigger (see the claim_search migration).
import { CLAIM_TERMS_VERSION, readClaimTerms, searchTokens } from '@/lib/domain/claim-matching/claim-terms';
import type { Tx } from '../db';

export function claimSearchTokens(statement: string): string {
  return searchTokens(readClaimTerms(statement)).join(' ');
}

export async function indexClaimStatement(tx: Tx, claimId: string, statement: string): Promise<void> {
  const data = { tokens: claimSearchTokens(statement), version: CLAIM_TERMS_VERSION };
  await tx.claimSearchEntry.upsert({ where: { claimId }, create: { claimId, ...data }, update: data });
}
