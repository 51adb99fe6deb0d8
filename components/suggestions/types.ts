// Shapes the UI reads from GET /api/articles/:id/suggestions: the server's own
// types (docs/api.md#suggestions).
import type { Suggestion } from '@/lib/domain/claim-finder/suggest-claims';

export type { Suggestion } from '@/lib/domain/claim-finder/suggest-claims';
export type { SuggestionsView as SuggestionsResponse } from '@/lib/server/suggestions/list-suggestions';

/** One suggestion's identity within a revision. */
export const suggestionKey = (s: Suggestion) => `${s.selector.start}:${s.selector.end}`;
