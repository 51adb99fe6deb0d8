// Which suggestions are underlined in the article text. The list shows every
// suggestion; the text marks only those scoring at least the reader's
// threshold, so the underlines point at the few sentences most worth a look
// instead of most of the article. The threshold is the reader's (kept in their
// browser) and compares the percent each entry shows.
import type { TextRange } from '../types';

/** The choices the suggestions panel offers, in percent. */
export const UNDERLINE_PERCENTS: readonly number[] = Array.from({ length: 21 }, (_, i) => 100 - i * 5);

/** Underline only suggestions scoring 80% or more: on the sample article, its four strongest sentences of fourteen suggested. */
export const DEFAULT_UNDERLINE_PERCENT = 80;

/** A score (0..1) as the whole percent a suggestion's entry shows. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** The ranges of the suggestions scoring at least `percent`, in the list's order. */
export function underlinedRanges<S extends { selector: TextRange; score: number }>(suggestions: readonly S[], percent: number): S['selector'][] {
  return suggestions.filter((s) => scorePercent(s.score) >= percent).map((s) => s.selector);
}

/** A stored choice, snapped to one the panel offers; anything unreadable is the default. */
export function parseUnderlinePercent(stored: string | null | undefined): number {
  if (!stored || !/^\d{1,3}$/.test(stored)) return DEFAULT_UNDERLINE_PERCENT;
  const value = Number(stored);
  if (value > 100) return DEFAULT_UNDERLINE_PERCENT;
  return Math.round(value / 5) * 5;
}
