'use client';

// What stands in a deleted claim's place for a few seconds: "Claim deleted.
// Undo". Undo puts it back through POST /api/claims/:id/restore (the server
// rebuilds it from its deletion record, as a draft); once the time is up the
// notice goes and the deletion stands. The focus moves to Undo, since the
// Delete button it was on is gone, so a keyboard user can take it back at once.
import { useEffect, useRef, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { Claim } from './types';

/** How long Undo is offered. */
export const UNDO_SECONDS = 10;

interface Props {
  claim: Claim;
  onRestored(claim: Claim): void;
  /** the time is up: the notice may go */
  onExpired(id: string): void;
}

export function DeletedClaimNotice({ claim, onRestored, onExpired }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => undoRef.current?.focus(), []);
  // The time runs while nothing is on its way; a failed Undo gets the full time again to be read and retried.
  useEffect(() => {
    if (busy) return;
    const timer = window.setTimeout(() => onExpired(claim.id), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [busy, error, claim.id, onExpired]);

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      const { claim: restored } = await api('POST /api/claims/{id}/restore', { params: { id: claim.id }, body: {} });
      onRestored(restored);
    } catch (e) {
      setError(`Could not restore the claim: ${describeError(e)}`);
      setBusy(false);
    }
  }

  return (
    <div className="card deleted-claim" data-testid="deleted-claim" data-claim-id={claim.id}>
      <p className="row">
        <span role="status">Claim deleted.</span>
        <button type="button" ref={undoRef} onClick={undo} disabled={busy} aria-label={`Undo: restore the claim on “${claim.selector.exact}”`}>
          Undo
        </button>
      </p>
      <ErrorAlert message={error} />
    </div>
  );
}
