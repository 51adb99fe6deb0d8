'use client';

// Field by field, what differs between a claim as a reviewer last judged it
// (an approval, or a request for changes) and the claim now: shared by
// "Changes since last approval" and "Changes since changes were requested".
import type { ApprovalSnapshot, SnapshotField, SnapshotSource } from '@/lib/domain/approval-snapshot';
import { TextDiff } from '@/components/ui/diff-parts';
import { appearanceText, claimantText } from '@/components/claims/claimant-text';

const LABELS: Record<SnapshotField, string> = {
  statement: 'Statement',
  verdict: 'Verdict',
  rationale: 'Rationale',
  quote: 'Quoted words',
  sources: 'Sources',
  claimant: 'Claimant',
  appearance: 'Appeared',
};
const sourceName = (s: SnapshotSource) => s.title || s.url;

function SourcesChange({ before, after }: { before: SnapshotSource[]; after: SnapshotSource[] }) {
  const added = after.filter((s) => !before.some((b) => b.url === s.url));
  const removed = before.filter((s) => !after.some((a) => a.url === s.url));
  return (
    <ul className="diff-list">
      {added.map((s) => (
        <li key={`+${s.url}`}>
          <ins>added {sourceName(s)}</ins>
        </li>
      ))}
      {removed.map((s) => (
        <li key={`-${s.url}`}>
          <del>removed {sourceName(s)}</del>
        </li>
      ))}
      {added.length === 0 && removed.length === 0 && <li className="muted">details of a source changed</li>}
    </ul>
  );
}

function FieldChange({ field, then, now }: { field: SnapshotField; then: ApprovalSnapshot; now: ApprovalSnapshot }) {
  switch (field) {
    case 'statement':
    case 'rationale':
    case 'quote':
      return <TextDiff before={then[field]} after={now[field]} label={`${field} change`} />;
    case 'verdict':
      return (
        <span>
          <del>{then.verdict?.label ?? 'no verdict'}</del> → <ins>{now.verdict?.label ?? 'no verdict'}</ins>
        </span>
      );
    case 'sources':
      return <SourcesChange before={then.sources} after={now.sources} />;
    case 'claimant':
      return (
        <span>
          <del>{claimantText(then.claimant)}</del> → <ins>{claimantText(now.claimant)}</ins>
          {then.claimant?.url !== now.claimant?.url && now.claimant && <span className="muted"> (link: {now.claimant.url ?? 'none'})</span>}
        </span>
      );
    case 'appearance':
      return (
        <span>
          <del>{appearanceText(then.appearance)}</del> → <ins>{appearanceText(now.appearance)}</ins>
        </span>
      );
    default:
      return <span className="muted">changed</span>;
  }
}

/** The changed fields as a definition list, each with its change (`data-field` names it). */
export function SnapshotChanges({ changed, then, now }: { changed: SnapshotField[]; then: ApprovalSnapshot; now: ApprovalSnapshot }) {
  return (
    <dl>
      {changed.map((field) => (
        <div key={field} data-field={field}>
          <dt>{LABELS[field]}</dt>
          <dd>
            <FieldChange field={field} then={then} now={now} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
