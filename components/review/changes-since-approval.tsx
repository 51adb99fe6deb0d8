'use client';

// For a claim that was approved before and came back (edited, or its words
// changed in a revision): what differs from the approved version, field by
// field, so the reviewer judges the change rather than re-reading everything.
import type { ApprovalSnapshot, SnapshotField, SnapshotSource } from '@/lib/domain/approval-snapshot';
import { useApiGet } from '@/components/ui/use-api-get';
import { TextDiff } from '@/components/ui/diff-parts';
import { ErrorAlert } from '@/components/ui/error-alert';
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

function FieldChange({ field, approved, current }: { field: SnapshotField; approved: ApprovalSnapshot; current: ApprovalSnapshot }) {
  switch (field) {
    case 'statement':
    case 'rationale':
    case 'quote':
      return <TextDiff before={approved[field]} after={current[field]} label={`${field} change`} />;
    case 'verdict':
      return (
        <span>
          <del>{approved.verdict?.label ?? 'no verdict'}</del> → <ins>{current.verdict?.label ?? 'no verdict'}</ins>
        </span>
      );
    case 'sources':
      return <SourcesChange before={approved.sources} after={current.sources} />;
    case 'claimant':
      return (
        <span>
          <del>{claimantText(approved.claimant)}</del> → <ins>{claimantText(current.claimant)}</ins>
          {approved.claimant?.url !== current.claimant?.url && current.claimant && <span className="muted"> (link: {current.claimant.url ?? 'none'})</span>}
        </span>
      );
    case 'appearance':
      return (
        <span>
          <del>{appearanceText(approved.appearance)}</del> → <ins>{appearanceText(current.appearance)}</ins>
        </span>
      );
    default:
      return <span className="muted">changed</span>;
  }
}

export function ChangesSinceApproval({ claimId, version }: { claimId: string; version: number }) {
  const { data, error } = useApiGet('GET /api/claims/{id}/since-approval', { params: { id: claimId } }, 'Could not compare with the last approval', version);

  if (error) return <ErrorAlert message={error} />;
  // Never approved, or approved and unchanged since: nothing to point out.
  if (!data?.approvedAt || !data.approved || data.changed.length === 0) return null;
  const { approved, current } = data;
  return (
    <section className="since-approval" data-testid="since-approval" aria-label="Changes since last approval">
      <h4>Changes since last approval</h4>
      <p className="muted">
        Approved{data.approvedBy ? ` by ${data.approvedBy.name}` : ''} on {new Date(data.approvedAt).toLocaleString()}. Since then:
      </p>
      <dl>
        {data.changed.map((field) => (
          <div key={field} data-field={field}>
            <dt>{LABELS[field]}</dt>
            <dd>
              <FieldChange field={field} approved={approved} current={current} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
