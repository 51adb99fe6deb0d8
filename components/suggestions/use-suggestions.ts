'use client';

// The claim finder's suggestions for the revision on the workbench. The
// workbench owns them and hands the one list down twice: to the panel, which
// lists them to accept or dismiss, and to the article view, which marks them
// in the text; neither keeps a copy to report back up. Off until the reader
// asks for them; a new revision starts over, and an answer about the old one
// is dropped. Only the strongest are marked in the text: those scoring at
// least the reader's underline threshold (useUnderlinePercent).
import { useMemo, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { Claim } from '@/components/claims/types';
import type { AcceptedWords } from '@/lib/domain/claim-finder/accept-words';
import { underlinedRanges } from '@/lib/domain/claim-finder/underline';
import type { TextRange } from '@/lib/domain/types';
import { suggestionKey, type Suggestion } from './types';
import { useUnderlinePercent } from './use-underline-percent';

interface State {
  revisionId: string | null;
  shown: boolean;
  /** null while loading (or before the first load) */
  list: Suggestion[] | null;
  /** the suggestionKey of the one being accepted or dismissed */
  busy: string | null;
  error: string | null;
}

const initial = (revisionId: string | null): State => ({ revisionId, shown: false, list: null, busy: null, error: null });

/** The same empty list whenever nothing is on show: a new one would lay the text out again. */
const NONE: TextRange[] = [];

export interface Suggestions extends Omit<State, 'revisionId'> {
  /** what to mark in the text: the suggestions on show scoring at least `underlinePercent` */
  inText: TextRange[];
  /** the reader's underline threshold, in percent of the score (kept in the browser) */
  underlinePercent: number;
  setUnderlinePercent(percent: number): void;
  /** shows the list (loading it afresh) or hides it */
  toggle(): void;
  /** saves a claim on `words` of the suggestion (its whole sentence when not given) */
  accept(suggestion: Suggestion, words?: AcceptedWords): Promise<void>;
  dismiss(suggestion: Suggestion): Promise<void>;
}

/** `onAccepted` gets the claim saved from an accepted suggestion, and whether it is on part of the sentence. */
export function useSuggestions(articleId: string, revisionId: string | null, onAccepted: (claim: Claim, partial: boolean) => void): Suggestions {
  const [stored, setState] = useState(() => initial(revisionId));
  // Adjusted while rendering (React's way to follow a changed input), so no render shows the old revision's list.
  let state = stored;
  if (state.revisionId !== revisionId) {
    state = initial(revisionId);
    setState(state);
  }
  /** Changes the state only while it is still about this revision. */
  const update = (change: (current: State) => Partial<State>) => setState((current) => (current.revisionId === revisionId ? { ...current, ...change(current) } : current));

  const { shown, list } = state;
  const [underlinePercent, setUnderlinePercent] = useUnderlinePercent();
  const inText = useMemo(() => {
    const ranges = shown && list ? underlinedRanges(list, underlinePercent) : NONE;
    return ranges.length > 0 ? ranges : NONE;
  }, [shown, list, underlinePercent]);

  async function load() {
    update(() => ({ error: null, list: null }));
    try {
      const result = await api('GET /api/articles/{id}/suggestions', { params: { id: articleId } });
      update(() => ({ list: result.suggestions }));
    } catch (e) {
      update(() => ({ error: `Could not load suggestions: ${describeError(e)}` }));
    }
  }

  const toggle = () => {
    if (shown) return update(() => ({ shown: false }));
    update(() => ({ shown: true }));
    void load();
  };

  async function act(suggestion: Suggestion, action: () => Promise<void>, failure: string) {
    const key = suggestionKey(suggestion);
    update(() => ({ busy: key, error: null }));
    try {
      await action();
      update((current) => ({ list: current.list && current.list.filter((s) => suggestionKey(s) !== key) }));
    } catch (e) {
      update(() => ({ error: `${failure}: ${describeError(e)}` }));
    } finally {
      update(() => ({ busy: null }));
    }
  }

  // One path for both: the claim is saved like any other, and the server checks its words against the text.
  const accept = (suggestion: Suggestion, words?: AcceptedWords) =>
    act(
      suggestion,
      async () => {
        const { exact, start, end } = words ?? suggestion.selector;
        const { claim } = await api('POST /api/articles/{id}/claims', { params: { id: articleId }, body: { selector: { exact, start, end }, statement: exact } });
        onAccepted(claim, words?.partial === true);
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

  return { shown, list, busy: state.busy, error: state.error, inText, underlinePercent, setUnderlinePercent, toggle, accept, dismiss };
}
