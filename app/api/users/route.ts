// GET, POST /api/users (admin) — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { createUser } from '@/lib/server/users/create-user';
import { listUsers } from '@/lib/server/users/list-users';

export const GET = route('GET /api/users', async (req) => {
  const actor = await requireActor(req);
  const users = await listUsers({ actor });
  return { users };
});

export const POST = route('POST /api/users', async (req, _params, read) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  const input = await read.body();
  const user = await createUser({ actor, input });
  return { user };
});
