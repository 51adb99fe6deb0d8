'use client';

// For a claim whose words changed or vanished in a later revision: what the
// quote said before and why it moved, read from the claim's audit history.
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';
import { lastReanchoring, type HistoryEventOf } from './history-lines';

export function AnchorChangeNote({ claimId, version }: { claimId: string; version: number }) {
  const [event, setEvent] = useState<HistoryEventOf<'claim.reanchored'> | null>(null);

  useEffect(() => {
    api('GET /api/claims/{id}/history', { params: { id: claimId } })
      .then(({ events }) => setEvent(lastReanchoring(events)))
      .catch(() => setEvent(null));
  }, [claimId, version]);

  if (!event) return null;
  return (
    <p className="muted" data-testid="anchor-change">
      Revision {event.after.revisionNumber}: {event.after.reason}. Before: “{event.before.selector.exact}”
    </p>
  );
}
