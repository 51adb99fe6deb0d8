// GET /api/claims/:id/since-approval — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getSinceApproval } from '@/lib/server/claims/get-since-approval';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}/since-approval', async (req, { id }) => {
  const actor = await requireActor(req);
  return await getSinceApproval({ actor, claimId: id });
});
