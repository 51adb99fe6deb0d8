// One suggested sentence: its words, score and reasons, with Accept and Dismiss.
// Display only: what accepting or dismissing means is decided by the panel and the server.
import { suggestionKey, type Suggestion } from './types';

interface Props {
  suggestion: Suggestion;
  busy: boolean;
  onShow(): void;
  onAccept(): void;
  onDismiss(): void;
}

export function SuggestionItem({ suggestion, busy, onShow, onAccept, onDismiss }: Props) {
  const percent = Math.round(Math.min(1, Math.max(0, suggestion.score)) * 100);
  return (
    <li className="card suggestion" data-testid="suggestion" data-key={suggestionKey(suggestion)} data-start={suggestion.selector.start} data-end={suggestion.selector.end}>
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
        <button type="button" className="primary" onClick={onAccept} disabled={busy}>
          Accept
        </button>
        <button type="button" onClick={onDismiss} disabled={busy}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
