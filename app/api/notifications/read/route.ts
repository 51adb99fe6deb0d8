// POST /api/notifications/read {ids} | {all: true} — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';

export const POST = route('POST /api/notifications/read', async (req, _params, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const { unread } = await markNotificationsRead({ actor, input });
  return { unread };
});
