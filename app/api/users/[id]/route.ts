// PATCH /api/users/:id (admin) — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { updateUser } from '@/lib/server/users/update-user';
import { updateUserSchema } from '@/lib/validation/users';

export const PATCH = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  const input = await readJson(req, updateUserSchema);
  const user = await updateUser({ actor, userId: id, input });
  return json({ user });
});
