// One suggested sentence: its words, score and reasons, with Accept and Dismiss.
// While the reader has selected words inside the sentence, Accept reads
// "Accept selected words" and the words are shown beside it.
// Display only: what accepting or dismissing means is decided by the panel and the server.
import { useImperativeHandle, useRef, type Ref } from 'react';
import { scorePercent } from '@/lib/domain/claim-finder/underline';
import { suggestionKey, type Suggestion } from './types';

export interface SuggestionItemHandle {
  /** Scrolls the entry into view and puts the focus on Accept. */
  reveal(): void;
}

interface Props {
  suggestion: Suggestion;
  /** the selected words of the sentence that Accept takes instead of the whole sentence, or null */
  trimmedTo: string | null;
  busy: boolean;
  /** whether its sentence is underlined in the text (it scores at least the reader's threshold) */
  underlined: boolean;
  onShow(): void;
  onAccept(): void;
  onDismiss(): void;
  ref?: Ref<SuggestionItemHandle>;
}

export function SuggestionItem({ suggestion, trimmedTo, busy, underlined, onShow, onAccept, onDismiss, ref }: Props) {
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
  const percent = scorePercent(suggestion.score);
  return (
    <li
      ref={entry}
      className="card suggestion"
      data-testid="suggestion"
      data-key={suggestionKey(suggestion)}
      data-start={suggestion.selector.start}
      data-end={suggestion.selector.end}
      data-underlined={underlined}
    >
      <button type="button" className={underlined ? 'suggestion-text is-underlined' : 'suggestion-text'} onClick={onShow} title="Show in the article">
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
        <button
          ref={acceptButton}
          type="button"
          className="primary"
          onClick={onAccept}
          disabled={busy}
          title={trimmedTo ? 'A claim on the words selected in the article' : 'A claim on the whole sentence'}
        >
          {trimmedTo ? 'Accept selected words' : 'Accept'}
        </button>
        <button type="button" onClick={onDismiss} disabled={busy}>
          Dismiss
        </button>
        {trimmedTo && (
          <span className="suggestion-trim" data-testid="suggestion-trim">
            “{trimmedTo}”
          </span>
        )}
      </div>
    </li>
  );
}
