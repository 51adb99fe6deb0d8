'use client';

// The signed-in user's notifications, newest first: unread ones stand out,
// opening one marks it read, and "Mark all as read" clears the header's badge.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { useApiGet } from '@/components/ui/use-api-get';
import { notificationHref, notificationText, type Notification } from './notification-text';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function Inbox() {
  const router = useRouter();
  const { data, error, setData } = useApiGet('GET /api/notifications', {}, 'Could not load your notifications');
  const [failure, setFailure] = useState<string | null>(null);

  async function markRead(body: { ids: string[] } | { all: true }) {
    try {
      const { unread } = await api('POST /api/notifications/read', { body });
      const now = new Date().toISOString();
      const read = (n: Notification) => ('all' in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n);
      setData((current) => (current ? { notifications: current.notifications.map(read), unread } : current));
      setFailure(null);
      // The header's badge is rendered on the server.
      router.refresh();
    } catch (e) {
      setFailure(`Could not mark them read: ${describeError(e)}`);
    }
  }

  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <section aria-label="Notifications">
      <div className="row">
        <p className="muted" data-testid="unread-total">
          {data.unread === 0 ? 'Nothing unread.' : `${data.unread} unread`}
        </p>
        {data.unread > 0 && (
          <button type="button" onClick={() => void markRead({ all: true })}>
            Mark all as read
          </button>
        )}
      </div>
      {failure && <p role="alert">{failure}</p>}
      {data.notifications.length === 0 ? (
        <p className="muted">No notifications yet: decisions on your claims, comments, assignments and resubmissions appear here.</p>
      ) : (
        <ul className="inbox" data-testid="notifications">
          {data.notifications.map((n) => (
            <li key={n.id} className={n.readAt ? 'is-read' : 'is-unread'} data-kind={n.kind}>
              {!n.readAt && <span className="visually-hidden">Unread: </span>}
              <Link href={notificationHref(n)} onClick={() => (n.readAt ? undefined : void markRead({ ids: [n.id] }))}>
                {notificationText(n)}
              </Link>{' '}
              <span className="muted">
                in {n.articleTitle} · <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
