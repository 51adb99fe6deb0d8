// GET /api/articles/:id/comments — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listArticleComments } from '@/lib/server/comments/list-article-comments';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  return json({ comments: await listArticleComments({ actor, articleId: id }) });
});
