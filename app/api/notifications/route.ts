// GET /api/notifications?unread=&limit= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { listNotifications } from '@/lib/server/notifications/list-notifications';

export const GET = route('GET /api/notifications', async (req, _params, read) => {
  const actor = await requireActor(req);
  const { notifications, unread } = await listNotifications({ actor, query: read.query() });
  return { notifications, unread };
});
