// Stage 3: the quote with some words changed. approx-string-match (Myers'
// bit-parallel algorithm, as used by the Hypothesis client) finds the stretches
// with the fewest edits; each is widened to whole words and scored on quote,
// context and position (candidate-score.ts). The search runs first in a window
// around the expected position; only if nothing acceptable is there does it go
// wider, and then only where the text can hold it (search-windows.ts): a search
// of all 100k characters costs ~3-6 ms per claim, a window ~0.05 ms.
import search from 'approx-string-match';
import type { TextSelector } from '../types';
import { better, isAcceptable, scoreCandidate, type Candidate } from './candidate-score';
import { indexWords, maxErrorsFor, occurrences, wideWindows, type WordIndex } from './search-windows';
import { quoteScorer } from './similarity';
import { quoteBoundaries, snapToWords } from './word-boundaries';

const MAX_MATCHES_PER_SEARCH = 8;
/** Context chars used to find a quote between its old neighbours (see sandwich). */
const SANDWICH_CONTEXT = 16;
const MAX_SANDWICHES = 20;

type Consider = (start: number, end: number) => void;

function searchIn(text: string, exact: string, from: number, to: number, consider: Consider) {
  const matches = search(text.slice(from, to), exact, maxErrorsFor(exact.length));
  for (const m of matches.slice(0, MAX_MATCHES_PER_SEARCH)) consider(from + m.start, from + m.end);
}

/**
 * The text between the stored prefix and suffix, where both still stand close
 * together. Finds a short quote whose number changed beyond the edit budget
 * ("Nine" -> "Fifteen" is 6 edits on a 4-character quote).
 */
function sandwich(text: string, selector: TextSelector, from: number, to: number, consider: Consider) {
  const head = selector.prefix.slice(-SANDWICH_CONTEXT);
  const tail = selector.suffix.slice(0, SANDWICH_CONTEXT);
  if ((head && head.trim().length < 3) || (tail && tail.trim().length < 3)) return; // too common to mean anything
  const maxGap = 2 * selector.exact.length + 64;
  const regionStart = Math.max(0, from - head.length);
  const region = text.slice(regionStart, to);
  const starts = head ? occurrences(region, head, MAX_SANDWICHES).map((at) => regionStart + at + head.length) : from === 0 ? [0] : [];
  for (const start of starts) {
    const gap = tail ? text.slice(start, start + maxGap + tail.length).indexOf(tail) : text.length - start;
    if (gap > 0 && gap <= maxGap) consider(start, start + gap);
  }
}

export interface FuzzyScope {
  /** Text the old revision already had elsewhere: another sentence, not this one edited. */
  isForeign?: (start: number, end: number) => boolean;
  /** Where edited text can be (from the old -> new alignment); else the quote's rare words decide. */
  changed?: Array<[number, number]>;
  /** indexWords(text), shared by all claims of one re-anchoring */
  words?: WordIndex;
}

/** The best acceptable fuzzy match for `selector` in `text`, or null. */
export function findFuzzy(text: string, selector: TextSelector, hint: number, scope: FuzzyScope = {}): Candidate | null {
  const { exact } = selector;
  if (text.length === 0 || exact.trim().length === 0) return null;
  const snap = quoteBoundaries(exact, selector.prefix, selector.suffix);
  const seen = new Set<string>();
  const similarity = quoteScorer(exact);
  // An object, not a `let`: TypeScript does not see assignments made inside the closure.
  const found: { best: Candidate | null } = { best: null };
  const consider: Consider = (rawStart, rawEnd) => {
    const { start, end } = snapToWords(text, rawStart, rawEnd, snap);
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key) || text.slice(start, end).trim() === '') return;
    seen.add(key);
    if (scope.isForeign?.(start, end)) return;
    const candidate = scoreCandidate(text, selector, start, end, hint, similarity(text.slice(start, end)));
    if (isAcceptable(candidate, selector)) found.best = better(found.best, candidate);
  };

  const slack = exact.length + 256;
  const from = Math.max(0, hint - slack);
  const to = Math.min(text.length, hint + exact.length + slack);
  const look = (a: number, b: number) => {
    searchIn(text, exact, a, b, consider);
    sandwich(text, selector, a, b, consider);
  };
  look(from, to);
  if (found.best) return found.best;

  const words = scope.words ?? indexWords(text);
  for (const [a, b] of wideWindows(text, exact, hint, words, scope.changed)) look(a, b);
  return found.best;
}
