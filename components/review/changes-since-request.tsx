'use client';

// For a claim sent back and resubmitted: what its author changed since the
// reviewer asked for changes, field by field, under the request itself, so the
// next review checks what was done about it.
import { useApiGet } from '@/components/ui/use-api-get';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SnapshotChanges } from './snapshot-changes';

export function ChangesSinceRequest({ claimId, version }: { claimId: string; version: number }) {
  const { data, error } = useApiGet('GET /api/claims/{id}/since-changes-requested', { params: { id: claimId } }, 'Could not compare with the request for changes', version);

  if (error) return <ErrorAlert message={error} />;
  // Not sent back since its last approval (or sent back before such comparisons were kept): nothing to show.
  if (!data?.requestedAt || !data.requested) return null;
  return (
    <section className="since-approval" data-testid="since-changes-requested" aria-label="Changes since changes were requested">
      <h4>Changes since changes were requested</h4>
      <p className="muted">
        {data.requestedBy ? `${data.requestedBy.name} asked` : 'Asked'} on {new Date(data.requestedAt).toLocaleString()}
        {data.comment ? `: “${data.comment}”` : ''}.{data.changed.length > 0 ? ' Since then:' : ' Nothing has changed since.'}
      </p>
      {data.changed.length > 0 && <SnapshotChanges changed={data.changed} then={data.requested} now={data.current} />}
    </section>
  );
}
