// One suggested sentence: its words, score and reasons, with Accept and Dismiss.
// Display only: what accepting or dismissing means is decided by the panel and the server.
import { useImperativeHandle, useRef, type Ref } from 'react';
import { suggestionKey, type Suggestion } from './types';

export interface SuggestionItemHandle {
  /** Scrolls the entry into view and puts the focus on Accept. */
  reveal(): void;
}

interface Props {
  suggestion: Suggestion;
  busy: boolean;
  onShow(): void;
  onAccept(): void;
  onDismiss(): void;
  ref?: Ref<SuggestionItemHandle>;
}

export function SuggestionItem({ suggestion, busy, onShow, onAccept, onDismiss, ref }: Props) {
  const entry = useRef<HTMLLIElement>(null);
  const acceptButton = useRef<HTMLButtonElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      reveal() {
        entry.current?.scrollIntoView({ block: 'nearest' });
        acceptButton.current?.focus({ preventScroll: true });
      },
    }),
    [],
  );
  const percent = Math.round(Math.min(1, Math.max(0, suggestion.score)) * 100);
  return (
    <li ref={entry} className="card suggestion" data-testid="suggestion" data-key={suggestionKey(suggestion)} data-start={suggestion.selector.start} data-end={suggestion.selector.end}>
      <button type="button" className="suggestion-text" onClick={onShow} title="Show in the article">
        {suggestion.selector.exact}
      </button>
      <div className="row">
        <span className="badge suggestion-score" data-testid="suggestion-score" title="How check-worthy the sentence looks">
          {percent}%
        </span>
        {suggestion.reasons.map((reason) => (
          <span key={reason} className="chip" data-testid="suggestion-reason">
            {reason}
          </span>
        ))}
      </div>
      <div className="row" style={{ marginTop: '0.4rem' }}>
        <button ref={acceptButton} type="button" className="primary" onClick={onAccept} disabled={busy}>
          Accept
        </button>
        <button type="button" onClick={onDismiss} disabled={busy}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
