'use client';

// Sentences the server thinks are worth checking, listed above the claims.
// Off until the reader asks for them. Accepting one saves a claim on the
// sentence (with the sentence as its statement) and hands it to the workbench;
// dismissing one records that on the server, which leaves it out from then on.
// The list and what accepting and dismissing do are the workbench's
// (useSuggestions); the panel shows them and brings an entry forward when its
// sentence is clicked in the text. Only the strongest are underlined in the
// text; the control here sets how strong (the reader's choice, kept per browser).
// Words the reader selects inside a suggested sentence are what its Accept
// takes (wordsToAccept), and its entry says so.
import { useId, useImperativeHandle, useMemo, type Ref } from 'react';
import { wordsToAccept } from '@/lib/domain/claim-finder/accept-words';
import { UNDERLINE_PERCENTS } from '@/lib/domain/claim-finder/underline';
import type { TextRange } from '@/lib/domain/types';
import { useRefRegistry } from '@/components/ui/ref-registry';
import { SuggestionItem, type SuggestionItemHandle } from './suggestion-item';
import { rangeKey, suggestionKey } from './types';
import { useArticleSelection } from './use-article-selection';
import type { Suggestions } from './use-suggestions';

export interface SuggestionsPanelHandle {
  /** Brings the entry of the suggestion on `range` into view, ready to accept. */
  reveal(range: TextRange): void;
}

interface Props {
  suggestions: Suggestions;
  /** the text of the revision the suggestions are about */
  text: string;
  /** the words selected in the article text, trimmed, or null */
  selectedRange(): TextRange | null;
  /** show a suggested sentence in the article */
  onShow(range: TextRange): void;
  ref?: Ref<SuggestionsPanelHandle>;
}

export function SuggestionsPanel({ suggestions, text, selectedRange, onShow, ref }: Props) {
  const { shown, list, busy, error, inText, underlinePercent, setUnderlinePercent, toggle, accept, dismiss } = suggestions;
  const items = useRefRegistry<SuggestionItemHandle>();
  const underlined = useMemo(() => new Set(inText.map(rangeKey)), [inText]);
  const underlineId = useId();
  const selected = useArticleSelection(selectedRange, shown && !!list && list.length > 0);
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
            <p className="row suggestion-underline">
              <label htmlFor={underlineId}>Underline in the text those scoring at least</label>
              <select id={underlineId} value={underlinePercent} onChange={(event) => setUnderlinePercent(Number(event.target.value))}>
                {UNDERLINE_PERCENTS.map((percent) => (
                  <option key={percent} value={percent}>
                    {percent}%
                  </option>
                ))}
              </select>
              <span className="muted" data-testid="underlined-count">
                {inText.length} of {list.length} underlined
              </span>
            </p>
          )}
          {list && list.length > 0 && <p className="muted suggestion-hint">Accept takes the whole sentence; to take only some of its words, select those words in the article first.</p>}
          {list && list.length > 0 && (
            <ul className="suggestions">
              {list.map((s) => {
                const words = wordsToAccept(text, s.selector, selected);
                return (
                  <SuggestionItem
                    key={suggestionKey(s)}
                    ref={items.ref(suggestionKey(s))}
                    suggestion={s}
                    trimmedTo={words.partial ? words.exact : null}
                    busy={busy === suggestionKey(s)}
                    underlined={underlined.has(suggestionKey(s))}
                    onShow={() => onShow(s.selector)}
                    onAccept={() => accept(s, words)}
                    onDismiss={() => dismiss(s)}
                  />
                );
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
