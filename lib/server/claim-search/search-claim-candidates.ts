// Full-text candidates for a similarity search: claims whose search tokens
// share any of the given tokens, best BM25 rank first (rare shared tokens such
// as names and exact numbers weigh most). The precise score is computed
// afterwards on the candidates' own statements (lib/domain/claim-matching).
import type { Db } from '../db';

export async function searchClaimCandidates(db: Db, tokens: string[], excludeClaimId: string, limit: number): Promise<string[]> {
  if (tokens.length === 0) return [];
  // Every token is quoted, so nothing in it is read as FTS5 query syntax.
  const match = tokens.map((token) => `"${token.replaceAll('"', '""')}"`).join(' OR ');
  const rows = await db.$queryRaw<{ claimId: string }[]>`
    SELECT e."claimId" AS "claimId"
    FROM "ClaimSearch" s JOIN "ClaimSearchEntry" e ON e.id = s.rowid
    WHERE "ClaimSearch" MATCH ${match} AND e."claimId" <> ${excludeClaimId}
    ORDER BY s.rank
    LIMIT ${limit}`;
  return rows.map((row) => row.claimId);
}
