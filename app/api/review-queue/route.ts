// GET /api/review-queue?articleId=&authorId=&verdict=&minAgeHours= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listReviewQueue } from '@/lib/server/claims/list-review-queue';
import { readQuery } from '@/lib/server/http/read-query';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { reviewQueueQuerySchema } from '@/lib/validation/review-queue';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const query = readQuery(req, reviewQueueQuerySchema);
  const { claims, total } = await listReviewQueue({ actor, query });
  return json({ claims, total });
});
