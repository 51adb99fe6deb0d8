// The default verdict scale and how a verdict maps onto ClaimReview ratings.
import type { VerdictOptionData } from './types';

export const DEFAULT_VERDICT_SCALE: VerdictOptionData[] = [
  { key: 'true', label: 'True', ratingValue: 5, normalized: 'TRUE', color: '#1a7f37', order: 1 },
  { key: 'mostly-true', label: 'Mostly true', ratingValue: 4, normalized: 'TRUE', color: '#57a65a', order: 2 },
  { key: 'half-true', label: 'Half true', ratingValue: 3, normalized: 'MIXED', color: '#d4a72c', order: 3 },
  { key: 'mostly-false', label: 'Mostly false', ratingValue: 2, normalized: 'FALSE', color: '#e16f24', order: 4 },
  { key: 'false', label: 'False', ratingValue: 1, normalized: 'FALSE', color: '#cf222e', order: 5 },
  { key: 'misleading', label: 'Misleading', ratingValue: null, normalized: 'FALSE', color: '#a40e26', order: 6 },
  { key: 'missing-context', label: 'Missing context', ratingValue: null, normalized: 'MIXED', color: '#8250df', order: 7 },
  { key: 'unverifiable', label: 'Unverifiable', ratingValue: null, normalized: 'UNVERIFIABLE', color: '#6e7781', order: 8 },
];

/** Colour of a claim highlight with no verdict yet. */
export const UNRATED_COLOR = '#fff3b0';

export interface RatingBounds {
  bestRating: number;
  worstRating: number;
}

/** ClaimReview's bestRating/worstRating for a scale, or null when no option carries a number. */
export function ratingBounds(scale: Pick<VerdictOptionData, 'ratingValue'>[]): RatingBounds | null {
  const values = scale.map((option) => option.ratingValue).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return { bestRating: Math.max(...values), worstRating: Math.min(...values) };
}
