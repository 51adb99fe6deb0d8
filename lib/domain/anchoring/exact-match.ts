// Stages 1 and 2: the stored quote, word for word, in the new text. Cheap
// (indexOf and 32-character comparisons), so it runs for every claim before
// any fuzzy search.
import type { TextSelector } from '../types';
import { better, scoreCandidate, type Candidate } from './candidate-score';
import { prefixAt, suffixAt } from './selector';

/** Beyond this many occurrences of a very short quote, the rest are not scored. */
const MAX_OCCURRENCES = 1000;
/** Occurrences given the full context score; the rest are ranked by adjacent agreement only. */
const FULLY_SCORED = 8;

/** Whether the quote and both stored contexts are exactly at `start`: nothing to score. */
export function isExactlyAt(text: string, selector: TextSelector, start: number): boolean {
  const end = start + selector.exact.length;
  return start >= 0 && end <= text.length && text.startsWith(selector.exact, start) && prefixAt(text, start) === selector.prefix && suffixAt(text, end) === selector.suffix;
}

/** Characters of context that agree right next to the quote: a cheap first ranking. */
function adjacentAgreement(text: string, selector: TextSelector, start: number, end: number): number {
  const { prefix, suffix } = selector;
  let n = 0;
  while (n < prefix.length && n < start && prefix.charCodeAt(prefix.length - 1 - n) === text.charCodeAt(start - 1 - n)) n += 1;
  let m = 0;
  while (m < suffix.length && end + m < text.length && suffix.charCodeAt(m) === text.charCodeAt(end + m)) m += 1;
  return n + m;
}

/**
 * The occurrence of the exact quote whose context agrees best, nearness to
 * `hint` breaking ties (a quote repeated in the article is told apart by its
 * context). Null when the quote does not occur, except as `isForeign` text
 * (another copy of the same words that the old revision already had).
 * A very common quote ("the") can occur hundreds of times: occurrences are
 * ranked by the cheap adjacent agreement first, and only the best few, plus
 * the one nearest the hint, get the full (edit-distance) context score.
 */
export function bestExactOccurrence(text: string, selector: TextSelector, hint: number, isForeign: (start: number, end: number) => boolean = () => false): Candidate | null {
  const { exact } = selector;
  if (exact.length === 0) return null;
  const found: Array<{ at: number; agreement: number }> = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    if (!isForeign(at, at + exact.length)) found.push({ at, agreement: adjacentAgreement(text, selector, at, at + exact.length) });
  }
  if (found.length === 0) return null;
  let shortlist = found;
  if (found.length > FULLY_SCORED) {
    const nearest = found.reduce((a, b) => (Math.abs(b.at - hint) < Math.abs(a.at - hint) ? b : a));
    shortlist = [...found].sort((a, b) => b.agreement - a.agreement).slice(0, FULLY_SCORED);
    if (!shortlist.includes(nearest)) shortlist.push(nearest);
  }
  let best: Candidate | null = null;
  for (const { at } of shortlist) {
    const candidate = scoreCandidate(text, selector, at, at + exact.length, hint, 1);
    best = better(best, candidate) ?? candidate;
  }
  return best;
}
