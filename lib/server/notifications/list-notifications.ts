// The caller's notifications, newest first, and how many are unread (the
// header's badge). Only ever the caller's own.
import { z } from 'zod';
import type { Actor } from '@/lib/domain/types';
import type { NotificationsQuery } from '@/lib/validation/notifications';
import { db } from '../db';
import { countUnreadNotifications } from './count-unread';
import { NOTIFICATION_INCLUDE, notificationDto, toNotificationDto } from './notification-dto';

export const DEFAULT_NOTIFICATIONS = 50;

export const notificationsView = z.object({ notifications: z.array(notificationDto), unread: z.number().int().meta({ description: "how many of the caller's notifications are unread, in all" }) });
export type NotificationsView = z.infer<typeof notificationsView>;

export async function listNotifications({ actor, query }: { actor: Actor; query: NotificationsQuery }): Promise<NotificationsView> {
  const where = { userId: actor.id, ...(query.unread ? { readAt: null } : {}) };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where, include: NOTIFICATION_INCLUDE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit ?? DEFAULT_NOTIFICATIONS }),
    countUnreadNotifications({ actor }),
  ]);
  return { notifications: rows.map(toNotificationDto), unread };
}
