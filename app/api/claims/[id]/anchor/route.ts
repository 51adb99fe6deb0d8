// POST /api/claims/:id/anchor — re-attach a claim to words of the latest revision.
import { requireActor } from '@/lib/server/auth/current-actor';
import { reattachClaim } from '@/lib/server/claims/reattach-claim';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { reattachClaimSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, reattachClaimSchema);
  const claim = await reattachClaim({ actor, claimId: id, input });
  return json({ claim });
});
