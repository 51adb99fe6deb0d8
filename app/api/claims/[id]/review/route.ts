// POST /api/claims/:id/review — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { reviewClaim } from '@/lib/server/claims/review-claim';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/claims/{id}/review', async (req, { id }, read) => {
  const actor = await requireActor(req);
  // Whether this role reviews at all, before the body is judged; four eyes
  // on this claim is the service's to check.
  authorize(actor, 'claim:review');
  const input = await read.body();
  const { claim, review } = await reviewClaim({ actor, claimId: id, input });
  return { claim, review };
});
