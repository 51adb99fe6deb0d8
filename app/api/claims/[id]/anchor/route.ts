// POST /api/claims/:id/anchor — re-attach a claim to words of the latest revision.
import { requireActor } from '@/lib/server/auth/current-actor';
import { reattachClaim } from '@/lib/server/claims/reattach-claim';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/claims/{id}/anchor', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const claim = await reattachClaim({ actor, claimId: id, input });
  return { claim };
});
