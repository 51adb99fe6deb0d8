// `done` names what succeeded when it was not a save of the card's fields
// ("Source added"): with edits still unsaved, "Saved" would say they were saved too.
// `retry`: the failed request was a save the user may simply send again.
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; done?: string } | { kind: 'failed'; reason: string; retry?: boolean };

/** What happened last. "Saved" shows only when nothing typed on the card is unsaved. */
export function SaveStateText({ state, unsaved }: { state: SaveState; unsaved: boolean }) {
  const saved = state.kind === 'saved' ? (unsaved ? (state.done ?? '') : 'Saved') : '';
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? saved : state.kind === 'failed' ? `Failed: ${state.reason}` : '';
  return (
    <span data-testid="save-state" role="status" className={state.kind === 'failed' ? 'error' : 'muted'}>
      {text}
    </span>
  );
}
