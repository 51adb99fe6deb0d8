// POST /api/claims/:id/submit — the body ({version}) is optional.
import { requireActor } from '@/lib/server/auth/current-actor';
import { submitClaim } from '@/lib/server/claims/submit-claim';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/claims/{id}/submit', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const claim = await submitClaim({ actor, claimId: id, input });
  return { claim };
});
