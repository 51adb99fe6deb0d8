// POST /api/users/:id/password-reset (admin) — parse, authenticate, one
// service call, map. The one-time password is in this answer only: never cached.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { reply, route } from '@/lib/server/http/route';
import { resetPassword } from '@/lib/server/users/reset-password';

export const POST = route('POST /api/users/{id}/password-reset', async (req, { id }, read) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  await read.body();
  const { user, oneTimePassword } = await resetPassword({ actor, userId: id });
  return reply({ user, oneTimePassword }, { headers: { 'cache-control': 'no-store' } });
});
