import { readableDiff, type ReadablePart } from '@/lib/domain/revisions/readable-diff';

/** Diff parts as text: inserted words green, deleted words struck through in red (styled by .diff); a gap is a plain space. */
export function DiffParts({ parts }: { parts: ReadablePart[] }) {
  return <>{parts.map((part, i) => (part.type === 'insert' ? <ins key={i}>{part.text}</ins> : part.type === 'delete' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>))}</>;
}

/**
 * A short text field's change (statement, rationale, quote): an inline word
 * diff, or, when most words changed, the old text struck and the new one
 * inserted as two blocks (readableDiff decides).
 */
export function TextDiff({ before, after, label }: { before: string; after: string; label?: string }) {
  const diff = readableDiff(before, after);
  return (
    <div className={`diff diff-inline${diff.kind === 'blocks' ? ' diff-rewritten' : ''}`} role={label ? 'group' : undefined} aria-label={label}>
      {diff.kind === 'blocks' ? (
        <>
          <del>{diff.before}</del>
          <ins>{diff.after}</ins>
        </>
      ) : (
        <DiffParts parts={diff.parts} />
      )}
    </div>
  );
}
