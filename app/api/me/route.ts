// GET /api/me — the caller's own account; open while a password change is required.
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { getOwnAccount } from '@/lib/server/users/get-own-account';

export const GET = route('GET /api/me', async (req) => {
  const actor = await requireActor(req, { duringPasswordChange: true });
  const user = await getOwnAccount({ actor });
  return { user };
});
