'use client';

import type { DiffResponse } from './types';

/** A revision diff: inserted words green, deleted words struck through in red. */
export function DiffView({ diff }: { diff: DiffResponse }) {
  return (
    <>
      <p className="muted">
        Revision {diff.from.number} → {diff.to.number}: {diff.inserted} characters added, {diff.deleted} removed.
      </p>
      <div className="diff" data-testid="revision-diff">
        {diff.parts.map((part, i) =>
          part.type === 'insert' ? <ins key={i}>{part.text}</ins> : part.type === 'delete' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
        )}
      </div>
    </>
  );
}
