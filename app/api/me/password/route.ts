// PATCH /api/me/password — parse, authenticate, one service call, map. Open
// while a password change is required: it is that change.
import { requireActor } from '@/lib/server/auth/current-actor';
import { clientIp } from '@/lib/server/http/client-ip';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { changeOwnPassword } from '@/lib/server/users/change-own-password';
import { changePasswordSchema } from '@/lib/validation/users';

export const PATCH = route(async (req) => {
  const actor = await requireActor(req, { duringPasswordChange: true });
  const input = await readJson(req, changePasswordSchema);
  const user = await changeOwnPassword({ actor, input, ip: clientIp(req.headers) });
  return json({ user });
});
