// PUT /api/articles/:id/assignment — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { assignArticle } from '@/lib/server/assignments/assign-article';
import { route } from '@/lib/server/http/route';

export const PUT = route('PUT /api/articles/{id}/assignment', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  return { assignment: await assignArticle({ actor, articleId: id, input }) };
});
