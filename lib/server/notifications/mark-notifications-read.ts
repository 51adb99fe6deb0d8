// Marks the caller's notifications read: the ones named (another user's ids
// are not theirs to mark, and are passed over like unknown ones) or all.
// Marking one already read keeps when it was first read.
import type { Actor } from '@/lib/domain/types';
import type { MarkNotificationsReadBody } from '@/lib/validation/notifications';
import { db } from '../db';
import { countUnreadNotifications } from './count-unread';

export async function markNotificationsRead({ actor, input }: { actor: Actor; input: MarkNotificationsReadBody }): Promise<{ unread: number }> {
  const which = input.ids ? { id: { in: input.ids } } : {};
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null, ...which }, data: { readAt: new Date() } });
  return { unread: await countUnreadNotifications({ actor }) };
}
