// How many of the user's notifications are unread: the header's badge.
import type { Actor } from '@/lib/domain/types';
import { db } from '../db';

export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
