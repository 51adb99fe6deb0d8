'use client';

// Calls `onChange` (at most every half second) when a claim anywhere on the
// desk enters or leaves review or changes while in it: the review queue reloads
// itself instead of waiting for the reviewer to (and, with NOTIFYING_ACTIONS,
// the header's inbox count refreshes). GET /api/events; EventSource
// reconnects by itself and resumes after Last-Event-ID.
import { useEffect, useRef } from 'react';

/** The audit actions that can change what the review queue lists or shows. */
const QUEUE_ACTIONS = new Set([
  'claim.submitted',
  'claim.approved',
  'claim.changes_requested',
  'claim.updated',
  'claim.deleted',
  'claim.restored',
  'claim.assigned',
  'article.assigned',
  'source.added',
  'source.updated',
  'source.removed',
  'comment.added',
]);
/** The audit actions that may have written someone a notification (lib/domain/notifications.ts). */
export const NOTIFYING_ACTIONS: ReadonlySet<string> = new Set(['claim.submitted', 'claim.approved', 'claim.changes_requested', 'claim.assigned', 'article.assigned', 'comment.added']);
/** The audit actions that can change what the desk page shows (its lists, counts and charts). */
export const DESK_ACTIONS: ReadonlySet<string> = new Set([...QUEUE_ACTIONS, 'claim.created', 'article.created', 'article.published', 'article.unpublished']);
const SETTLE_MS = 500;

export function useDeskChanges(enabled: boolean, onChange: () => void, actions: ReadonlySet<string> = QUEUE_ACTIONS): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/events');
    let timer: ReturnType<typeof setTimeout> | null = null;
    source.addEventListener('change', (message) => {
      const { action } = JSON.parse((message as MessageEvent).data) as { action: string };
      if (!actions.has(action) || timer) return;
      timer = setTimeout(() => {
        timer = null;
        latest.current();
      }, SETTLE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [enabled, actions]);
}
