'use client';

import { DiffParts } from '@/components/ui/diff-parts';
import type { DiffResponse } from './types';

/** Why some changes are shown whole: the server's diff stays within its work limits (text-diff.ts). */
const SIMPLIFIED_NOTE = {
  paragraph: 'Simplified: some changed paragraphs differ too much to compare word by word, so they are shown whole (old struck through, new added).',
  text: 'Simplified: these revisions differ too much to compare paragraph by paragraph, so everything between the unchanged opening and ending is shown replaced.',
} as const;

/** A revision diff: inserted words green, deleted words struck through in red. */
export function DiffView({ diff }: { diff: DiffResponse }) {
  return (
    <>
      <p className="muted">
        Revision {diff.from.number} → {diff.to.number}: {diff.inserted} characters added, {diff.deleted} removed.
      </p>
      {diff.simplified ? (
        <p className="muted" role="note" data-testid="diff-simplified">
          {SIMPLIFIED_NOTE[diff.simplified]}
        </p>
      ) : null}
      <div className="diff" data-testid="revision-diff">
        <DiffParts parts={diff.parts} />
      </div>
    </>
  );
}
