// Orders candidate claims by how far they say the same thing as a target.
import type { ClaimTerms } from './claim-terms';
import { DEFAULT_SIMILARITY_THRESHOLD, scoreSimilarity, type Similarity } from './score-similarity';

export interface RankOptions {
  threshold?: number;
  limit: number;
}

export function rankSimilar<T extends { id: string; terms: ClaimTerms }>(target: ClaimTerms, candidates: T[], { threshold = DEFAULT_SIMILARITY_THRESHOLD, limit }: RankOptions): (T & Similarity)[] {
  return candidates
    .map((candidate) => ({ ...candidate, ...scoreSimilarity(target, candidate.terms) }))
    .filter((candidate) => candidate.score >= threshold)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
