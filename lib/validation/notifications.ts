// GET /api/notifications?unread=&limit= and POST /api/notifications/read.
import { z } from './zod';
import { absentWhenEmpty, limitParam } from './query-params';

export const NOTIFICATIONS_PAGE_MAX = 100;

export const notificationsQuerySchema = z.object({
  unread: absentWhenEmpty(z.enum(['1', 'true']).transform(() => true)),
  limit: absentWhenEmpty(limitParam(NOTIFICATIONS_PAGE_MAX)),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/** Which of the caller's notifications were read: some by id, or all of them (one or the other). */
export const markNotificationsReadSchema = z
  .object({
    ids: z.array(z.string().min(1).max(100)).min(1).max(NOTIFICATIONS_PAGE_MAX).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), { message: 'send ids, or all: true', path: ['ids'] });
export type MarkNotificationsReadBody = z.infer<typeof markNotificationsReadSchema>;
