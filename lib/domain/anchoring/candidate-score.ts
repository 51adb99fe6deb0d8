// One score for every place a claim might now be, exact or fuzzy, and the rule
// for accepting the best one. Weights follow the Hypothesis client's idea (the
// quote matters most, context next, position only breaks ties); the numbers
// here are ours, tuned on the unit tests and the bench.
import type { TextSelector } from '../types';
import { CONTEXT_LENGTH } from './selector';
import { contextScores } from './similarity';

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Thresholds. A candidate is accepted when
 * - its weighted score is at least MIN_SCORE: a quote with its numbers masked
 *   intact but both contexts rewritten still passes (about 0.7); a random
 *   half-matching stretch of text with unrelated context does not (about 0.42);
 * - at least half of the quote (numbers masked) is still there (MIN_QUOTE);
 * - and, for a quote shorter than the context length, the context agrees on
 *   average at least MIN_CONTEXT: a short quote ("the attack") found elsewhere
 *   amid unrelated text is more likely another sentence than the same one.
 */
export const MIN_SCORE = 0.65;
export const MIN_QUOTE = 0.5;
export const MIN_CONTEXT = 0.5;
export const SELF_EVIDENT_LENGTH = CONTEXT_LENGTH;

export interface Candidate {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  score: number;
}

/** Nearness to where the claim is expected, relative to the text length. */
function positionScore(text: string, start: number, hint: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(text.length, 1));
}

/** Scores text[start, end) as the new place of `selector`, given its quote similarity (1 for exact). */
export function scoreCandidate(text: string, selector: TextSelector, start: number, end: number, hint: number, q: number): Candidate {
  const { prefix, suffix } = contextScores(selector, text, start, end);
  const position = positionScore(text, start, hint);
  const score = (WEIGHTS.quote * q + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / TOTAL;
  return { start, end, quote: q, prefix, suffix, position, score };
}

export function isAcceptable(candidate: Candidate, selector: TextSelector): boolean {
  if (candidate.score < MIN_SCORE || candidate.quote < MIN_QUOTE) return false;
  const context = (candidate.prefix + candidate.suffix) / 2;
  return context >= MIN_CONTEXT || selector.exact.trim().length >= SELF_EVIDENT_LENGTH;
}

/** The better of two candidates (higher score; on a tie the earlier one). */
export function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score || (b.score === a.score && b.start < a.start) ? b : a;
}
