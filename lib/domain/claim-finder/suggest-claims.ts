// Check-worthy sentences of an article as ready-made claim selectors, best first.
// The selector is built on the whole text so it anchors exactly like a claim an
// editor selected by hand (same prefix/suffix context, same UTF-16 offsets).
import type { TextSelector } from '../types';
import { buildSelector } from '../anchoring/selector';
import { suggestClaimant, type SuggestedClaimant } from './attribution';
import type { Quantity } from './quantities';
import { scoreSentence } from './score-sentence';
import { splitSentences } from './sentences';

export interface Suggestion {
  selector: TextSelector;
  score: number;
  reasons: string[];
  quantities: Quantity[];
  /** who the sentence says made the claim, when its attribution names someone */
  claimant: SuggestedClaimant | null;
}

export interface SuggestOptions {
  /** minimum score to suggest; see DEFAULT_THRESHOLD */
  threshold?: number;
  /** at most this many suggestions (after sorting) */
  limit?: number;
}

/**
 * 0.4 = two independent signals (e.g. an attribution plus an event verb, or a
 * count plus a named source); one signal alone is too often background prose.
 * Tuned on the labelled CNN sample (tests/fixtures/claim-finder).
 */
export const DEFAULT_THRESHOLD = 0.4;

/** Sentences of `text` scoring at least the threshold, highest score first, then in reading order. */
export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const out: Suggestion[] = [];
  for (const sentence of splitSentences(text)) {
    const { score, reasons, quantities } = scoreSentence(sentence.text);
    if (score < threshold) continue;
    // Quantities are re-based to the whole text so the UI can highlight them directly.
    const shifted = quantities.map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }));
    out.push({ selector: buildSelector(text, sentence.start, sentence.end), score, reasons, quantities: shifted, claimant: suggestClaimant(sentence.text) });
  }
  out.sort((a, b) => b.score - a.score || a.selector.start - b.selector.start);
  return options.limit === undefined ? out : out.slice(0, Math.max(0, options.limit));
}
