// GET /api/claims/:id/similar: earlier claims, from any article, that say what
// this claim says, with their verdicts — so no one checks the same claim twice.
// The full-text index narrows 100,000 claims to a few hundred candidates; the
// domain's meaning-based score (numbers, units, stems, names) ranks those.
import { z } from 'zod';
import { readClaimTerms, searchTokens } from '@/lib/domain/claim-matching/claim-terms';
import type { NumberAgreement } from '@/lib/domain/claim-matching/score-similarity';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { SIMILAR_DEFAULT_LIMIT, type SimilarQuery } from '@/lib/validation/similar';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { claimStatus, timestamp, verdictRef } from '../contract/parts';
import type { Equal, Expect } from '../contract/type-checks';
import { runJob } from '../work/run-job';
import { searchClaimCandidates } from './search-claim-candidates';

/** How many full-text candidates are scored: enough that a paraphrase sharing few words still makes it. */
const CANDIDATES = 300;

export const similarClaimDto = z
  .object({
    id: z.string(),
    statement: z.string(),
    verdict: verdictRef.nullable(),
    status: claimStatus,
    articleId: z.string(),
    articleTitle: z.string(),
    score: z.number().meta({ description: 'how alike the two statements are, 0 to 1' }),
    numbers: z.enum(['same', 'different', 'none']).meta({ description: "whether the two claims' numbers agree ('same'), contradict ('different'), or cannot be compared" }),
    updatedAt: timestamp,
  })
  .meta({ id: 'SimilarClaim' });
export type SimilarClaimDto = z.infer<typeof similarClaimDto>;
export type NumbersMatchDomain = Expect<Equal<SimilarClaimDto['numbers'], NumberAgreement>>;

export const similarClaims = z.object({ claims: z.array(similarClaimDto) });

export interface FindSimilarClaimsOptions {
  actor: Actor;
  claimId: string;
  query?: SimilarQuery;
}

export async function findSimilarClaims({ actor, claimId, query = {} }: FindSimilarClaimsOptions): Promise<z.infer<typeof similarClaims>> {
  authorize(actor, 'article:read');
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, statement: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim');

  const terms = readClaimTerms(claim.statement);
  const ids = await searchClaimCandidates(searchTokens(terms), claim.id, CANDIDATES);
  if (ids.length === 0) return { claims: [] };
  const rows = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      statement: true,
      status: true,
      articleId: true,
      updatedAt: true,
      article: { select: { title: true } },
      verdict: { select: { key: true, label: true, color: true } },
    },
  });
  // Scoring a few hundred statements runs on the work pool; the rows stay here.
  const ranked = await runJob('rankSimilar', {
    statement: claim.statement,
    candidates: rows.map(({ id, statement }) => ({ id, statement })),
    options: { limit: query.limit ?? SIMILAR_DEFAULT_LIMIT, ...(query.threshold === undefined ? {} : { threshold: query.threshold }) },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    claims: ranked.flatMap(({ id, score, numbers }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          statement: row.statement,
          verdict: row.verdict,
          status: row.status,
          articleId: row.articleId,
          articleTitle: row.article.title,
          score,
          numbers,
          updatedAt: row.updatedAt.toISOString(),
        },
      ];
    }),
  };
}
