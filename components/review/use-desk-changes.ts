'use client';

// Calls `onChange` (at most every half second) when a claim anywhere on the
// desk enters or leaves review or changes while in it: the review queue reloads
// itself instead of waiting for the reviewer to (and, with NOTIFYING_ACTIONS,
// the header's inbox count refreshes, the desk page reads its figures again).
// GET /api/events, one stream per page shared by all of them; EventSource
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

/**
 * One stream of the desk's changes per page, however many parts of it listen
 * (the header's badge, the desk, the review queue): a browser allows six
 * HTTP/1.1 connections to a host in all, and each open stream holds one.
 */
type ActionListener = (action: string) => void;
const listeners = new Set<ActionListener>();
let shared: EventSource | null = null;

function listen(listener: ActionListener): () => void {
  listeners.add(listener);
  if (!shared) {
    shared = new EventSource('/api/events');
    shared.addEventListener('change', (message) => {
      const { action } = JSON.parse((message as MessageEvent).data) as { action: string };
      for (const each of listeners) each(action);
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      shared?.close();
      shared = null;
    }
  };
}

export function useDeskChanges(enabled: boolean, onChange: () => void, actions: ReadonlySet<string> = QUEUE_ACTIONS): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = listen((action) => {
      if (!actions.has(action) || timer) return;
      timer = setTimeout(() => {
        timer = null;
        latest.current();
      }, SETTLE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [enabled, actions]);
}
