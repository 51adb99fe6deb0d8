// POST /api/claims/:id/submit — the body ({version}) is optional.
import { requireActor } from '@/lib/server/auth/current-actor';
import { submitClaim } from '@/lib/server/claims/submit-claim';
import { readOptionalJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { submitClaimSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readOptionalJson(req, submitClaimSchema);
  const claim = await submitClaim({ actor, claimId: id, input });
  return json({ claim });
});
