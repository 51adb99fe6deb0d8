// Full-text candidates for a similarity search: claims whose search tokens
// share any of the given tokens, best rank first (rare shared tokens such as
// names and exact numbers weigh most). The precise score is computed
// afterwards on the candidates' own statements (lib/domain/claim-matching).
// SQLite: the FTS5 table "ClaimSearch" (BM25); PostgreSQL: the GIN index on
// to_tsvector('simple', tokens) (ts_rank). Both are created by the migrations.
import { db, dbKind } from '../db';

/** Search tokens are letters and digits only (searchTokens); anything else never reaches a query. */
const SAFE_TOKEN = /^[\p{L}\p{N}]+$/u;

export async function searchClaimCandidates(tokens: string[], excludeClaimId: string, limit: number): Promise<string[]> {
  const safe = tokens.filter((token) => SAFE_TOKEN.test(token));
  if (safe.length === 0) return [];
  const rows = dbKind === 'postgresql' ? await postgresCandidates(safe, excludeClaimId, limit) : await sqliteCandidates(safe, excludeClaimId, limit);
  return rows.map((row) => row.claimId);
}

function sqliteCandidates(tokens: string[], excludeClaimId: string, limit: number) {
  // Every token quoted, so nothing in it is read as FTS5 query syntax.
  const match = tokens.map((token) => `"${token}"`).join(' OR ');
  return db.$queryRaw<{ claimId: string }[]>`
    SELECT e."claimId" AS "claimId"
    FROM "ClaimSearch" s JOIN "ClaimSearchEntry" e ON e.id = s.rowid
    WHERE "ClaimSearch" MATCH ${match} AND e."claimId" <> ${excludeClaimId}
    ORDER BY s.rank
    LIMIT ${limit}`;
}

function postgresCandidates(tokens: string[], excludeClaimId: string, limit: number) {
  const query = tokens.join(' | ');
  return db.$queryRaw<{ claimId: string }[]>`
    SELECT e."claimId" AS "claimId"
    FROM "ClaimSearchEntry" e, to_tsquery('simple', ${query}) q
    WHERE to_tsvector('simple', e."tokens") @@ q AND e."claimId" <> ${excludeClaimId}
    ORDER BY ts_rank(to_tsvector('simple', e."tokens"), q) DESC
    LIMIT ${limit}`;
}
