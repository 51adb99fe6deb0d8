'use client';

import { DiffParts } from '@/components/ui/diff-parts';
import type { DiffResponse } from './types';

/** A revision diff: inserted words green, deleted words struck through in red. */
export function DiffView({ diff }: { diff: DiffResponse }) {
  return (
    <>
      <p className="muted">
        Revision {diff.from.number} → {diff.to.number}: {diff.inserted} characters added, {diff.deleted} removed.
      </p>
      <div className="diff" data-testid="revision-diff">
        <DiffParts parts={diff.parts} />
      </div>
    </>
  );
}
