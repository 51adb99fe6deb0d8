// GET, POST /api/users (admin) — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { createUser } from '@/lib/server/users/create-user';
import { listUsers } from '@/lib/server/users/list-users';
import { createUserSchema } from '@/lib/validation/users';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const users = await listUsers({ actor });
  return json({ users });
});

export const POST = route(async (req) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  const input = await readJson(req, createUserSchema);
  const user = await createUser({ actor, input });
  return json({ user }, 201);
});
