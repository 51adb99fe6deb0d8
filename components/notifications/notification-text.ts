// A notification as a sentence, for the inbox: who did what to which claim.
import type { RouteAnswer } from '@/lib/server/contract/types';

export type Notification = RouteAnswer<'GET /api/notifications'>['notifications'][number];

export function notificationText(n: Notification): string {
  const who = n.actor?.name ?? 'Someone';
  const quote = n.claimQuote ? `“${n.claimQuote}”` : null;
  switch (n.kind) {
    case 'SENT_BACK':
      return `${who} sent back your claim ${quote}`;
    case 'APPROVED':
      return `${who} approved your claim ${quote}`;
    case 'COMMENT':
      return `${who} commented on your claim ${quote}`;
    case 'RESUBMITTED':
      return `${who} resubmitted ${quote} for review`;
    case 'ASSIGNED':
      return quote ? `${who} assigned you the claim ${quote}` : `${who} assigned you the article`;
  }
}

/** Where a notification leads: the article, opened at the claim when there is one. */
export const notificationHref = (n: Notification) => `/articles/${encodeURIComponent(n.articleId)}${n.claimId ? `?claim=${encodeURIComponent(n.claimId)}` : ''}`;
