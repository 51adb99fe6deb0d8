'use client';

// For a claim whose words changed or vanished in a later revision: what the
// quote said before and why it moved, read from the claim's audit history.
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';

interface HistoryEvent {
  action: string;
  before: { selector?: { exact?: string } } | null;
  after: { reason?: string; revisionNumber?: number } | null;
}

export function AnchorChangeNote({ claimId, version }: { claimId: string; version: number }) {
  const [event, setEvent] = useState<HistoryEvent | null>(null);

  useEffect(() => {
    api<{ events: HistoryEvent[] }>(`/api/claims/${claimId}/history`)
      .then(({ events }) => setEvent([...events].reverse().find((e) => e.action === 'claim.reanchored') ?? null))
      .catch(() => setEvent(null));
  }, [claimId, version]);

  if (!event) return null;
  return (
    <p className="muted" data-testid="anchor-change">
      {event.after?.revisionNumber ? `Revision ${event.after.revisionNumber}: ` : ''}
      {event.after?.reason ?? 'the quoted words changed'}. Before: “{event.before?.selector?.exact}”
    </p>
  );
}
