'use client';

// Sentences the server thinks are worth checking, listed above the claims.
// Off until the reader asks for them. Accepting one saves a claim on the
// sentence (with the sentence as its statement) and hands it to the workbench;
// dismissing one records that on the server, which leaves it out from then on.
// The list and what accepting and dismissing do are the workbench's
// (useSuggestions); the panel shows them and brings an entry forward when its
// sentence is clicked in the text.
import { useImperativeHandle, type Ref } from 'react';
import type { TextRange } from '@/lib/domain/types';
import { useRefRegistry } from '@/components/ui/ref-registry';
import { SuggestionItem, type SuggestionItemHandle } from './suggestion-item';
import { rangeKey, suggestionKey } from './types';
import type { Suggestions } from './use-suggestions';

export interface SuggestionsPanelHandle {
  /** Brings the entry of the suggestion on `range` into view, ready to accept. */
  reveal(range: TextRange): void;
}

interface Props {
  suggestions: Suggestions;
  /** show a suggested sentence in the article */
  onShow(range: TextRange): void;
  ref?: Ref<SuggestionsPanelHandle>;
}

export function SuggestionsPanel({ suggestions, onShow, ref }: Props) {
  const { shown, list, busy, error, toggle, accept, dismiss } = suggestions;
  const items = useRefRegistry<SuggestionItemHandle>();
  useImperativeHandle(ref, () => ({ reveal: (range) => items.get(rangeKey(range))?.reveal() }), [items]);

  return (
    <section className="suggestions-panel" aria-label="Suggested claims">
      <div className="row">
        <button type="button" onClick={toggle} aria-expanded={shown}>
          {shown ? 'Hide suggestions' : 'Show suggestions'}
        </button>
        {shown && list && <span className="muted">{list.length} suggestion(s)</span>}
      </div>
      {shown && error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {shown && (
        <div data-testid="suggestions">
          {!list && !error && <p className="muted">Loading suggestions…</p>}
          {list && list.length === 0 && <p className="muted">No suggestions left.</p>}
          {list && list.length > 0 && (
            <ul className="suggestions">
              {list.map((s) => (
                <SuggestionItem
                  key={suggestionKey(s)}
                  ref={items.ref(suggestionKey(s))}
                  suggestion={s}
                  busy={busy === suggestionKey(s)}
                  onShow={() => onShow(s.selector)}
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
