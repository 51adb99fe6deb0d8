// The suggestions a person still has to look at: the claim finder's, minus the
// ones they dismissed and minus sentences a live claim already covers, best
// first, at most `limit`. Pure, so the work pool runs it whole and hands back
// only what is shown, not every sentence of a long article.
import type { TextRange } from '../types';
import { suggestClaims, type Suggestion } from './suggest-claims';

export interface OpenSuggestionsOptions {
  threshold?: number;
  limit: number;
  /** live claims on this revision: a suggestion overlapping one is already taken */
  claims: TextRange[];
  /** what this person dismissed on this revision (exact ranges) */
  dismissed: TextRange[];
}

export function openSuggestions(text: string, { threshold, limit, claims, dismissed }: OpenSuggestionsOptions): Suggestion[] {
  const waved = new Set(dismissed.map((d) => `${d.start}:${d.end}`));
  const covered = overlapTest(claims);
  // No limit inside suggestClaims: the filters must run before the cut.
  return suggestClaims(text, threshold === undefined ? {} : { threshold })
    .filter(({ selector }) => !waved.has(`${selector.start}:${selector.end}`) && !covered(selector))
    .slice(0, limit);
}

/**
 * Whether a range overlaps any of `ranges`, in O(log n) per question: ranges
 * sorted by start, with the furthest end reached so far; [s, e) overlaps one
 * iff some range starting before e ends after s.
 */
export function overlapTest(ranges: TextRange[]): (range: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const [i, r] of sorted.entries()) furthestEnd.push(Math.max(r.end, i > 0 ? furthestEnd[i - 1] : -Infinity));
  return ({ start, end }) => {
    // how many ranges start before `end`
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1] > start;
  };
}
