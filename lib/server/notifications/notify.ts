// Writes notifications with the transaction client of the event that causes
// them, so an event and its notifications land together or not at all.
import type { NotificationKind } from '@/lib/domain/notifications';
import type { Tx } from '../db';

export interface NotifyInput {
  kind: NotificationKind;
  articleId: string;
  claimId?: string | null;
  actorId: string;
  /** from lib/domain/notifications.ts: distinct, without the actor */
  recipients: readonly string[];
}

export async function notify(tx: Tx, { kind, articleId, claimId = null, actorId, recipients }: NotifyInput): Promise<void> {
  if (recipients.length === 0) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, kind, articleId, claimId, actorId })) });
}
