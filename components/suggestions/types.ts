// Shapes the UI reads from GET /api/articles/:id/suggestions: the server's own
// types (docs/api.md#suggestions).
import type { TextRange } from '@/lib/domain/types';
import type { Suggestion } from '@/lib/domain/claim-finder/suggest-claims';

export type { Suggestion } from '@/lib/domain/claim-finder/suggest-claims';

/** A range's identity within a revision, for keys (React's, a lookup's); never read back as numbers. */
export const rangeKey = (range: TextRange) => `${range.start}:${range.end}`;

/** One suggestion's identity within a revision. */
export const suggestionKey = (s: Suggestion) => rangeKey(s.selector);
