// PATCH /api/users/:id (admin) — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { updateUser } from '@/lib/server/users/update-user';

export const PATCH = route('PATCH /api/users/{id}', async (req, { id }, read) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  const input = await read.body();
  const user = await updateUser({ actor, userId: id, input });
  return { user };
});
