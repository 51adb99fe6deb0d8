export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export function SaveStateText({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved' : state.kind === 'failed' ? `Failed: ${state.reason}` : '';
  return (
    <span data-testid="save-state" role="status" className={state.kind === 'failed' ? 'error' : 'muted'}>
      {text}
    </span>
  );
}
