// GET /api/claims/:id/history — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getClaimHistory } from '@/lib/server/claims/get-claim-history';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}/history', async (req, { id }) => {
  const actor = await requireActor(req);
  const events = await getClaimHistory({ actor, claimId: id });
  return { events };
});
