// POST /api/articles/:id/claims — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { createClaim } from '@/lib/server/claims/create-claim';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/articles/{id}/claims', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const claim = await createClaim({ actor, articleId: id, input });
  return { claim };
});
