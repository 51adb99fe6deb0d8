// PATCH /api/me/password — parse, authenticate, one service call, map. Open
// while a password change is required: it is that change.
import { requireActor } from '@/lib/server/auth/current-actor';
import { clientIp } from '@/lib/server/http/client-ip';
import { route } from '@/lib/server/http/route';
import { changeOwnPassword } from '@/lib/server/users/change-own-password';

export const PATCH = route('PATCH /api/me/password', async (req, _params, read) => {
  const actor = await requireActor(req, { duringPasswordChange: true });
  const input = await read.body();
  const user = await changeOwnPassword({ actor, input, ip: clientIp(req.headers) });
  return { user };
});
