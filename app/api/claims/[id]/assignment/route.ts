// PUT /api/claims/:id/assignment — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { assignClaim } from '@/lib/server/assignments/assign-claim';
import { route } from '@/lib/server/http/route';

export const PUT = route('PUT /api/claims/{id}/assignment', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  return { claim: await assignClaim({ actor, claimId: id, input }) };
});
