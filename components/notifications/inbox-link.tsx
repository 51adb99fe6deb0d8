'use client';

// The header's Inbox link and its unread count. The layout renders the count
// once; a page stays open for hours, so the count follows the desk's changes
// (GET /api/events): after any change that may have notified someone, it asks
// the server again (GET /api/notifications, one row). A new count from the
// server (router.refresh after marking read) replaces the live one.
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { api } from '@/lib/api-client';
import { NOTIFYING_ACTIONS, useDeskChanges } from '@/components/review/use-desk-changes';

export function InboxLink({ unread: rendered }: { unread: number }) {
  const [live, setLive] = useState<{ rendered: number; unread: number } | null>(null);
  const unread = live && live.rendered === rendered ? live.unread : rendered;
  const refresh = useCallback(async () => {
    try {
      const { unread: now } = await api('GET /api/notifications', { query: { limit: 1 } });
      setLive({ rendered, unread: now });
    } catch {
      // Offline for a moment, or signed out: the count shown stays until the next change.
    }
  }, [rendered]);
  useDeskChanges(true, refresh, NOTIFYING_ACTIONS);
  return (
    <Link href="/inbox" aria-label={unread ? `Inbox, ${unread} unread` : 'Inbox'} data-testid="inbox-link">
      Inbox{unread ? <span className="badge unread-count"> {unread}</span> : null}
    </Link>
  );
}
