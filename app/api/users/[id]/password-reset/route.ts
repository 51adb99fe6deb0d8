// POST /api/users/:id/password-reset (admin) — parse, authenticate, one
// service call, map. The one-time password is in this answer only: never cached.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { readOptionalJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { resetPassword } from '@/lib/server/users/reset-password';
import { resetPasswordSchema } from '@/lib/validation/users';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'users:manage');
  await readOptionalJson(req, resetPasswordSchema);
  const { user, oneTimePassword } = await resetPassword({ actor, userId: id });
  return json({ user, oneTimePassword }, 200, { 'cache-control': 'no-store' });
});
