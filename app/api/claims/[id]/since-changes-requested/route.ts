// GET /api/claims/:id/since-changes-requested — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getSinceChangesRequested } from '@/lib/server/claims/get-since-changes-requested';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}/since-changes-requested', async (req, { id }) => {
  const actor = await requireActor(req);
  return await getSinceChangesRequested({ actor, claimId: id });
});
