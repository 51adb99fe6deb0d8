import { diffTexts, type DiffPart } from '@/lib/domain/revisions/text-diff';

/** Diff parts as text: inserted words green, deleted words struck through in red (styled by .diff). */
export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return <>{parts.map((part, i) => (part.type === 'insert' ? <ins key={i}>{part.text}</ins> : part.type === 'delete' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>))}</>;
}

/** A short text field's change (statement, rationale, quote) as one inline word diff. */
export function TextDiff({ before, after, label }: { before: string; after: string; label?: string }) {
  return (
    <div className="diff diff-inline" role={label ? 'group' : undefined} aria-label={label}>
      <DiffParts parts={diffTexts(before, after).parts} />
    </div>
  );
}
