'use client';

// For a claim that was approved before and came back (edited, or its words
// changed in a revision): what differs from the approved version, field by
// field, so the reviewer judges the change rather than re-reading everything.
import { useApiGet } from '@/components/ui/use-api-get';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SnapshotChanges } from './snapshot-changes';

export function ChangesSinceApproval({ claimId, version }: { claimId: string; version: number }) {
  const { data, error } = useApiGet('GET /api/claims/{id}/since-approval', { params: { id: claimId } }, 'Could not compare with the last approval', version);

  if (error) return <ErrorAlert message={error} />;
  // Never approved, or approved and unchanged since: nothing to point out.
  if (!data?.approvedAt || !data.approved || data.changed.length === 0) return null;
  return (
    <section className="since-approval" data-testid="since-approval" aria-label="Changes since last approval">
      <h4>Changes since last approval</h4>
      <p className="muted">
        Approved{data.approvedBy ? ` by ${data.approvedBy.name}` : ''} on {new Date(data.approvedAt).toLocaleString()}. Since then:
      </p>
      <SnapshotChanges changed={data.changed} then={data.approved} now={data.current} />
    </section>
  );
}
