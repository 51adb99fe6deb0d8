// Shapes the UI reads from GET /api/articles/:id/suggestions.
export interface SuggestionSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface SuggestionQuantity {
  text: string;
  value: number;
  unit?: string;
  approximate: boolean;
}

export interface Suggestion {
  selector: SuggestionSelector;
  /** 0..1, higher is more check-worthy */
  score: number;
  reasons: string[];
  quantities: SuggestionQuantity[];
}

export interface SuggestionsResponse {
  revision: { id: string; number: number };
  suggestions: Suggestion[];
}

/** One suggestion's identity within a revision. */
export const suggestionKey = (s: Suggestion) => `${s.selector.start}:${s.selector.end}`;
