// The notification a claim's event causes, to whom lib/domain/notifications.ts
// says, in the event's transaction.
import { claimRecipients, type NotificationKind } from '@/lib/domain/notifications';
import type { Tx } from '../db';
import { claimPeople } from './claim-people';
import { notify } from './notify';

export async function notifyAboutClaim(tx: Tx, { kind, claimId, actorId }: { kind: Exclude<NotificationKind, 'ASSIGNED'>; claimId: string; actorId: string }): Promise<void> {
  const people = await claimPeople(tx, claimId);
  await notify(tx, { kind, articleId: people.articleId, claimId, actorId, recipients: claimRecipients(kind, people, actorId) });
}
