// POST /api/claims/:id/review — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { reviewClaim } from '@/lib/server/claims/review-claim';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { reviewSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  // Whether this role reviews at all, before the body is judged; four eyes
  // on this claim is the service's to check.
  authorize(actor, 'claim:review');
  const input = await readJson(req, reviewSchema);
  const { claim, review } = await reviewClaim({ actor, claimId: id, input });
  return json({ claim, review });
});
