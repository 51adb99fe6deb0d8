// GET /api/review-queue — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listReviewQueue } from '@/lib/server/claims/list-review-queue';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const claims = await listReviewQueue({ actor });
  return json({ claims });
});
