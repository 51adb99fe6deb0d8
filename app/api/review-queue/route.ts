// GET /api/review-queue?articleId=&authorId=&verdict=&minAgeHours= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listReviewQueue } from '@/lib/server/claims/list-review-queue';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/review-queue', async (req, _params, read) => {
  const actor = await requireActor(req);
  const query = read.query();
  const { claims, total } = await listReviewQueue({ actor, query });
  return { claims, total };
});
