// Writes the search entry of a claim's statement, in the caller's transaction,
// so a claim and what it is found by never disagree. The full-text index
// follows by trigger (SQLite) or expression index (PostgreSQL).
import { CLAIM_TERMS_VERSION, readClaimTerms, searchTokens } from '@/lib/domain/claim-matching/claim-terms';
import type { Tx } from '../db';

export function claimSearchTokens(statement: string): string {
  return searchTokens(readClaimTerms(statement)).join(' ');
}

/** The entry's fields, e.g. for a nested create with a new claim. */
export function searchEntryData(statement: string): { tokens: string; version: number } {
  return { tokens: claimSearchTokens(statement), version: CLAIM_TERMS_VERSION };
}

export async function indexClaimStatement(tx: Tx, claimId: string, statement: string): Promise<void> {
  const data = searchEntryData(statement);
  await tx.claimSearchEntry.upsert({ where: { claimId }, create: { claimId, ...data }, update: data });
}
