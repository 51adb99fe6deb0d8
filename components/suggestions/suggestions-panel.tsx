'use client';

// Sentences the server thinks are worth checking, listed above the claims.
// Off until the reader asks for them. Accepting one saves a claim on the
// sentence (with the sentence as its statement) and hands it to the workbench;
// dismissing one records that on the server, which leaves it out from then on.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Claim } from '@/components/claims/types';
import { SuggestionItem } from './suggestion-item';
import { suggestionKey, type Suggestion } from './types';

interface Props {
  articleId: string;
  /** a claim was saved from a suggestion */
  onAccepted(claim: Claim): void;
  /** show a suggested sentence in the article */
  onShow(start: number, end: number): void;
  /** the suggestions on show, for marking them in the text; null when hidden */
  onListChange(suggestions: Suggestion[] | null): void;
  /** a suggestion picked in the text ("start:end"); the object changes with every pick */
  picked: { range: string } | null;
}

export function SuggestionsPanel({ articleId, onAccepted, onShow, onListChange, picked }: Props) {
  const [shown, setShown] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => onListChange(shown ? suggestions : null), [shown, suggestions, onListChange]);

  // A sentence clicked in the text: bring its entry into view, ready to accept.
  useEffect(() => {
    if (!picked) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(picked.range)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLButtonElement>('button.primary')?.focus({ preventScroll: true });
  }, [picked]);

  const load = useCallback(async () => {
    setError(null);
    setSuggestions(null);
    try {
      const result = await api('GET /api/articles/{id}/suggestions', { params: { id: articleId } });
      setSuggestions(result.suggestions);
    } catch (e) {
      setError(`Could not load suggestions: ${describeError(e)}`);
    }
  }, [articleId]);

  const toggle = () => {
    if (shown) {
      setShown(false);
      return;
    }
    setShown(true);
    void load();
  };

  const remove = (key: string) => setSuggestions((current) => current && current.filter((s) => suggestionKey(s) !== key));

  async function act(suggestion: Suggestion, action: () => Promise<void>, failure: string) {
    const key = suggestionKey(suggestion);
    setBusy(key);
    setError(null);
    try {
      await action();
      remove(key);
    } catch (e) {
      setError(`${failure}: ${describeError(e)}`);
    } finally {
      setBusy(null);
    }
  }

  const accept = (suggestion: Suggestion) =>
    act(
      suggestion,
      async () => {
        const { exact, start, end } = suggestion.selector;
        const { claim } = await api('POST /api/articles/{id}/claims', { params: { id: articleId }, body: { selector: { exact, start, end }, statement: exact } });
        onAccepted(claim);
      },
      'Could not accept the suggestion',
    );

  const dismiss = (suggestion: Suggestion) =>
    act(
      suggestion,
      async () => {
        const { exact, start, end } = suggestion.selector;
        await api('POST /api/articles/{id}/suggestions/dismissals', { params: { id: articleId }, body: { start, end, exact } });
      },
      'Could not dismiss the suggestion',
    );

  return (
    <section className="suggestions-panel" aria-label="Suggested claims">
      <div className="row">
        <button type="button" onClick={toggle} aria-expanded={shown}>
          {shown ? 'Hide suggestions' : 'Show suggestions'}
        </button>
        {shown && suggestions && <span className="muted">{suggestions.length} suggestion(s)</span>}
      </div>
      {shown && error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {shown && (
        <div data-testid="suggestions">
          {!suggestions && !error && <p className="muted">Loading suggestions…</p>}
          {suggestions && suggestions.length === 0 && <p className="muted">No suggestions left.</p>}
          {suggestions && suggestions.length > 0 && (
            <ul className="suggestions" ref={list}>
              {suggestions.map((s) => (
                <SuggestionItem
                  key={suggestionKey(s)}
                  suggestion={s}
                  busy={busy === suggestionKey(s)}
                  onShow={() => onShow(s.selector.start, s.selector.end)}
                  onAccept={() => accept(s)}
                  onDismiss={() => dismiss(s)}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
