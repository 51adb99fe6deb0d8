// POST /api/claims/:id/restore — authenticate, read the (empty) body, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { restoreClaim } from '@/lib/server/claims/restore-claim';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/claims/{id}/restore', async (req, { id }, read) => {
  const actor = await requireActor(req);
  // No options: the id says which claim. Read anyway, so a body that is not `{}` is refused, not ignored.
  await read.body();
  const claim = await restoreClaim({ actor, claimId: id });
  return { claim };
});
