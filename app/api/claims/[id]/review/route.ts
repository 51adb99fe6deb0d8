// POST /api/claims/:id/review — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { reviewClaim } from '@/lib/server/claims/review-claim';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { reviewSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, reviewSchema);
  const { claim, review } = await reviewClaim({ actor, claimId: id, input });
  return json({ claim, review });
});
