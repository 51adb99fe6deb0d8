// GET /api/claims/:id/history — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getClaimHistory } from '@/lib/server/claims/get-claim-history';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const events = await getClaimHistory({ actor, claimId: id });
  return json({ events });
});
